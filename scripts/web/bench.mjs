// Measures the web package in headless Chromium on 127.0.0.1 and prints one table:
// sizes (raw and gzipped), what a first visit downloads, time from navigation to the first
// results, and query latency in the page for wegweiser and MiniSearch (configured as the
// Integreat app uses it) on the same documents. Run by scripts/bench-web.
// Environment: SIZES=10000 (generated directories), ROUNDS=5, VISITS=5.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '../../bindings/wasm/node_modules/playwright-core/index.mjs';
import { assemble, cli, exportBundle, packageScripts, root, serve } from './site.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const sizes = (process.env.SIZES ?? '10000').split(',').filter(Boolean).map(Number);
const rounds = Number(process.env.ROUNDS ?? 5);
const visits = Number(process.env.VISITS ?? 5);

const work = path.join(root, 'target', 'bench-web');
const site = assemble(path.join(work, 'site'));
const bin = cli();
const wegweiser = (args) => execFileSync(bin, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });

// The bench page: both engines in one page, on the same German documents.
fs.cpSync(path.join(root, 'bindings/wasm/node_modules/minisearch/dist/es'), path.join(site, 'minisearch'), { recursive: true });
fs.writeFileSync(path.join(site, 'bench.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="bench.js"></script>');
fs.writeFileSync(path.join(site, 'bench.js'), `
import { loadBundle, initialize } from './wegweiser/index.js';
import MiniSearch from './minisearch/index.js';
const median = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.round((s.length - 1) * q)]; };
window.runBench = async ({ bundle, documents, queries, rounds }) => {
  let t = performance.now();
  await initialize();
  const initMs = performance.now() - t;
  t = performance.now();
  const directory = await loadBundle(bundle, { languages: ['de'] });
  const loadMs = performance.now() - t;
  t = performance.now();
  directory.prepareSearch();
  const indexMs = performance.now() - t;
  const docs = (await (await fetch(documents)).json()).locales.de;
  t = performance.now();
  const mini = new MiniSearch({ fields: ['title', 'text'], idField: 'key', storeFields: ['id', 'kind'],
    searchOptions: { boost: { title: 2 }, fuzzy: 0.25, prefix: true, combineWith: 'AND' } });
  mini.addAll(docs.map((d) => ({ ...d, key: d.kind + ':' + d.id })));
  const miniBuildMs = performance.now() - t;
  const ours = [], theirs = [];
  for (let r = 0; r < rounds; r++) {
    for (const query of queries) {
      t = performance.now(); directory.search({ query, locales: ['de'], limit: 10 }); ours.push(performance.now() - t);
      t = performance.now(); mini.search(query).slice(0, 10); theirs.push(performance.now() - t);
    }
  }
  return { initMs, loadMs, indexMs, miniBuildMs,
    ours: [median(ours, 0.5), median(ours, 0.95)], theirs: [median(theirs, 0.5), median(theirs, 0.95)] };
};
`);

const queries = JSON.parse(wegweiser(['relevance', '--queries-json'])).map((q) => q.query);
const datasets = [{ name: 'sample', dir: null }];
for (const size of sizes) {
  const dir = path.join(work, `generated-${size}`);
  // Scratch data: made anew each run (generate refuses folders it did not write).
  fs.rmSync(dir, { recursive: true, force: true });
  wegweiser(['generate', '--services', String(size), '--seed', '1', '--out', dir]);
  datasets.push({ name: `${size} services`, dir });
}
for (const [i, dataset] of datasets.entries()) {
  dataset.bundle = `bundle-${i}/`;
  exportBundle(path.join(site, `bundle-${i}`), dataset.dir);
  const args = dataset.dir ? ['--dir', dataset.dir] : [];
  wegweiser([...args, 'export', '--format', 'documents', '--out', path.join(site, `documents-${i}.json`)]);
  dataset.documents = `documents-${i}.json`;
}

const server = await serve(site);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const raw = (file) => fs.statSync(file).size;

// Sizes of what the package ships.
const pkg = path.join(site, 'wegweiser');
const wasm = path.join(pkg, 'pkg', 'wegweiser_wasm_bg.wasm');
const js = [...packageScripts(), 'pkg/wegweiser_wasm.js'].map((f) => path.join(pkg, f));
console.log('| file | raw KB | gzip KB |');
console.log('|---|---|---|');
console.log(`| wegweiser_wasm_bg.wasm | ${kb(raw(wasm))} | ${kb(gz(wasm))} |`);
console.log(`| JavaScript (${packageScripts().join(', ')}, glue) | ${kb(js.reduce((s, f) => s + raw(f), 0))} | ${kb(js.reduce((s, f) => s + gz(f), 0))} |`);

// First visits of the example page, one locale each, with a cold cache.
console.log('\n| first visit (sample) | downloaded KB (gzip, all requests) | first results ms (median) | min | max | search ready ms (median) |');
console.log('|---|---|---|---|---|---|');
for (const locale of ['de', 'ar', 'dsb']) {
  const times = [];
  const readyTimes = [];
  let bytes = 0;
  for (let v = 0; v < visits; v++) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('wegweiser-results', () => { window.__firstResults ??= performance.now(); });
      document.addEventListener('wegweiser-ready', () => { window.__ready ??= performance.now(); });
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30000 });
    const result = await page.evaluate(() => ({
      first: window.__firstResults,
      ready: window.__ready,
      bytes: performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
        .reduce((sum, e) => sum + e.transferSize, 0),
    }));
    times.push(result.first);
    readyTimes.push(result.ready);
    bytes = result.bytes;
    await context.close();
  }
  times.sort((a, b) => a - b);
  readyTimes.sort((a, b) => a - b);
  const median = (values) => values[Math.floor(values.length / 2)].toFixed(0);
  console.log(`| ${locale} | ${kb(bytes)} | ${median(times)} | ${times[0].toFixed(0)} | ${times.at(-1).toFixed(0)} | ${median(readyTimes)} |`);
}

// Query latency in the page, both engines, same German documents and query strings.
console.log(`\n| data | wasm init + load ms | wegweiser index ms | MiniSearch index ms | wegweiser median ms | p95 | MiniSearch median ms | p95 | ratio (median) |`);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const dataset of datasets) {
  const page = await browser.newPage();
  await page.goto(server.url + 'bench.html');
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const r = await page.evaluate((args) => window.runBench(args), { bundle: dataset.bundle, documents: dataset.documents, queries, rounds });
  console.log(`| ${dataset.name} | ${r.initMs.toFixed(0)} + ${r.loadMs.toFixed(0)} | ${r.indexMs.toFixed(0)} | ${r.miniBuildMs.toFixed(0)} | ${r.ours[0].toFixed(2)} | ${r.ours[1].toFixed(2)} | ${r.theirs[0].toFixed(2)} | ${r.theirs[1].toFixed(2)} | ${(r.ours[0] / r.theirs[0]).toFixed(2)} |`);
  await page.close();
}
console.log(`\n${queries.length} queries (the relevance set's strings, searched in German) × ${rounds} rounds; Chromium ${browser.version()}, headless, 127.0.0.1, gzip.`);
await browser.close();
await server.close();
