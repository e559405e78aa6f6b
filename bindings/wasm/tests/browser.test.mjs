// The example site in headless Chromium (Debian's /usr/bin/chromium via playwright-core):
// search in four languages, filters, language switch, dir and lang, keyboard, axe-core,
// the Content-Security-Policy, and a hostile dataset that must render inert.
// Screenshots go to target/browser-artifacts/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { assemble, exportBundle } from '../../../scripts/web/site.mjs';
import { artifacts, hostileDir, pageFor, root, startBrowser, work } from './support.mjs';

const axeSource = fs.readFileSync(path.join(root, 'bindings', 'wasm', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

let site;
let browser;
let close;

before(async () => {
  const dir = assemble(path.join(work, 'site'));
  exportBundle(path.join(dir, 'hostile'), hostileDir);
  pageFor(dir, 'hostile.html', 'hostile');
  pageFor(dir, 'missing.html', 'nowhere');
  ({ site, browser, close } = await startBrowser(dir));
});

after(() => close?.());

/** A page in a browser whose languages are `locales`, watched for errors and CSP violations. */
async function open(locales, file = '') {
  const context = await browser.newContext({ locale: locales[0], extraHTTPHeaders: { 'accept-language': locales.join(',') } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__resultEvents = 0;
    document.addEventListener('wegweiser-results', (event) => {
      window.__resultEvents += 1;
      window.__lastResults = event.detail;
    });
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(site.url + file);
  await page.locator('wegweiser-directory article').first().waitFor();
  return { page, problems, close: () => context.close() };
}

const widget = (page) => page.locator('wegweiser-directory');

/** Types a query and waits until the widget has shown the results for exactly that query. */
async function search(page, query) {
  await widget(page).locator('input[type=search]').fill(query);
  await page.waitForFunction((q) => window.__lastResults?.query === q, query, { timeout: 5000 });
}

/** Waits for the results after a filter changed (the query stays, so count the events). */
async function changeFilter(page, name, value) {
  const seen = await page.evaluate(() => window.__resultEvents);
  await widget(page).locator(`select[data-filter=${name}]`).selectOption(value);
  await page.waitForFunction((n) => window.__resultEvents > n, seen, { timeout: 5000 });
}

const titles = (page) => widget(page).locator('article h3').allTextContents();

async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  });
}

test('German: search as you type finds Spremberg\'s courses by its Sorbian name', async () => {
  const { page, problems, close } = await open(['de-DE', 'de']);
  const root = widget(page).locator('.root');
  assert.equal(await root.getAttribute('lang'), 'de');
  assert.equal(await root.getAttribute('dir'), 'ltr');
  await search(page, 'Sprachkurs Grodk');
  const found = await titles(page);
  assert.ok(found.length > 0 && found.slice(0, 3).some((t) => /Spremberg/.test(t)), found.join(' | '));
  const status = widget(page).locator('[role=status]');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.match(await status.textContent(), /\d+ Treffer/);
  assert.ok(await widget(page).locator('article mark').count() > 0, 'matches are highlighted');
  const tel = widget(page).locator('a[href^="tel:+49"]');
  assert.ok(await tel.count() > 0, 'phones are tel: links');
  await page.screenshot({ path: path.join(artifacts, 'de-search.png'), fullPage: true });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await close();
});

test('filters narrow the results; municipalities are named in German and Sorbian', async () => {
  const { page, problems, close } = await open(['de']);
  const municipality = widget(page).locator('select[data-filter=municipality]');
  const labels = await municipality.locator('option').allTextContents();
  assert.ok(labels.some((l) => l.startsWith('Spremberg / Grodk')), labels.join(' | '));
  const count = async () => Number((await widget(page).locator('[role=status]').textContent()).match(/\d+/)?.[0] ?? 0);
  const all = await count();
  await changeFilter(page, 'municipality', 'guben');
  const guben = await count();
  assert.ok(guben > 0 && guben < all, `${guben} of ${all}`);
  await changeFilter(page, 'offered_in', 'ar');
  assert.ok(await count() <= guben);
  const languages = await widget(page).locator('article').first().textContent();
  assert.match(languages, /العربية/);
  assert.deepEqual(problems, []);
  await close();
});

test('Arabic: the language switch reloads in Arabic, right to left', async () => {
  const { page, problems, close } = await open(['de']);
  const switcher = widget(page).locator('select#language');
  const names = await switcher.locator('option').allTextContents();
  for (const name of ['Deutsch', 'Dolnoserbšćina', 'العربية', 'Українська']) assert.ok(names.includes(name), names.join(' | '));
  assert.equal(await switcher.locator('option[value=ar]').getAttribute('lang'), 'ar');
  await switcher.selectOption('ar');
  await page.waitForFunction(() => document.querySelector('wegweiser-directory').shadowRoot.querySelector('.root').getAttribute('dir') === 'rtl');
  assert.equal(await widget(page).locator('.root').getAttribute('lang'), 'ar');
  await search(page, 'دورة لغة');
  const found = await titles(page);
  assert.ok(found.length > 0 && /دورة/.test(found[0]), found.join(' | '));
  await page.screenshot({ path: path.join(artifacts, 'ar-search.png'), fullPage: true });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await close();
});

test('Lower Sorbian from the browser\'s languages; Sorbian names first', async () => {
  const { page, problems, close } = await open(['dsb-DE', 'de']);
  assert.equal(await widget(page).locator('.root').getAttribute('lang'), 'dsb');
  const labels = await widget(page).locator('select[data-filter=municipality] option').allTextContents();
  assert.ok(labels.some((l) => l.startsWith('Grodk / Spremberg')), labels.join(' | '));
  await search(page, 'Baršć');
  const found = await titles(page);
  assert.ok(found.length > 0, 'Forst\'s Sorbian name finds its services');
  const cards = await widget(page).locator('article').allTextContents();
  assert.ok(cards.slice(0, 3).some((c) => /Baršć/.test(c)), cards.slice(0, 3).join(' | '));
  await page.screenshot({ path: path.join(artifacts, 'dsb-search.png'), fullPage: true });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await close();
});

test('Ukrainian search; texts that fell back to German carry lang="de"', async () => {
  const { page, problems, close } = await open(['uk']);
  await search(page, 'мовні курси');
  const found = await titles(page);
  assert.ok(found.length > 0 && /курс/i.test(found.slice(0, 3).join(' ')), found.join(' | '));
  await close();

  // Polish is only partly translated: its fallbacks must say they are German.
  const polish = await open(['pl']);
  assert.equal(await widget(polish.page).locator('.root').getAttribute('lang'), 'pl');
  assert.ok(await widget(polish.page).locator('article [lang=de]').count() > 0);
  assert.deepEqual([...problems, ...polish.problems], []);
  await polish.close();
});

test('an outdated translation is shown with a note in the reader\'s language; the source is not', async () => {
  const { page, problems, close } = await open(['ar']);
  await search(page, 'MBE Forst');
  const card = widget(page).locator('article', { has: page.locator('.outdated-note') }).first();
  await card.waitFor();
  const note = card.locator('.outdated-note');
  assert.match(await note.textContent(), /تغيّر النص الأصلي/);
  assert.equal(await note.evaluate((n) => n.closest('[lang]').getAttribute('lang')), 'ar');
  assert.match(await card.locator('h3').textContent(), /MBE|الهجرة/);
  assert.deepEqual(await axe(page), []);
  await close();

  // The German source itself is never outdated.
  const german = await open(['de']);
  await search(german.page, 'MBE Forst');
  assert.equal(await widget(german.page).locator('.outdated-note').count(), 0);
  assert.deepEqual([...problems, ...german.problems], []);
  await german.close();
});

test('ten results at a time; "show more" adds the next ten and moves focus to them', async () => {
  const { page, problems, close } = await open(['de']);
  const cards = widget(page).locator('.results > li');
  assert.equal(await cards.count(), 10);
  const total = Number((await widget(page).locator('[role=status]').textContent()).match(/\d+/)[0]);
  assert.ok(total > 20, `${total}`);
  const more = widget(page).locator('button.more');
  assert.equal(await more.textContent(), 'Weitere Treffer anzeigen');
  const seen = await page.evaluate(() => window.__resultEvents);
  await more.click();
  await page.waitForFunction((n) => window.__resultEvents > n, seen);
  assert.equal(await cards.count(), 20);
  const focused = await page.evaluate(() => {
    const root = document.querySelector('wegweiser-directory').shadowRoot;
    return [...root.querySelectorAll('.results > li')].indexOf(root.activeElement?.closest('li'));
  });
  assert.equal(focused, 10);
  await search(page, 'Kita');
  assert.ok(await cards.count() <= 10);
  assert.deepEqual(problems, []);
  await close();
});

test('keyboard: Tab reaches the search box, typing searches', async () => {
  const { page, problems, close } = await open(['de']);
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.querySelector('wegweiser-directory').shadowRoot.activeElement?.id === 'query');
  }
  assert.ok(reached, 'the search box is in the tab order');
  await page.keyboard.type('Kita');
  await page.waitForFunction(() => window.__lastResults?.query === 'Kita');
  assert.ok((await titles(page)).length > 0);
  assert.deepEqual(problems, []);
  await close();
});

