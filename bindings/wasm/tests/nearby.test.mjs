// "Open now" and "near me" in headless Chromium: a page clock fixed by the test, the
// minute changing under a focused card, geolocation granted and denied (then a
// municipality chosen), distances on the cards, axe in German and Arabic, a phone's
// width in both directions, and not one request beyond 127.0.0.1 while all this runs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { assemble } from '../../../scripts/web/site.mjs';
import { root, startBrowser, work } from './support.mjs';

const axeSource = fs.readFileSync(path.join(root, 'bindings', 'wasm', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
// Monday 7 December 2026 in Berlin (UTC+1).
const MONDAY_10 = Date.parse('2026-12-07T10:00:00+01:00');
const CHRISTMAS_DAY = Date.parse('2026-12-25T10:00:00+01:00');
const SPREMBERG = { latitude: 51.5717, longitude: 14.3794 };

let site;
let browser;
let close;
const requests = [];

before(async () => {
  const dir = assemble(path.join(work, 'nearby-site'));
  ({ site, browser, close } = await startBrowser(dir));
});

after(async () => {
  await close?.();
});

/** A page in `locale`; `options` are the browser context's (permissions, geolocation). */
async function open(locale, options = {}) {
  const context = await browser.newContext({ locale, extraHTTPHeaders: { 'accept-language': locale }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    window.__events = 0;
    document.addEventListener('wegweiser-results', () => { window.__events += 1; });
  });
  await page.goto(site.url);
  const widget = page.locator('wegweiser-directory');
  await widget.locator('article').first().waitFor();
  await page.waitForFunction(() => document.querySelector('wegweiser-directory').directory !== null);
  return { page, widget, problems, close: () => context.close() };
}

/** Sets the widget's clock: `start` now, then running with real time. */
async function setClock(page, start) {
  await page.evaluate((at) => {
    const began = Date.now();
    document.querySelector('wegweiser-directory').clock = () => at + (Date.now() - began);
  }, start);
}

/** Does something and waits for the results it causes. */
async function andResults(page, action) {
  const seen = await page.evaluate(() => window.__events);
  await action();
  await page.waitForFunction((n) => window.__events > n, seen, { timeout: 10000 });
}

const openFilters = async (widget) => {
  const toggle = widget.locator('button.filter-toggle');
  if (await toggle.isVisible()) await toggle.click();
};

async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  });
}

test('open now follows the page clock: Monday morning, then Christmas Day', async () => {
  const { page, widget, problems, close: done } = await open('de');
  await setClock(page, MONDAY_10);
  await openFilters(widget);
  await andResults(page, () => widget.locator('#open-now').check());
  const titles = await widget.locator('article h3').allTextContents();
  assert.ok(titles.some((t) => t.includes('Migrationsberatung für Erwachsene (MBE) in Forst')), titles.join('\n'));
  const lines = await widget.locator('p.hours-now').allTextContents();
  assert.ok(lines.length > 0 && lines.every((l) => l.startsWith('Jetzt geöffnet, bis ')), lines.join('\n'));
  assert.match(await widget.locator('button.filter-toggle').textContent(), /\(1\)/);
  await setClock(page, CHRISTMAS_DAY);
  await andResults(page, () => widget.locator('#open-now').uncheck());
  await andResults(page, () => widget.locator('#open-now').check());
  assert.equal(await widget.locator('article').count(), 0);
  assert.deepEqual(problems, []);
  await done();
});

test('a new minute changes the card\'s text in place, and the focus stays', async () => {
  const { page, widget, close: done } = await open('de');
  // One second before the counselling in Forst closes for lunch.
  await setClock(page, Date.parse('2026-12-07T11:59:59+01:00'));
  await andResults(page, () => widget.locator('input[type=search]').fill('Migrationsberatung Forst'));
  const card = widget.locator('article', { hasText: 'Migrationsberatung für Erwachsene (MBE) in Forst' }).first();
  const line = card.locator('p.hours-now');
  assert.equal(await line.textContent(), 'Jetzt geöffnet, bis 12:00 Uhr');
  await card.locator('button.print').focus();
  await page.waitForFunction(() => {
    const root = document.querySelector('wegweiser-directory').shadowRoot;
    return [...root.querySelectorAll('p.hours-now')].some((p) => p.textContent.startsWith('Jetzt geschlossen'));
  }, undefined, { timeout: 5000 });
  assert.equal(await line.textContent(), 'Jetzt geschlossen · öffnet heute um 13:00 Uhr');
  const focused = await page.evaluate(() => {
    const active = document.querySelector('wegweiser-directory').shadowRoot.activeElement;
    return active?.className === 'print' && active.closest('article').textContent.includes('in Forst');
  });
  assert.ok(focused, 'the focus moved');
  await done();
});

