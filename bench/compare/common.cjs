// Shared by the Node side of bench/compare.sh: input loading, medians, the result line, and the two
// quality measures written the way the C# side computes them (ShingleScore; TempEvalScorer).
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

// The packages live in a folder compare.sh installs into, never in the repository.
const toolsRequire = createRequire(path.join(process.env.BENCH_NODE_TOOLS || path.join(__dirname, '..', '.tools', 'node'), 'package.json'));

function readJsonl(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function loadAverage() {
  try { return Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]); } catch { return null; }
}

// Times fn over several runs; fn returns its counts, which must not differ between runs.
// One untimed pass first (WARMUP=0 turns it off), as the C# side warms up: V8 optimises hot functions as they run.
function timeRuns(runs, fn) {
  const seconds = [];
  let out;
  let cold = null;
  if (process.env.WARMUP !== '0') {
    const t0 = process.hrtime.bigint();
    fn();
    cold = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  const cpuSeconds = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    out = fn();
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    cpuSeconds.push((c.user + c.system) / 1e6);
  }
  return { seconds, median: median(seconds), cpuMedian: median(cpuSeconds), out, cold };
}

function emit(result) {
  result.load_avg = loadAverage();
  result.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 102.4) / 10; // maxRSS is in KB
  console.log('RESULT ' + JSON.stringify(result));
}

// .NET's \w: letters, marks, decimal digits, connector punctuation.
const WORD = /[\p{L}\p{Mn}\p{Nd}\p{Pc}]+/gu;
function shingles(text, n) {
  const tokens = (text.match(WORD) || []).map((t) => t.toLowerCase());
  const result = new Map();
  if (tokens.length === 0) return result;
  const size = Math.min(n, tokens.length);
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    result.set(key, (result.get(key) || 0) + 1);
  }
  return result;
}
function shingleScore(predicted, truth, n = 4) {
  const p = shingles(predicted, n);
  const t = shingles(truth, n);
  if (p.size === 0 && t.size === 0) return [1, 1];
  if (p.size === 0 || t.size === 0) return [0, 0];
  let tp = 0;
  for (const [k, c] of p) if (t.has(k)) tp += Math.min(c, t.get(k));
  const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  return [tp / sum(p), tp / sum(t)];
}
function extractionQuality(pages, texts) {
  let sp = 0, sr = 0;
  pages.forEach((page, i) => { const [p, r] = shingleScore(texts[i], page.truth); sp += p; sr += r; });
  const precision = sp / pages.length, recall = sr / pages.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

// TempEvalScorer.NormaliseGold.
function normaliseGold(value) {
  let v = value.trim();
  const t = v.indexOf('T');
  if (t >= 4 && /\d/.test(v[t - 1])) v = v.slice(0, t);
  while (v.endsWith('-XX')) v = v.slice(0, -3);
  v = v.replace(/X+$/, '');
  const w = v.indexOf('-W');
  if (w > 0 && v.length === w + 3) v = v.slice(0, w + 2) + '0' + v[v.length - 1];
  return v;
}

// TempEvalScorer.Score's counting, over mentions {start, end, value} per document.
function scoreDates(docs, mentionsPerDoc) {
  let gold = 0, found = 0, relaxedHits = 0, relaxedFoundHits = 0, strictHits = 0, valueHits = 0;
  const overlaps = (m, g) => m.start < g.end && g.start < m.end;
  docs.forEach((doc, d) => {
    const dates = doc.timexes.filter((x) => x.type === 'DATE');
    const others = doc.timexes.filter((x) => x.type !== 'DATE');
    gold += dates.length;
    const matched = dates.map(() => false);
    for (const m of mentionsPerDoc[d]) {
      let hitAny = false;
      for (let g = 0; g < dates.length; g++) {
        if (!overlaps(m, dates[g])) continue;
        hitAny = true;
        if (matched[g]) continue;
        matched[g] = true;
        relaxedHits++;
        if (m.start === dates[g].start && m.end === dates[g].end) strictHits++;
        if (m.value != null && m.value === normaliseGold(dates[g].value)) valueHits++;
        break;
      }
      if (hitAny) { found++; relaxedFoundHits++; }
      else if (!others.some((o) => overlaps(m, o))) found++;
    }
  });
  const ratio = (a, b) => (b === 0 ? 0 : a / b);
  return {
    gold, found, relaxed_hits: relaxedHits, value_hits: valueHits,
    relaxed_recall: ratio(relaxedHits, gold), relaxed_precision: ratio(relaxedFoundHits, found),
    value_accuracy: ratio(valueHits, relaxedHits), value_recall: ratio(valueHits, gold),
  };
}

module.exports = { toolsRequire, readJsonl, median, timeRuns, emit, extractionQuality, scoreDates };
