// The JavaScript API of the built package, in Node: loading, negotiation, lists, items,
// search in several languages, filters, facets, cards, errors.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { Directory, WegweiserError, guessLocale, initialize, loadBundle } from '../index.js';
import * as core from '../pkg/wegweiser_wasm.js';
import { execFileSync } from 'node:child_process';
import { cli } from '../../../scripts/web/site.mjs';
import { bundle, folderFetch, hostileDir, root, wasmBytes } from './support.mjs';

const BASE = 'http://bundle.test/bundle/';
let sample;

async function load(languages, dir = bundle()) {
  const files = folderFetch(dir);
  const directory = await loadBundle(BASE, { fetch: files.fetch, languages });
  return { directory, requested: files.requested };
}

before(async () => {
  await initialize(wasmBytes());
  sample = (await load(['de'])).directory;
});

test('a reader downloads only the locales they read, plus German', async () => {
  const { directory, requested } = await load(['uk-UA', 'en']);
  // Each translation with its lock file (which source text it was made from).
  assert.deepEqual(requested.sort(), [
    'directory.json', 'locales/de/directory.ftl', 'locales/en/directory.ftl', 'locales/en/l10n.lock',
    'locales/uk/directory.ftl', 'locales/uk/l10n.lock', 'wegweiser.json',
  ]);
  assert.deepEqual(directory.loadedLocales, ['uk', 'en', 'de']);
  assert.equal(directory.manifest.locales.length, 10);
  assert.equal(directory.negotiate(['uk']).locale, 'uk');
  directory.free();
});

test('languages are negotiated like the core does, junk entries skipped', async () => {
  const { directory } = await load(['dsb-DE']);
  assert.deepEqual(directory.negotiate(['dsb-DE', 'de']).chain, ['dsb', 'de']);
  assert.equal(directory.negotiate(['not a tag!', 'xx']).locale, 'de');
  // Only German was downloaded for `sample`: Persian falls back to it.
  assert.equal(sample.negotiate(['fa-AF']).locale, 'de');
  const { directory: persian } = await load(['fa-AF']);
  const dari = persian.negotiate(['fa-AF']);
  assert.equal(dari.locale, 'fa');
  assert.equal(dari.direction, 'rtl');
  persian.free();
  const names = Object.fromEntries(sample.locales().map((l) => [l.tag, l.name]));
  assert.equal(names.de, 'Deutsch');
  directory.free();
});

test('guessing a locale before the WebAssembly agrees with the core', async () => {
  const every = sample.manifest.locales.map((l) => l.tag);
  const { directory } = await load(every);
  const cases = [
    ...every.map((tag) => [tag]), ['fa-AF'], ['de-AT'], ['dsb-DE', 'de'], ['AR'], ['uk_UA.UTF-8'],
    ['zh', 'uk'], ['en-GB', 'ar'], ['*', 'pl'], ['not a tag!', 'tr'], ['C'], [], ['pt-BR'],
    ['sr-Latn-RS', 'ru'], ['und', 'en'],
  ];
  for (const languages of cases) {
    assert.equal(guessLocale(directory.manifest, languages), directory.negotiate(languages).locale,
      JSON.stringify(languages));
  }
  directory.free();
  // Bundles with regional, script and variant tags: the core's own choice, from its
  // negotiation over a manifest's locales.
  const manifest = (tags) => ({
    format: 'wegweiser-web/1', source_locale: 'de', structure: { path: 'directory.json', bytes: 1 },
    locales: ['de', ...tags].map((tag) => ({
      tag, name: tag, direction: 'ltr', coverage: 1, machine_translated: false,
      file: { path: `locales/${tag}/directory.ftl`, bytes: 1 },
    })),
  });
  const bundles = [
    ['en-GB', 'en-US'], ['de-CH', 'de-AT'], ['sr-Cyrl', 'sr-Latn'], ['sr-Latn'], ['fa-AF', 'fa'],
    ['zh-Hant', 'zh-Hans'], ['ca-ES-valencia', 'ca'], ['pt-BR', 'pt-PT'], ['fr-CA'], ['az-Arab'],
  ];
  const asked = [
    'en', 'en-US', 'en-AU', 'de-AT', 'de-LI', 'sr', 'sr-Latn', 'sr-RU', 'fa', 'fa-IR', 'zh',
    'zh-TW', 'zh-GB', 'ca', 'ca-ES', 'ca-ES-valencia', 'pt', 'pt-AO', 'fr', 'fr-BE', 'az-IR',
    'en_GB.UTF-8', 'x', 'und-CH',
  ];
  let compared = 0;
  for (const tags of bundles) {
    const m = manifest(tags);
    for (const first of asked) {
      for (const languages of [[first], [first, tags[0]], ['xx', first]]) {
        const expected = core.bundleFilesFor(JSON.stringify(m), languages).locales[0];
        assert.equal(guessLocale(m, languages), expected, `${JSON.stringify(languages)} in ${tags}`);
        compared += 1;
      }
    }
  }
  assert.equal(compared, bundles.length * asked.length * 3);
});

