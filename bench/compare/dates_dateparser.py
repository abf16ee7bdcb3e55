"""dateparser (Debian's python3-dateparser) on TempEval-3 (AQUAINT), scored as TempEvalScorer scores Annals.

search_dates gives neither offsets nor precision: offsets come from finding each match in order, and the
precision (day, week, month, year) from DateDataParser on the matched text, both inside the timed part since
a user needs them too. Usage: python3 dates_dateparser.py PREPARED_DIR RUNS
"""
import datetime
import os
import sys

from dateparser.date import DateDataParser
from dateparser.search import search_dates

sys.path.insert(0, os.path.dirname(__file__))
from common import emit, read_jsonl, score_dates, time_runs  # noqa: E402

folder, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
docs = read_jsonl(os.path.join(folder, "tempeval.jsonl"))


def value(day, period):
    if period == "year":
        return f"{day.year:04d}"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "week":
        y, w, _ = day.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def mentions(doc):
    base = datetime.datetime.fromisoformat(doc["created"] + "T12:00:00") if doc.get("created") else datetime.datetime(2000, 1, 1)
    settings = {"RELATIVE_BASE": base}
    found = search_dates(doc["text"], languages=["en"], settings=settings) or []
    parser = DateDataParser(languages=["en"], settings=settings)
    out, pos = [], 0
    for text, day in found:
        start = doc["text"].find(text, pos)
        if start < 0:
            continue
        pos = start + len(text)
        data = parser.get_date_data(text)
        period = data.period if data and data.date_obj else "day"
        out.append({"start": start, "end": start + len(text), "value": value(day, period)})
    return out


seconds, med, result = time_runs(runs, lambda: [mentions(d) for d in docs])
emit({"tool": "dateparser", "task": "dates", "corpus": "tempeval3-aquaint", "articles": len(docs),
      "runs": seconds, "seconds": med, "per_s": len(docs) / med, **score_dates(docs, result)})
