// wink-nlp (tokenise, POS, its own entities) and compromise (people, places, organisations) on the BBC texts.
// Usage: node nlp.cjs PREPARED_DIR RUNS [wink|compromise]
'use strict';
const path = require('path');
const { toolsRequire, readJsonl, timeRuns, emit } = require('./common.cjs');

const [dir, runsArg, which] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const articles = readJsonl(path.join(dir, 'bbc.jsonl'));

if (!which || which === 'wink') {
  const winkNLP = toolsRequire('wink-nlp');
  const model = toolsRequire('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  const r = timeRuns(runs, () => {
    let tokens = 0;
    const types = {};
    for (const a of articles) {
      const doc = nlp.readDoc(a.text);
      tokens += doc.tokens().length();
      doc.entities().each((e) => { const t = e.out(its.type); types[t] = (types[t] || 0) + 1; });
    }
    return { tokens, types };
  });
  const n = articles.length;
  const types = r.out.types;
  emit({
    tool: 'wink-nlp', task: 'tokenise', corpus: 'bbc-news-2225', articles: n, tokens: r.out.tokens,
    runs: r.seconds, seconds: r.median, cold_s: r.cold, per_s: n / r.median, per_cpu_s: n / r.cpuMedian, tokens_per_s: r.out.tokens / r.median,
    // wink's lite model has no PERSON, GPE/LOC or ORG types: these stay 0 by design of the model.
    people_per_article: (types.PERSON || 0) / n, places_per_article: ((types.GPE || 0) + (types.LOC || 0)) / n,
    orgs_per_article: (types.ORG || 0) / n, entity_types: types,
  });
}

if (!which || which === 'compromise') {
  const nlp = toolsRequire('compromise');
  const r = timeRuns(runs, () => {
    let tokens = 0, people = 0, places = 0, orgs = 0;
    for (const a of articles) {
      const doc = nlp(a.text);
      tokens += doc.terms().length;
      people += doc.people().length;
      places += doc.places().length;
      orgs += doc.organizations().length;
    }
    return { tokens, people, places, orgs };
  });
  const n = articles.length;
  emit({
    tool: 'compromise', task: 'entities', corpus: 'bbc-news-2225', articles: n, tokens: r.out.tokens,
    runs: r.seconds, seconds: r.median, cold_s: r.cold, per_s: n / r.median, per_cpu_s: n / r.cpuMedian, tokens_per_s: r.out.tokens / r.median,
    people_per_article: r.out.people / n, places_per_article: r.out.places / n, orgs_per_article: r.out.orgs / n,
  });
}