test('the JSON document of export --format json loads, with located problems', () => {
  const json = execFileSync(cli(), ['export', '--format', 'json'], { cwd: root, maxBuffer: 64 << 20 }).toString();
  const directory = Directory.fromJson(json);
  assert.equal(directory.list('service', {}, 'de').length, sample.list('service', {}, 'de').length);
  assert.equal(directory.negotiate(['ar']).locale, 'ar');
  directory.free();
  const broken = json.replace('"wegweiser-directory/1"', '"wegweiser-directory/9"');
  assert.throws(() => Directory.fromJson(broken), (error) => {
    assert.ok(error instanceof WegweiserError);
    assert.equal(error.code, 'invalid-data');
    const problem = error.problems.find((p) => p.message.startsWith('`format` is'));
    assert.equal(problem.file, 'directory.json');
    assert.equal(problem.line, 2, JSON.stringify(problem));
    return true;
  });
});

test('results are plain objects', () => {
  const [service] = sample.list('service', {}, 'de');
  assert.equal(Object.getPrototypeOf(service), Object.prototype);
  assert.equal(Object.getPrototypeOf(service.texts), Object.prototype);
  const found = sample.search({ query: 'Beratung', locales: ['de'] });
  assert.equal(Object.getPrototypeOf(found.facets.municipality), Object.prototype);
});

test('lists filter by municipality in German or Sorbian, Amt included', () => {
  const byGerman = sample.list('service', { municipality: 'Spremberg' }, 'de').map((s) => s.id);
  const bySorbian = sample.list('service', { municipality: 'Grodk' }, 'de').map((s) => s.id);
  assert.ok(byGerman.length > 0);
  assert.deepEqual(bySorbian, byGerman);
  const all = sample.list('service', {}, 'de');
  assert.ok(all.length > byGerman.length);
});

test('one item in Arabic, with the locale and direction of every text', async () => {
  const { directory } = await load(['ar']);
  const item = directory.get('service:integration-course-forst', 'ar');
  assert.equal(item.kind, 'service');
  assert.equal(item.texts.name.locale, 'ar');
  assert.equal(item.texts.name.direction, 'rtl');
  assert.ok(item.references.some((r) => r.kind === 'organization'));
  directory.free();
});

test('search in German, Arabic, Sorbian and Ukrainian finds the language courses', async () => {
  const cases = [
    ['de', 'Sprachkurs Grodk', (hit) => /spremberg/.test(hit.id)],
    ['ar', 'دورة لغة', (hit) => /course/.test(hit.id)],
    ['dsb', 'Baršć', (hit) => /forst/.test(hit.id)],
    ['uk', 'мовні курси', (hit) => /course/.test(hit.id)],
  ];
  for (const [lang, query, expected] of cases) {
    const { directory } = await load([lang]);
    const found = directory.search({ query, locales: [lang], limit: 5 });
    assert.ok(found.total > 0, `${lang}: ${query}`);
    assert.ok(found.hits.slice(0, 5).some(expected), `${lang}: ${query}: ${found.hits.map((h) => h.id)}`);
    assert.equal(found.locale, lang);
    directory.free();
  }
});

test('filters narrow the hits and facets count them', () => {
  const all = sample.search({ query: '', limit: 200 });
  const education = sample.search({ query: '', field: 'education', limit: 200 });
  assert.ok(education.total > 0 && education.total < all.total);
  assert.equal(all.facets.field.education, education.total);
  const forst = sample.search({ query: 'Beratung', municipality: 'Baršć', kinds: ['service'], limit: 200 });
  assert.ok(forst.hits.every((hit) => hit.kind === 'service'));
  const arabicOffered = sample.search({ query: '', offered_in: 'ar', kinds: ['service'], limit: 200 });
  assert.equal(arabicOffered.total, all.facets.offered_in.ar);
});

