// The directory without a network, and on paper. The example page opts into the offline
// worker (offline="sw.js"): after one visit with a network, a reload without one shows
// the listing and searches, and says that it shows the saved copy and from when; a new
// bundle version replaces the copy whole. Printing shows the results, or one card, with
// address, hours and numbers, in the reader's language and direction.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { assemble, exportBundle } from '../../../scripts/web/site.mjs';
import { artifacts, root, startBrowser, work } from './support.mjs';

const longTexts = path.join(root, 'bindings', 'wasm', 'tests', 'fixtures', 'long-texts');

let dir;
let site;
let browser;
let close;

before(async () => {
  dir = assemble(path.join(work, 'offline-site'));
  ({ site, browser, close } = await startBrowser(dir));
});

after(() => close?.());

const version = () => JSON.parse(fs.readFileSync(path.join(dir, 'data', 'wegweiser.json'), 'utf8')).version;
const widget = (page) => page.locator('wegweiser-directory');

/** Loads (or reloads) the page; resolves to the `wegweiser-ready` detail. */
async function visit(page, reload = false) {
  await page.evaluate(() => { window.__ready = undefined; window.__offline = undefined; }).catch(() => {});
  if (reload) await page.reload();
  else await page.goto(site.url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 20000 });
  return page.evaluate(() => window.__ready);
}

/** What the worker reported after saving the copy. */
async function saved(page) {
  await page.waitForFunction(() => window.__offline !== undefined, null, { timeout: 20000 });
  return page.evaluate(() => window.__offline);
}

/**
 * No network: the browser's offline mode, and the server dropping connections, since
 * Chromium's offline mode does not reach a service worker's own requests.
 */
async function network(context, on) {
  await context.setOffline(!on);
  site.setOffline(!on);
}

const copies = (page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('wegweiser-offline ')));

test('after one visit, the directory works offline and says so; a new bundle version replaces the copy', async () => {
  const context = await browser.newContext({ locale: 'de', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('wegweiser-ready', (event) => { window.__ready = event.detail; });
    document.addEventListener('wegweiser-offline', (event) => { window.__offline = event.detail; });
  });
  const first = await visit(page);
  assert.equal(first.offline, false);
  const report = await saved(page);
  assert.equal(report.saved, true, report.reason);
  assert.equal(report.version, version());
  // The page, its style, the package with its WebAssembly and the German bundle files.
  assert.ok(report.files >= 10, `${report.files} files`);
  assert.deepEqual(await copies(page), [`wegweiser-offline ${site.url}data/wegweiser.json ${version()}`]);
  assert.equal(await widget(page).locator('.offline').isVisible(), false, 'no note while online');

  await network(context, false);
  const offline = await visit(page, true);
  assert.equal(offline.offline, true, 'the widget knows it shows the copy');
  const note = widget(page).locator('.offline');
  assert.equal(await note.isVisible(), true);
  assert.match(await note.textContent(), /gespeicherte Fassung, Stand 01\.11\.2026/);
  assert.ok(await widget(page).locator('article').count() > 0, 'the listing shows');
  await widget(page).locator('input[type=search]').fill('Sprachkurs');
  await page.waitForFunction(() => /Sprach|Integrationskurs/.test(document.querySelector('wegweiser-directory').shadowRoot.querySelector('article h3')?.textContent ?? ''));
  await page.screenshot({ path: path.join(artifacts, 'offline-de.png'), fullPage: true });

  // The district publishes other data: the next visit with a network replaces the copy.
  await network(context, true);
  const before = version();
  exportBundle(path.join(dir, 'data'), longTexts);
  assert.notEqual(version(), before);
  await visit(page, true);
  const renewed = await saved(page);
  assert.equal(renewed.saved, true, renewed.reason);
  assert.equal(renewed.version, version());
  assert.equal(renewed.replaced, 1);
  assert.deepEqual(await copies(page), [`wegweiser-offline ${site.url}data/wegweiser.json ${version()}`]);
  await network(context, false);
  assert.equal((await visit(page, true)).offline, true);
  assert.match(await widget(page).locator('article').first().textContent(), /Integrationskursberatungsstelle/);
  assert.deepEqual(errors, []);
  await network(context, true);
  await context.close();
  exportBundle(path.join(dir, 'data'));
});