test('near me with the position granted: nearest first, distances on the cards, a map link', async () => {
  const { page, widget, problems, close: done } = await open('de', { permissions: ['geolocation'], geolocation: SPREMBERG });
  await openFilters(widget);
  await andResults(page, () => widget.locator('#near-me').click());
  assert.equal(await widget.locator('p.near-status').textContent(), 'Nach Entfernung sortiert');
  const distances = await widget.locator('li.distance span').allTextContents();
  assert.ok(distances.length >= 5, distances.join(', '));
  const km = distances.map((d) => (d.endsWith(' km') ? parseFloat(d.replace(',', '.')) : parseFloat(d) / 1000));
  assert.deepEqual(km, [...km].sort((a, b) => a - b));
  assert.match(await widget.locator('article h3').first().textContent(), /Spremberg/);
  const map = widget.locator('a.map').first();
  assert.equal(await map.textContent(), 'Auf OpenStreetMap zeigen');
  assert.match(await map.getAttribute('href'), /^https:\/\/www\.openstreetmap\.org\/\?mlat=51\.\d+&mlon=14\.\d+/);
  assert.deepEqual(problems, []);
  await done();
});

test('near me refused: a note, then a municipality chosen by its Sorbian name', async () => {
  const { page, widget, close: done } = await open('dsb');
  await openFilters(widget);
  await widget.locator('#near-me').click();
  await page.waitForFunction(() => document.querySelector('wegweiser-directory').shadowRoot
    .querySelector('p.near-status').textContent !== '', undefined, { timeout: 10000 });
  const status = await widget.locator('p.near-status').textContent();
  assert.equal(status, await page.evaluate(() => document.querySelector('wegweiser-directory').directory.ui('widget-location-denied', {}, ['dsb']).text));
  assert.equal(await page.evaluate(() => document.querySelector('wegweiser-directory').shadowRoot.activeElement?.id), 'near-place');
  await andResults(page, () => widget.locator('#near-place').selectOption({ label: 'Grodk / Spremberg' }));
  assert.match(await widget.locator('article h3').first().textContent(), /Grodk/);
  assert.ok((await widget.locator('li.distance').count()) > 0);
  await done();
});

for (const locale of ['de', 'ar']) {
  test(`${locale}: open now and near a place are axe clean, and fit 320 and 390 px`, async () => {
    const { page, widget, close: done } = await open(locale);
    await setClock(page, MONDAY_10);
    await openFilters(widget);
    await andResults(page, () => widget.locator('#open-now').check());
    await andResults(page, () => widget.locator('#near-place').selectOption('spremberg'));
    assert.ok((await widget.locator('p.hours-now').count()) > 0);
    assert.equal(await widget.locator('.root').getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
    assert.deepEqual(await axe(page), []);
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const root = document.querySelector('wegweiser-directory').shadowRoot;
        return [...root.querySelectorAll('.hours-now, li.distance, a.map, #near-me, #near-place, #open-now')]
          .map((e) => e.getBoundingClientRect())
          .filter((b) => b.width > 0 && (b.left < -1 || b.right > width + 1)).length;
      });
      assert.equal(wide, 0, `${locale} at ${width} px`);
      await widget.locator('article').first().screenshot({ path: path.join(root, 'target', 'browser-artifacts', `nearby-${locale}-${width}.png`) });
    }
    await done();
  });
}

test('no request left 127.0.0.1 in any of these tests', () => {
  const origin = new URL(site.url).origin;
  const outside = requests.filter((url) => !url.startsWith(origin));
  assert.ok(requests.length > 0);
  assert.deepEqual(outside, []);
});