test('a hostile dataset renders inert: no script, no dialog, no such link', async () => {
  const { page, problems, close } = await open(['de'], 'hostile.html');
  await search(page, 'Sprachkurs');
  const found = await titles(page);
  assert.ok(found.some((t) => t.includes('<script>')), 'markup shows as text');
  const injected = await page.evaluate(() => {
    const root = document.querySelector('wegweiser-directory').shadowRoot;
    return {
      pwned: window.__pwned ?? null,
      elements: root.querySelectorAll('script, img, iframe, svg, style, details, b, a[href^="javascript"], [onerror], [onload], [onmouseover]').length,
      links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    };
  });
  assert.equal(injected.pwned, null);
  assert.equal(injected.elements, 0);
  assert.ok(injected.links.every((href) => /^(tel:|mailto:|https?:)/.test(href)), injected.links.join(' '));
  await page.screenshot({ path: path.join(artifacts, 'hostile.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await close();
});

test('a bundle that cannot be loaded shows an alert and an error event, not a dead page', async () => {
  const context = await browser.newContext({ locale: 'de' });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('wegweiser-error', (event) => { window.__error = event.detail.code; });
  });
  await page.goto(`${site.url}missing.html`);
  await page.waitForFunction(() => window.__error !== undefined);
  assert.equal(await page.evaluate(() => window.__error), 'fetch');
  assert.match(await widget(page).locator('[role=alert]').textContent(), /nicht geladen/);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('the first listing shows before the WebAssembly, and stays when it cannot load', async () => {
  const context = await browser.newContext({ locale: 'ar', extraHTTPHeaders: { 'accept-language': 'ar' } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // No WebAssembly at all: what a browser shows when it is blocked or fails.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.addInitScript(() => {
    document.addEventListener('wegweiser-results', (event) => { window.__first ??= event.detail; });
    document.addEventListener('wegweiser-ready', () => { window.__ready = true; });
    document.addEventListener('wegweiser-error', (event) => { window.__error = event.detail.code; });
  });
  await page.goto(site.url);
  await page.waitForFunction(() => window.__error !== undefined && window.__first !== undefined);
  await widget(page).locator('[role=alert]').waitFor();
  const root = widget(page).locator('.root');
  assert.equal(await root.getAttribute('lang'), 'ar');
  assert.equal(await root.getAttribute('dir'), 'rtl');
  assert.equal(await widget(page).locator('article').count(), 10);
  const first = await page.evaluate(() => window.__first);
  assert.equal(first.preview, true);
  assert.equal(first.query, '');
  assert.match(await widget(page).locator('[role=status]').textContent(), /\d+/);
  // Arabic labels, a filter with counts, and the paging waits for the directory.
  assert.match(await widget(page).locator('label[for=query]').textContent(), /[\u0600-\u06FF]/);
  assert.ok(await widget(page).locator('select[data-filter=municipality] option').count() > 1);
  assert.equal(await widget(page).locator('button.more').isDisabled(), true);
  assert.match(await widget(page).locator('[role=alert]').textContent(), /nicht geladen/);
  assert.equal(await page.evaluate(() => window.__ready), undefined);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(artifacts, 'first-view-ar-no-wasm.png'), fullPage: true });
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('the directory takes over from the first view without moving the focus', async () => {
  const context = await browser.newContext({ locale: 'de' });
  const page = await context.newPage();
  // A slow WebAssembly download: the reader starts using the first view meanwhile.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.addInitScript(() => {
    document.addEventListener('wegweiser-results', (event) => { window.__last = event.detail; });
    document.addEventListener('wegweiser-ready', () => { window.__ready = true; });
  });
  await page.goto(site.url);
  await page.waitForFunction(() => window.__last?.preview === true);
  const link = widget(page).locator('article a').first();
  const href = await link.getAttribute('href');
  await link.focus();
  assert.equal(await widget(page).locator('button.more').isDisabled(), true);
  release();
  await page.waitForFunction(() => window.__ready === true && window.__last?.preview === false);
  const focused = await page.evaluate(() => {
    const active = document.querySelector('wegweiser-directory').shadowRoot.activeElement;
    return active ? `${active.tagName} ${active.getAttribute('href')}` : null;
  });
  assert.equal(focused, `A ${href}`);
  assert.equal(await widget(page).locator('button.more').isDisabled(), false);
  await widget(page).locator('input[type=search]').fill('Kita');
  await page.waitForFunction(() => window.__last?.query === 'Kita');
  assert.ok((await titles(page)).length > 0);
  await context.close();
});
