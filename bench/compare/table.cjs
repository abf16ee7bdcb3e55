// Prints compare.sh's results side by side with the ratios. Usage: node table.cjs RESULTS.jsonl
'use strict';
const fs = require('fs');

const results = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
// The latest line wins: a partial rerun of compare.sh appends.
const find = (tool, task, corpus) => results.findLast((r) => r.tool === tool && r.task === task && (!corpus || r.corpus === corpus));
const f = (v, d = 0) => (v == null || Number.isNaN(v) ? '-' : Number(v).toFixed(d));
const pad = (s, w) => String(s).padEnd(w);
const lpad = (s, w) => String(s).padStart(w);

function table(title, rows, columns) {
  const present = rows.filter(Boolean);
  if (present.length === 0) return;
  console.log(`\n${title}`);
  const header = columns.map((c, i) => (i === 0 ? pad(c.name, c.width) : lpad(c.name, c.width))).join('  ');
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of present) console.log(columns.map((c, i) => (i === 0 ? pad(c.get(r), c.width) : lpad(c.get(r), c.width))).join('  '));
}

// Speed ratio: Annals' rate per CPU-second over the tool's (>1: Annals faster); per CPU-second because the machine is
// shared and wall time depends on the others' load. Memory ratio: the tool's peak over Annals' (>1: Annals smaller).
function withRatios(annals, others) {
  if (!annals) return others;
  return others.filter(Boolean).map((o) => ({ ...o, speedx: annals.per_cpu_s / o.per_cpu_s, memx: o.peak_rss_mb / annals.peak_rss_mb }));
}
const name = { name: 'tool', width: 22, get: (r) => `${r.tool}${r.task === 'full' ? ' (full pipeline)' : r.tool === 'annals' ? ` (${r.task})` : ''}` };
const load = { name: 'load', width: 5, get: (r) => f(r.load_avg, 1) };
const ratios = [
  { name: 'Annals x faster', width: 15, get: (r) => (r.speedx ? f(r.speedx, 1) : '') },
  { name: 'Annals x smaller', width: 16, get: (r) => (r.memx ? f(r.memx, 1) : '') },
];

const tok = find('annals', 'tokenise');
const ent = find('annals', 'entities');
const full = find('annals', 'full');
const nlpCols = [
  name,
  { name: 'articles/s', width: 10, get: (r) => f(r.per_s) },
  { name: 'art/CPU-s', width: 9, get: (r) => f(r.per_cpu_s) },
  { name: 'tokens/s', width: 9, get: (r) => f(r.tokens_per_s) },
  { name: 'peak MB', width: 7, get: (r) => f(r.peak_rss_mb) },
  { name: 'people/art', width: 10, get: (r) => f(r.people_per_article, 2) },
  { name: 'places/art', width: 10, get: (r) => f(r.places_per_article, 2) },
  { name: 'orgs/art', width: 8, get: (r) => f(r.orgs_per_article, 2) },
  ...ratios, load,
];
table('Tokenising, BBC (2,225 texts in memory; one thread) — ratios against Annals tokenise', [tok, ...withRatios(tok, [find('wink-nlp', 'tokenise')])], nlpCols);
table('Entities, BBC — ratios against Annals tokenise+entities', [ent, full, ...withRatios(ent, [find('compromise', 'entities')])], nlpCols);
table('Full pipeline vs the others, BBC — ratios against Annals full pipeline (tokens, entities, dates, events, context)',
  [full, ...withRatios(full, [find('wink-nlp', 'tokenise'), find('compromise', 'entities')])], nlpCols);

const ex = find('annals', 'extract');
table('Main-text extraction, AEB (181 pages; 4-word-shingle P/R/F1 against the ground truth)',
  [ex, ...withRatios(ex, [find('readability.js', 'extract'), find('readability-lxml', 'extract')])], [
    name,
    { name: 'pages/s', width: 8, get: (r) => f(r.per_s, 1) },
    { name: 'pages/CPU-s', width: 11, get: (r) => f(r.per_cpu_s, 1) },
    { name: 'peak MB', width: 7, get: (r) => f(r.peak_rss_mb) },
    { name: 'P', width: 5, get: (r) => f(r.precision, 3) },
    { name: 'R', width: 5, get: (r) => f(r.recall, 3) },
    { name: 'F1', width: 5, get: (r) => f(r.f1, 3) },
    ...ratios, load,
  ]);

const da = find('annals', 'dates');
table('Dates, TempEval-3 AQUAINT (73 documents, DATE expressions, scored as TempEvalScorer does)',
  [da, ...withRatios(da, [find('chrono-node', 'dates'), find('dateparser', 'dates')])], [
    name,
    { name: 'docs/s', width: 7, get: (r) => f(r.per_s) },
    { name: 'docs/CPU-s', width: 10, get: (r) => f(r.per_cpu_s) },
    { name: 'peak MB', width: 7, get: (r) => f(r.peak_rss_mb) },
    { name: 'found', width: 5, get: (r) => r.found },
    { name: 'recall', width: 6, get: (r) => f(r.relaxed_recall, 3) },
    { name: 'precision', width: 9, get: (r) => f(r.relaxed_precision, 3) },
    { name: 'value acc.', width: 10, get: (r) => f(r.value_accuracy, 3) },
    { name: 'right/gold', width: 10, get: (r) => f(r.value_recall, 3) },
    ...ratios, load,
  ]);

