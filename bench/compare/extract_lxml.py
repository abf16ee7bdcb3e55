"""readability-lxml (Debian's python3-readability) on the AEB pages. Usage: python3 extract_lxml.py PREPARED_DIR RUNS"""
import os
import sys

import lxml.html
from readability import Document

sys.path.insert(0, os.path.dirname(__file__))
from common import emit, extraction_quality, read_jsonl, time_runs  # noqa: E402

folder, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
pages = read_jsonl(os.path.join(folder, "aeb.jsonl"))
raw = []
for page in pages:
    with open(page["file"], "rb") as f:
        raw.append(f.read())


def extract(data, url):
    try:
        summary = Document(data.decode("utf-8"), url=url).summary(html_partial=True)
        # Block boundaries become spaces, as the Node side does, so words are not glued across paragraphs.
        return " ".join(lxml.html.fromstring(summary).itertext())
    except Exception:  # a page readability cannot parse scores as empty, like a crash in a batch run
        return ""


seconds, med, texts = time_runs(runs, lambda: [extract(b, p.get("url")) for b, p in zip(raw, pages)])
emit({"tool": "readability-lxml", "task": "extract", "corpus": "aeb-scrapinghub", "articles": len(pages),
      "runs": seconds, "seconds": med, "per_s": len(pages) / med, **extraction_quality(pages, texts)})
