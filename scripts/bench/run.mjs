// Runs wegweiser and MiniSearch on the same data and prints one table.
// Called by scripts/bench-search, which builds the binary and installs MiniSearch first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'target/release/wegweiser');
const work = join(root, 'target/bench');
const rounds = process.env.ROUNDS ?? '20';
mkdirSync(work, { recursive: true });
const wegweiser = (args) => execFileSync(bin, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });

const queriesFile = join(work, 'queries.json');
writeFileSync(queriesFile, wegweiser(['relevance', '--queries-json']));

const datasets = [{ name: 'sample', dir: null }];
for (const size of (process.env.SIZES ?? '1000,10000').split(',').filter(Boolean)) {
  const dir = join(work, `generated-${size}`);
  // Scratch data: made anew each run (generate refuses folders it did not write).
  rmSync(dir, { recursive: true, force: true });
  wegweiser(['generate', '--services', size, '--seed', '1', '--out', dir]);
  datasets.push({ name: `${size} services`, dir });
}

const rows = [];
for (const { name, dir } of datasets) {
  const dirArgs = dir ? ['--dir', dir] : [];
  const documents = join(work, `documents-${name.replace(/\W+/g, '-')}.json`);
  rmSync(documents, { force: true });
  wegweiser([...dirArgs, 'export', '--format', 'documents', '--out', documents]);
  const ours = JSON.parse(wegweiser([...dirArgs, 'bench-search', '--rounds', rounds]));
  const peer = JSON.parse(
    execFileSync('node', ['--expose-gc', join(root, 'scripts/bench/minisearch.mjs'), documents, queriesFile, rounds], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    }),
  );
  // Relevance is judged on the sample, whose ids the relevance set names.
  let oursRelevance = null;
  let peerRelevance = null;
  if (!dir) {
    oursRelevance = JSON.parse(wegweiser(['relevance', '--json'])).overall;
    const rankings = join(work, 'minisearch-rankings.json');
    writeFileSync(rankings, JSON.stringify(peer.rankings));
    peerRelevance = JSON.parse(wegweiser(['relevance', '--json', '--rankings', rankings])).overall;
  }
  rows.push({ name, engine: 'wegweiser (native)', r: oursRelevance, build: ours.build_ms, median: ours.median_us, p95: ours.p95_us, memory: ours.index_file_mb, load: ours.load_rss_mb });
  rows.push({ name, engine: 'MiniSearch (Node)', r: peerRelevance, build: peer.build_ms, median: peer.median_us, p95: peer.p95_us, memory: peer.heap_mb, load: null });
  // The floor: one plain tantivy TermQuery per query on the same index, and the saved
  // index (`wegweiser index`) opened instead of built.
  rows.push({ name, engine: 'tantivy TermQuery (floor)', r: null, build: ours.cache_open_ms, median: ours.term_query_median_us, p95: null, memory: null, load: null, floor: true });
}

const fmt = (n, digits = 1) => (n === null || n === undefined ? '–' : Number(n).toFixed(digits));
const header = ['data', 'engine', 'recall@5', 'MRR', 'build ms', 'median µs', 'p95 µs', 'index MB', 'load MB'];
const table = rows.map((r) => [r.name, r.engine, r.r ? fmt(r.r.recall_at_5, 3) : '–', r.r ? fmt(r.r.mrr, 3) : '–', fmt(r.build), fmt(r.median), fmt(r.p95), fmt(r.memory), fmt(r.load)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of table) console.log(line(row));
for (let i = 0; i < rows.length; i += 3) {
  const [ours, peer, floor] = [rows[i], rows[i + 1], rows[i + 2]];
  console.log(`${ours.name}: median latency ratio wegweiser/MiniSearch = ${(ours.median / peer.median).toFixed(2)}, wegweiser/TermQuery = ${(ours.median / floor.median).toFixed(1)}`);
}
console.log('build ms of the floor row: opening the saved index (`wegweiser index`) instead of building it.');
console.log('index MB: wegweiser = size of the tantivy index files (in memory); MiniSearch = V8 heap growth while indexing (documents already loaded).');
console.log('load MB: wegweiser = resident memory growth while reading and validating the directory (TOML + Fluent).');
