// chrono-node on TempEval-3 (AQUAINT), each document parsed against its creation date, scored as TempEvalScorer scores Annals.
// Usage: node dates_chrono.cjs PREPARED_DIR RUNS
'use strict';
const path = require('path');
const { toolsRequire, readJsonl, timeRuns, emit, scoreDates } = require('./common.cjs');

const chrono = toolsRequire('chrono-node');
const [dir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const docs = readJsonl(path.join(dir, 'tempeval.jsonl'));
const pad = (n, w) => String(n).padStart(w, '0');

// A TimeML value at the finest calendar unit chrono states (not implies): day (a weekday names one), month, year.
function value(c) {
  const y = pad(c.get('year'), 4), m = pad(c.get('month'), 2), d = pad(c.get('day'), 2);
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${m}-${d}`;
  if (c.isCertain('month')) return `${y}-${m}`;
  if (c.isCertain('year')) return y;
  if (c.isCertain('hour')) return `${y}-${m}-${d}`; // "tonight", "this morning": the reference day
  return null;
}

const r = timeRuns(runs, () => docs.map((doc) => {
  const ref = doc.created ? new Date(`${doc.created}T12:00:00Z`) : new Date(0);
  return chrono.parse(doc.text, { instant: ref, timezone: 0 }).map((res) => ({
    start: res.index, end: res.index + res.text.length, value: value(res.start),
  }));
}));
emit({
  tool: 'chrono-node', task: 'dates', corpus: 'tempeval3-aquaint', articles: docs.length,
  runs: r.seconds, seconds: r.median, cold_s: r.cold, per_s: docs.length / r.median, per_cpu_s: docs.length / r.cpuMedian, ...scoreDates(docs, r.out),
});
