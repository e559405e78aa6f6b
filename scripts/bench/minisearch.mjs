// MiniSearch configured as the Integreat app uses it (title boost 2, fuzzy 0.25, prefix,
// all terms required), on the same documents wegweiser indexes.
// Usage: node --expose-gc minisearch.mjs DOCUMENTS.json QUERIES.json ROUNDS
import MiniSearch from 'minisearch';
import { readFileSync } from 'node:fs';

const [documentsPath, queriesPath, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 20);
const byLocale = JSON.parse(readFileSync(documentsPath, 'utf8')).locales;
const queries = JSON.parse(readFileSync(queriesPath, 'utf8'));

const heap = () => { globalThis.gc?.(); return process.memoryUsage().heapUsed; };
const heapBefore = heap();
const started = performance.now();
const indexes = {};
for (const [locale, documents] of Object.entries(byLocale)) {
  const index = new MiniSearch({
    fields: ['title', 'text'],
    idField: 'key',
    storeFields: ['id', 'kind'],
    searchOptions: { boost: { title: 2 }, fuzzy: 0.25, prefix: true, combineWith: 'AND' },
  });
  index.addAll(documents.map((d) => ({ ...d, key: `${d.kind}:${d.id}` })));
  indexes[locale] = index;
}
const buildMs = performance.now() - started;
const heapMb = (heap() - heapBefore) / (1024 * 1024);

// A reader gets the index of their language, else its base language, else German.
const indexFor = (lang) => indexes[lang] ?? indexes[lang.split('-')[0]] ?? indexes.de;
const run = (q) => {
  let hits = indexFor(q.lang).search(q.query);
  if (q.kinds?.length) hits = hits.filter((h) => q.kinds.includes(h.kind));
  return hits.slice(0, 20).map((h) => h.id);
};

const rankings = queries.map(run);
const latencies = [];
for (let round = 0; round < rounds; round++) {
  for (const q of queries) {
    const t = performance.now();
    run(q);
    latencies.push((performance.now() - t) * 1000);
  }
}
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.round((latencies.length - 1) * q)] ?? 0;
console.log(JSON.stringify({ build_ms: buildMs, median_us: at(0.5), p95_us: at(0.95), heap_mb: heapMb, rankings }));