const e2e = [...new Map(results.filter((r) => r.task === 'e2e').map((r) => [r.corpus, r])).values()];
table('End to end: read → understand → code on one thread (no store; see the next table)', e2e, [
  { name: 'corpus', width: 26, get: (r) => r.corpus },
  { name: 'articles', width: 8, get: (r) => r.articles },
  { name: 'median s', width: 8, get: (r) => f(r.seconds, 2) },
  { name: 'articles/s', width: 10, get: (r) => f(r.per_s) },
  { name: 'art/CPU-s', width: 9, get: (r) => f(r.per_cpu_s) },
  { name: 'tokens/s', width: 9, get: (r) => f(r.tokens_per_s) },
  { name: 'CPU µs/art', width: 10, get: (r) => f(1e6 / r.per_cpu_s) },
  { name: 'cold s', width: 6, get: (r) => f(r.cold_s, 2) },
  { name: 'alloc KB/art', width: 12, get: (r) => f(r.alloc_kb_per_article) },
  { name: 'peak MB', width: 7, get: (r) => f(r.peak_rss_mb) },
  { name: 'start-up s', width: 10, get: (r) => f(r.kb_load_s + r.pipeline_build_s, 2) },
  load,
]);
const ingest = [...new Map(results.filter((r) => r.task === 'ingest').map((r) => [r.corpus, r])).values()];
table('The whole job: read → understand → code → store in SQLite, on one thread (bench ingest)', ingest, [
  { name: 'corpus', width: 26, get: (r) => r.corpus },
  { name: 'read', width: 6, get: (r) => r.articles },
  { name: 'stored', width: 6, get: (r) => r.stored },
  { name: 'median s', width: 8, get: (r) => f(r.seconds, 2) },
  { name: 'articles/s', width: 10, get: (r) => f(r.per_s) },
  { name: 'art/CPU-s', width: 9, get: (r) => f(r.per_cpu_s) },
  { name: 'store µs/art', width: 12, get: (r) => f(r.store_us_per_article) },
  { name: 'peak MB', width: 7, get: (r) => f(r.peak_rss_mb) },
  load,
]);
for (const r of results.filter((x) => x.task.startsWith('ingest-'))) {
  console.log(`\nthe whole job as \`annals ingest\` runs it (${r.task.slice(7)} analysis threads, ${r.corpus}): ${f(r.per_s)} articles/s wall, ` +
    `${f(r.per_cpu_s)} per CPU-second, peak ${f(r.peak_rss_mb)} MB`);
}
const store = results.filter((r) => r.task === 'store').at(-1);
if (store) {
  console.log(`\nthe store alone (bench store, BBC): ${f(store.cpu_us_per_article)} CPU µs per article for ${store.articles} articles, ` +
    `${store.mentions} mentions and ${store.event_reports} event reports; file ${f(store.file_mb, 1)} MB`);
}
const bbc = e2e.find((r) => r.corpus === 'bbc-news-2225');
const whole = ingest.find((r) => r.corpus === 'bbc-news-2225');
if (bbc) {
  console.log(`\nevent coding: ${f(bbc.coding_sentences_per_s)} sentences/s for the coder alone, ${f(bbc.sentences_per_cpu_s)} sentences per CPU-second for the whole pipeline ` +
    '(published: TABARI 1,000-2,000 sentences/s; PETRARCH-2 is bound by its CoreNLP parse at 2-5 sentences/s)');
}
for (const [what, r] of [['read → code (no store)', bbc], ['read → code → store', whole]]) {
  if (!r) continue;
  console.log(`Target (issue 8), ${what}: >= 2,000 articles/s per core on BBC: ${f(r.per_cpu_s)} per CPU-second, ${f(r.per_s)}/s wall ` +
    `(${r.per_cpu_s >= 2000 ? 'met' : `missed by ${f(100 * (1 - r.per_cpu_s / 2000))} %`}); ` +
    `peak memory < 300 MB: ${f(r.peak_rss_mb)} MB (${r.peak_rss_mb < 300 ? 'met' : 'missed'})`);
}
const lxml = find('readability-lxml', 'extract');
if (ex && lxml) console.log(`extraction faster than readability-lxml at higher F1: ${ex.per_cpu_s > lxml.per_cpu_s && ex.f1 > lxml.f1 ? 'met' : 'missed'} (${f(ex.per_cpu_s / lxml.per_cpu_s, 1)}x per CPU-second, F1 ${f(ex.f1, 3)} vs ${f(lxml.f1, 3)})`);
const ch = find('chrono-node', 'dates');
if (da && ch) console.log(`dates more accurate than chrono-node: ${da.value_accuracy > ch.value_accuracy && da.value_recall > ch.value_recall ? 'met' : 'missed'} (value accuracy ${f(da.value_accuracy, 3)} vs ${f(ch.value_accuracy, 3)}; right values / gold ${f(da.value_recall, 3)} vs ${f(ch.value_recall, 3)})`);