test('highlights are character ranges of the snippet, also for typos', () => {
  const found = sample.search({ query: 'Integrazionskurs', locales: ['de'] });
  const hit = found.hits[0];
  assert.ok(hit.title_highlights.length > 0 || hit.highlights.length > 0);
  for (const { start, end } of hit.highlights) {
    assert.ok(start < end && end <= Array.from(hit.snippet).length);
  }
});

test('cards carry only tel:, mailto: and http(s) links, and bilingual place names', () => {
  const card = sample.card('service', 'integration-course-forst', 'de');
  assert.ok(card.links.length > 0);
  for (const link of card.links) assert.match(link.href, /^(tel:\+|mailto:|https?:\/\/)/);
  assert.ok(card.places.some((p) => p.town.includes('Baršć')), JSON.stringify(card.places));
  assert.ok(card.languages.some((l) => l.tag === 'ar' && l.name === 'العربية'));
  assert.ok(card.hours.length > 0);
});

test('UI strings use each language\'s plural rules (Sorbian dual)', async () => {
  const { directory } = await load(['dsb']);
  const two = directory.ui('count-results', { count: 2 }, 'dsb').text;
  const five = directory.ui('count-results', { count: 5 }, 'dsb').text;
  assert.notEqual(two.replace('2', ''), five.replace('5', ''));
  directory.free();
});

test('errors are WegweiserError objects with a code', async () => {
  const notFound = (() => { try { sample.get('service:nope', 'de'); } catch (e) { return e; } })();
  assert.ok(notFound instanceof WegweiserError && notFound instanceof Error);
  assert.equal(notFound.code, 'not-found');

  assert.throws(() => sample.list('spaceship'), (e) => e instanceof WegweiserError && e.code === 'invalid-argument');
  assert.throws(() => sample.search({ query: 'x', limit: 'many' }), (e) => e.code === 'invalid-argument' && /limit|invalid type/.test(e.message));
  assert.throws(() => sample.search({ query: 'x', locales: ['!!'] }), (e) => e.code === 'invalid-locale');

  const failure = (files) => { try { Directory.fromFiles(files); } catch (e) { return e; } return null; };
  const broken = failure({ 'directory.json': '{\n  "directory": {"id": 5}\n}' });
  assert.equal(broken.code, 'invalid-data');
  const problem = broken.problems.find((p) => p.code === 'invalid-value');
  assert.ok(problem && problem.file === 'directory.json' && problem.line === 2 && problem.column === 23, JSON.stringify(broken.problems));

  const none = failure({ 'locales/de/x.ftl': 'directory = X\n' });
  assert.ok(none.problems.some((p) => p.file === 'directory.json' && p.code === 'file' && /export --format web/.test(p.message)), JSON.stringify(none.problems));

  // The browser build reads the structure as JSON only, and says how to get it.
  const toml = failure({ 'directory.toml': '[directory]\nid = "x"\n' });
  assert.equal(toml.code, 'invalid-data');
  assert.ok(toml.problems.some((p) => p.file === 'directory.toml' && /directory\.json/.test(p.message) && /export --format web/.test(p.message)), JSON.stringify(toml.problems));

  assert.throws(() => Directory.fromFiles({ 'notes.txt': 'x' }), (e) => e.code === 'invalid-argument' && /notes\.txt/.test(e.message));
  assert.throws(() => Directory.fromFiles('not an object'), (e) => e.code === 'invalid-argument');
});

test('a missing or foreign bundle is a clear error', async () => {
  const missing = folderFetch('/nonexistent');
  await assert.rejects(loadBundle(BASE, { fetch: missing.fetch, languages: ['de'] }),
    (e) => e instanceof WegweiserError && e.code === 'fetch' && /wegweiser\.json.*404/.test(e.message));
  const foreign = async () => ({ ok: true, status: 200, text: async () => '{"format": "other/9"}' });
  await assert.rejects(loadBundle(BASE, { fetch: foreign, languages: ['de'] }),
    (e) => e.code === 'invalid-argument' && /wegweiser\.json/.test(e.message));
});

test('hostile text stays text', async () => {
  const { directory } = await load(['de'], bundle('hostile', hostileDir));
  const found = directory.search({ query: 'Sprachkurs', locales: ['de'] });
  assert.ok(found.hits[0].title.includes('<script>'));
  const card = directory.card('service', 'course-forst', 'de');
  assert.ok(card.places[0].street.includes('<img'));
  directory.free();
});

test('any query string is accepted', () => {
  for (const query of ['"unbalanced (', 'a'.repeat(10000), '🙂🙂', '\u202Eabc', 'AND OR NOT *:*', '']) {
    const found = sample.search({ query });
    assert.ok(Array.isArray(found.hits));
  }
});
