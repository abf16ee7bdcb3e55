"""Shared by the Python side of bench/compare.sh; mirrors common.cjs (and the C# ShingleScore / TempEvalScorer)."""
import json
import os
import re
import resource
import time


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def median(values):
    s = sorted(values)
    m = len(s) // 2
    return s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2


def time_runs(runs, fn):
    """One untimed pass first (WARMUP=0 turns it off), as the C# and Node sides do."""
    seconds, out = [], None
    if os.environ.get("WARMUP") != "0":
        fn()
    cpu = []
    for _ in range(runs):
        c0 = time.process_time()
        t0 = time.perf_counter()
        out = fn()
        seconds.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    global LAST_CPU_MEDIAN
    LAST_CPU_MEDIAN = median(cpu)
    return seconds, median(seconds), out


LAST_CPU_MEDIAN = None


def emit(result):
    """Adds load, peak memory and, from the last time_runs, items per CPU-second."""
    if LAST_CPU_MEDIAN:
        result["per_cpu_s"] = result["articles"] / LAST_CPU_MEDIAN
    try:
        with open("/proc/loadavg") as f:
            result["load_avg"] = float(f.read().split()[0])
    except OSError:
        result["load_avg"] = None
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KB on Linux
    print("RESULT " + json.dumps(result), flush=True)


WORD = re.compile(r"\w+")


def shingles(text, n):
    tokens = [t.lower() for t in WORD.findall(text)]
    result = {}
    if not tokens:
        return result
    size = min(n, len(tokens))
    for i in range(len(tokens) - size + 1):
        key = " ".join(tokens[i:i + size])
        result[key] = result.get(key, 0) + 1
    return result


def shingle_score(predicted, truth, n=4):
    p, t = shingles(predicted, n), shingles(truth, n)
    if not p and not t:
        return 1.0, 1.0
    if not p or not t:
        return 0.0, 0.0
    tp = sum(min(c, t[k]) for k, c in p.items() if k in t)
    return tp / sum(p.values()), tp / sum(t.values())


def extraction_quality(pages, texts):
    sp = sr = 0.0
    for page, text in zip(pages, texts):
        p, r = shingle_score(text, page["truth"])
        sp += p
        sr += r
    precision, recall = sp / len(pages), sr / len(pages)
    f1 = 0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return {"precision": precision, "recall": recall, "f1": f1}


def normalise_gold(value):
    v = value.strip()
    t = v.find("T")
    if t >= 4 and v[t - 1].isdigit():
        v = v[:t]
    while v.endswith("-XX"):
        v = v[:-3]
    v = v.rstrip("X")
    w = v.find("-W")
    if w > 0 and len(v) == w + 3:
        v = v[:w + 2] + "0" + v[-1]
    return v


def score_dates(docs, mentions_per_doc):
    gold = found = relaxed_hits = relaxed_found_hits = strict_hits = value_hits = 0

    def overlaps(m, g):
        return m["start"] < g["end"] and g["start"] < m["end"]

    for doc, mentions in zip(docs, mentions_per_doc):
        dates = [x for x in doc["timexes"] if x["type"] == "DATE"]
        others = [x for x in doc["timexes"] if x["type"] != "DATE"]
        gold += len(dates)
        matched = [False] * len(dates)
        for m in mentions:
            hit_any = False
            for g, date in enumerate(dates):
                if not overlaps(m, date):
                    continue
                hit_any = True
                if matched[g]:
                    continue
                matched[g] = True
                relaxed_hits += 1
                if m["start"] == date["start"] and m["end"] == date["end"]:
                    strict_hits += 1
                if m["value"] is not None and m["value"] == normalise_gold(date["value"]):
                    value_hits += 1
                break
            if hit_any:
                found += 1
                relaxed_found_hits += 1
            elif not any(overlaps(m, o) for o in others):
                found += 1

    def ratio(a, b):
        return 0 if b == 0 else a / b

    return {
        "gold": gold, "found": found, "relaxed_hits": relaxed_hits, "value_hits": value_hits,
        "relaxed_recall": ratio(relaxed_hits, gold), "relaxed_precision": ratio(relaxed_found_hits, found),
        "value_accuracy": ratio(value_hits, relaxed_hits), "value_recall": ratio(value_hits, gold),
    }
