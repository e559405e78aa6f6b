// The widget on a phone. WCAG 2.1 1.4.10 (Reflow): at 320 and 390 CSS pixels, in every
// shipped locale, nothing of the widget reaches past the screen and the page does not
// scroll sideways, after a search with long results, at 200 % text size (1.4.4) and with
// the text spacing of 1.4.12; axe-core does not test this. Results before filters: the
// filters fold behind one button, so the first card starts near the search box.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { assemble, exportBundle } from '../../../scripts/web/site.mjs';
import { artifacts, pageFor, root, startBrowser, work } from './support.mjs';

const LOCALES = ['de', 'dsb', 'en', 'ar', 'uk', 'ru', 'fa', 'tr', 'pl'];
// Saved to target/browser-artifacts/ for a person to look at.
const SCREENSHOTS = ['de', 'ar', 'dsb'];
// Queries with long results: compounds, e-mail addresses, links and phone numbers.
const QUERY = { de: 'Beratung', dsb: 'póraźowanje', en: 'advice', ar: 'استشارة', uk: 'консультація', ru: 'консультация', fa: 'مشاوره', tr: 'danışmanlık', pl: 'doradztwo' };

const axeSource = fs.readFileSync(path.join(root, 'bindings', 'wasm', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
// WCAG 1.4.12: the spacing a reader may set without losing content.
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

let site;
let browser;
let close;

before(async () => {
  const dir = assemble(path.join(work, 'reflow-site'));
  // Deliberately long words, e-mail addresses, links and numbers, in German and Arabic.
  exportBundle(path.join(dir, 'long'), path.join(root, 'bindings', 'wasm', 'tests', 'fixtures', 'long-texts'));
  pageFor(dir, 'long.html', 'long');
  ({ site, browser, close } = await startBrowser(dir));
});

after(() => close?.());

/** Everything in the widget (and the page) that reaches past the viewport's sides. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width + 1) {
      out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    }
    // The widget must reflow on its own, not because the example page wraps long words
    // (a municipal page may not): measure it with the page's wrapping switched off.
    const { overflowWrap, hyphens } = document.body.style;
    document.body.style.overflowWrap = 'normal';
    document.body.style.hyphens = 'manual';
    const root = document.querySelector('wegweiser-directory').shadowRoot;
    for (const element of root.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < -1 || box.right > width + 1) {
        const label = `${element.tagName.toLowerCase()}.${element.className}`;
        out.push(`${label} ${Math.round(box.left)}..${Math.round(box.right)} of ${width}: ${element.textContent.slice(0, 40)}`);
      }
    }
    document.body.style.overflowWrap = overflowWrap;
    document.body.style.hyphens = hyphens;
    return out.slice(0, 5);
  });
}

/** A phone-sized page in `locale`, after typing that locale's query. */
async function phone(locale, width, height = 800) {
  const context = await browser.newContext({ locale, viewport: { width, height }, extraHTTPHeaders: { 'accept-language': locale } });
  const page = await context.newPage();
  await page.goto(site.url);
  const widget = page.locator('wegweiser-directory');
  await widget.locator('article').first().waitFor();
  await page.evaluate(() => {
    window.__last = null;
    document.addEventListener('wegweiser-results', (event) => { window.__last = event.detail.query; });
  });
  await widget.locator('input[type=search]').fill(QUERY[locale]);
  await page.waitForFunction((q) => window.__last === q, QUERY[locale], { timeout: 10000 });
  return { page, widget, close: () => context.close() };
}

for (const width of [320, 390]) {
  test(`${width} px: every locale reflows, with filters open, at 200 % text size and with 1.4.12 spacing`, async () => {
    const failures = [];
    for (const locale of LOCALES) {
      const { page, widget, close } = await phone(locale, width);
      for (const problem of await overflow(page)) failures.push(`${locale}: ${problem}`);
      if (width === 390 && SCREENSHOTS.includes(locale)) {
        await page.screenshot({ path: path.join(artifacts, `phone-390-${locale}.png`), fullPage: true });
      }
      await widget.locator('button.filter-toggle').click();
      for (const problem of await overflow(page)) failures.push(`${locale}, filters open: ${problem}`);
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      for (const problem of await overflow(page)) failures.push(`${locale} at 200 %: ${problem}`);
      await page.evaluate((css) => {
        for (const target of [document.head, document.querySelector('wegweiser-directory').shadowRoot]) {
          const style = document.createElement('style');
          style.textContent = css;
          target.append(style);
        }
      }, SPACING);
      for (const problem of await overflow(page)) failures.push(`${locale} with 1.4.12 spacing: ${problem}`);
      await close();
    }
    assert.equal(failures.length, 0, failures.join('\n'));
  });
}

test('390 × 844: the first card starts within 400 px below the search box, in every locale', async () => {
  const far = [];
  for (const locale of LOCALES) {
    const { widget, close } = await phone(locale, 390, 844);
    const box = await widget.locator('input[type=search]').boundingBox();
    const card = await widget.locator('article').first().boundingBox();
    if (card.y - box.y > 400) far.push(`${locale}: ${Math.round(card.y - box.y)} px`);
    await close();
  }
  assert.equal(far.length, 0, far.join('; '));
});

test('the filter disclosure works by keyboard, counts active filters, and stays clean for axe', async () => {
  for (const locale of ['de', 'dsb', 'ar']) {
    const { page, widget, close } = await phone(locale, 390, 844);
    const toggle = widget.locator('button.filter-toggle');
    const filters = widget.locator('fieldset.filters');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await filters.isVisible(), false, `${locale}: folded on a phone`);
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await filters.isVisible(), true, `${locale}: Enter unfolds`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.querySelector('wegweiser-directory').shadowRoot.activeElement?.tagName);
    assert.equal(focused, 'SELECT', `${locale}: Tab goes from the button into the filters`);
    await widget.locator('select[data-filter=kind]').selectOption({ index: 1 });
    await page.waitForFunction(() => /\(.+\)/.test(document.querySelector('wegweiser-directory').shadowRoot.querySelector('button.filter-toggle').textContent));
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map((v) => `${v.id}: ${v.help}`);
    });
    assert.deepEqual(violations, [], locale);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press(' ');
    assert.equal(await filters.isVisible(), false, `${locale}: Space folds it again`);
    await close();
  }
  // A wide screen keeps today's layout: filters shown, no button.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url);
  const widget = page.locator('wegweiser-directory');
  await widget.locator('article').first().waitFor();
  assert.equal(await widget.locator('button.filter-toggle').isVisible(), false);
  assert.equal(await widget.locator('fieldset.filters').isVisible(), true);
  await context.close();
});

test('deliberately long words, e-mail addresses and links reflow at 320 and 390 px, LTR and RTL', async () => {
  const failures = [];
  for (const width of [320, 390]) {
    for (const locale of ['de', 'ar']) {
      const context = await browser.newContext({ locale, viewport: { width, height: 800 }, extraHTTPHeaders: { 'accept-language': locale } });
      const page = await context.newPage();
      await page.goto(`${site.url}long.html`);
      const widget = page.locator('wegweiser-directory');
      await widget.locator('article').first().waitFor();
      const shown = await widget.locator('article').first().textContent();
      assert.match(shown, /Integrationskursberatungsstelle|استشارات/, 'the long texts are the ones shown');
      for (const problem of await overflow(page)) failures.push(`${width} px ${locale}: ${problem}`);
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      for (const problem of await overflow(page)) failures.push(`${width} px ${locale} at 200 %: ${problem}`);
      await context.close();
    }
  }
  assert.equal(failures.length, 0, failures.join('\n'));
});