test('the worker refuses requests to save what is not this site\'s bundle, and keeps its copy', async () => {
  const context = await browser.newContext({ locale: 'de' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('wegweiser-offline', (event) => { window.__offline = event.detail; });
  });
  await page.goto(site.url);
  assert.equal((await saved(page)).saved, true);
  const kept = await copies(page);
  const answers = await page.evaluate(async (manifest) => {
    const worker = (await navigator.serviceWorker.getRegistration()).active;
    const ask = (message) => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      worker.postMessage(message, [channel.port2]);
    });
    const good = { type: 'wegweiser-save', manifest, version: 'abc123', urls: [] };
    return Promise.all([
      ask({ ...good, version: undefined }),
      ask({ ...good, version: '../../x' }),
      ask({ ...good, urls: ['https://elsewhere.example/tracker.js'] }),
      ask({ ...good, manifest: 'https://elsewhere.example/wegweiser.json' }),
      ask({ ...good, urls: 'not a list' }),
      ask({ ...good, urls: Array.from({ length: 501 }, (_, i) => `/file-${i}`) }),
      // The server's bundle has another version than the one named: nothing is saved.
      ask(good),
      ask({ ...good, urls: [new URL('nowhere.json', manifest).href] }),
    ]);
  }, `${site.url}data/wegweiser.json`);
  for (const answer of answers) assert.equal(answer.ok, false, JSON.stringify(answer));
  assert.match(answers[2].error, /not this site's file/);
  assert.match(answers[6].error, /changed meanwhile/);
  assert.match(answers[7].error, /HTTP 404/);
  assert.deepEqual(await copies(page), kept, 'the saved copy is untouched');
  await context.close();
});

test('without the attribute, or for another bundle, nothing is saved', async () => {
  fs.writeFileSync(path.join(dir, 'plain.html'),
    fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replace(' offline="sw.js"', ''));
  const context = await browser.newContext({ locale: 'de' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('wegweiser-ready', (event) => { window.__ready = event.detail; });
  });
  await page.goto(`${site.url}plain.html`);
  await page.waitForFunction(() => window.__ready !== undefined);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.deepEqual(await copies(page), []);
  await context.close();
});

/** What is visible when printing: the texts of the visible cards, and whether controls show. */
async function printed(page) {
  await page.emulateMedia({ media: 'print' });
  const result = await widget(page).evaluate((host) => {
    const root = host.shadowRoot;
    const visible = (node) => node !== null && node.getClientRects().length > 0;
    return {
      cards: [...root.querySelectorAll('article')].filter(visible).map((a) => a.textContent),
      controls: ['input[type=search]', 'fieldset.filters', 'button.print', 'button.print-list', 'button.more']
        .filter((selector) => [...root.querySelectorAll(selector)].some(visible)),
      dir: getComputedStyle(root.querySelector('.root')).direction,
    };
  });
  await page.emulateMedia({ media: 'screen' });
  return result;
}

test('printing shows the result list, or one card, with address, hours and numbers', async () => {
  for (const locale of ['de', 'ar']) {
    const context = await browser.newContext({ locale, extraHTTPHeaders: { 'accept-language': locale } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    await page.goto(site.url);
    await widget(page).locator('article').first().waitFor();
    await page.waitForFunction(() => document.querySelector('wegweiser-directory').directory !== null);
    const shown = await widget(page).locator('article').count();

    const list = await printed(page);
    assert.equal(list.cards.length, shown, `${locale}: every shown card prints`);
    assert.deepEqual(list.controls, [], `${locale}: no controls on paper`);
    assert.equal(list.dir, locale === 'ar' ? 'rtl' : 'ltr');

    // One card with address, hours and a phone number: its button prints it alone.
    const labels = await page.evaluate(() => ['label-address', 'label-opening-hours', 'label-phone']
      .map((id) => document.querySelector('wegweiser-directory').directory.ui(id).text));
    const texts = await widget(page).locator('article').allTextContents();
    const index = texts.findIndex((text, i) => i > 0 && labels.every((label) => text.includes(label)));
    assert.ok(index > 0, `${locale}: a card with ${labels.join(', ')}`);
    const card = widget(page).locator('article').nth(index);
    const button = card.locator('button.print');
    const name = await card.locator('h3').textContent();
    // Its accessible name is "Print" and the card's title.
    const named = await button.evaluate((b) => b.getAttribute('aria-labelledby').split(' ')
      .map((id) => b.getRootNode().getElementById(id).textContent).join(' '));
    assert.ok(named.endsWith(name), named);
    await button.click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    const one = await printed(page);
    assert.equal(one.cards.length, 1, `${locale}: one card`);
    assert.ok(one.cards[0].includes(name), `${locale}: the chosen card`);
    for (const label of labels) assert.ok(one.cards[0].includes(label), `${locale}: ${label} on paper: ${one.cards[0]}`);
    assert.match(one.cards[0], /\d{3,}/, `${locale}: the number itself`);
    // After printing, the list prints whole again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal((await printed(page)).cards.length, shown);
    await widget(page).locator('button.print-list').click();
    assert.equal(await page.evaluate(() => window.__printed), 2);
    assert.equal((await printed(page)).cards.length, shown);
    await context.close();
  }
});
