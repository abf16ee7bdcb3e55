// @mozilla/readability over jsdom on the AEB pages. Usage: node extract_readability.cjs PREPARED_DIR RUNS
'use strict';
const fs = require('fs');
const path = require('path');
const { toolsRequire, readJsonl, timeRuns, emit, extractionQuality } = require('./common.cjs');

const { JSDOM, VirtualConsole } = toolsRequire('jsdom');
const { Readability } = toolsRequire('@mozilla/readability');
const [dir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const pages = readJsonl(path.join(dir, 'aeb.jsonl'));
const buffers = pages.map((p) => fs.readFileSync(p.file));
const quiet = new VirtualConsole(); // pages' CSS parse errors would otherwise flood stderr

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
// Readability's content is HTML; textContent would glue words across paragraphs, so tags become spaces.
function toText(html) {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

let failed = 0;
const r = timeRuns(runs, () => {
  failed = 0;
  return pages.map((page, i) => {
    let text = '';
    let dom = null;
    try {
      dom = new JSDOM(buffers[i].toString('utf8'), { url: page.url || 'https://localhost/', virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      text = article && article.content ? toText(article.content) : '';
    } catch {
      // jsdom's CSS parser throws on some pages' style attributes (SCSS left in the markup): scored as empty, as a batch run would.
      failed++;
    } finally {
      if (dom) dom.window.close();
    }
    return text;
  });
});
const q = extractionQuality(pages, r.out);
emit({
  tool: 'readability.js', task: 'extract', corpus: 'aeb-scrapinghub', articles: pages.length,
  runs: r.seconds, seconds: r.median, cold_s: r.cold, per_s: pages.length / r.median, per_cpu_s: pages.length / r.cpuMedian, failed, ...q,
});
