// <wegweiser-directory src="data/" lang="dsb">: a district's directory, searchable as
// you type, in the reader's language. No framework. Data is only ever set as text
// (textContent, text nodes); links are built only from tel:, mailto: and http(s) URLs.
// Styles are a constructed stylesheet, so a Content-Security-Policy without
// 'unsafe-inline' applies (the WebAssembly needs 'wasm-unsafe-eval').
// The API and its WebAssembly load in parallel with the bundle's first view (see #load).
// This is the element; its styles, DOM helpers and views are modules beside it, and
// scripts/build-wasm bundles them (with ../locale.js) into the package's component.js.
import { guessLocale } from '../locale.js';
import { element, highlighted, markLanguage, SAFE_LINK } from './dom.js';
import {
  distanceItem, everyMinute, hoursLine, labelPlaceControls, mapLink, nearMePressed, placeControls, refreshHours,
} from './nearby.js';
import { offlineCopyOf, saveOffline } from './offline.js';
import { styleSheet } from './styles.js';
import { firstView, liveView } from './views.js';

// Relative to the built component.js at the package root, which bundles these sources
// into one file (scripts/build-wasm) so that a page loads the widget with one request; the
// API stays a module of its own, loaded while the first view shows.
const API_MODULE = './index.js';
let api = null;
const loadApi = () => (api ??= import(API_MODULE));

// A phone shows two or three cards: render a page of ten, more on request.
const RESULTS_PER_PAGE = 10;
const TYPING_DELAY_MS = 60;

export class WegweiserDirectoryElement extends HTMLElement {
  static observedAttributes = ['src', 'lang'];

  #root = null;
  #parts = null;
  #directory = null;
  /** liveView or firstView: what is rendered now, and the `src` it came from. */
  #view = null;
  #viewSource = null;
  /** What the results list shows (locale, request, hits), to leave it alone when unchanged. */
  #rendered = null;
  #locale = null;
  #loading = 0;
  #timer = 0;
  #filters = { kind: '', field: '', municipality: '', offered_in: '' };
  #filterOptions = null;
  #shown = RESULTS_PER_PAGE;
  /** The version of the offline copy shown, when the network failed and the worker answered. */
  #offlineCopy = null;
  #stopTicks = null;
  #clock = () => Date.now();

  /** The time in milliseconds "open now" means; a page (or a test) may set its own clock. */
  get clock() {
    return this.#clock;
  }

  set clock(clock) {
    this.#clock = clock;
    // The next minute comes by the new clock.
    if (this.#stopTicks !== null) {
      this.#stopTicks();
      this.#stopTicks = everyMinute(() => this.#clock(), () => this.#tick());
    }
  }

  connectedCallback() {
    if (this.#root === null) {
      this.#root = this.attachShadow({ mode: 'open' });
      this.#root.adoptedStyleSheets = [styleSheet()];
      this.#parts = this.#skeleton();
      this.#root.append(this.#parts.root);
    }
    if (this.#directory === null) this.#load();
    // Each card's "open now" follows the clock, without re-rendering what did not change.
    this.#stopTicks ??= everyMinute(() => this.#clock(), () => this.#tick());
  }

  disconnectedCallback() {
    this.#stopTicks?.();
    this.#stopTicks = null;
  }

  attributeChangedCallback(name, previous, value) {
    if (this.#root !== null && previous !== value) this.#load();
  }

  /** The directory once loaded (for pages that want more than the widget shows). */
  get directory() {
    return this.#directory;
  }

  #skeleton() {
    const search = element('input', {
      id: 'query', type: 'search', autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search',
    });
    search.addEventListener('input', () => {
      this.#shown = RESULTS_PER_PAGE;
      this.#schedule();
    });
    const language = element('select', { id: 'language' });
    language.addEventListener('change', () => this.setAttribute('lang', language.value));
    const bar = element('div', { class: 'bar' },
      element('div', { class: 'field grow' }, element('label', { for: 'query' }), search),
      element('div', { class: 'field' }, element('label', { for: 'language' }), language));
    const filters = element('fieldset', { class: 'filters', id: 'filters' }, element('legend'));
    // On a narrow screen the filters fold behind one button, so that the first result
    // shows under the search box while the on-screen keyboard is open.
    const toggle = element('button', {
      type: 'button', class: 'filter-toggle', 'aria-expanded': 'false', 'aria-controls': 'filters',
    });
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      this.#parts.root.classList.toggle('filters-open', open);
    });
    const selects = {};
    for (const name of Object.keys(this.#filters)) {
      const select = element('select', { id: `filter-${name}`, 'data-filter': name });
      select.addEventListener('change', () => {
        this.#filters[name] = select.value;
        this.#shown = RESULTS_PER_PAGE;
        this.#labelToggle();
        this.#search();
      });
      selects[name] = select;
      filters.append(element('div', { class: 'field' }, element('label', { for: `filter-${name}` }), select));
    }
    const changed = () => {
      this.#shown = RESULTS_PER_PAGE;
      this.#labelToggle();
      this.#search();
    };
    const place = placeControls(changed);
    filters.append(...place.nodes);
    place.nearMe.addEventListener('click', () => nearMePressed(place, (id) => this.#ui(id), navigator.geolocation, changed));
    const count = element('p', { class: 'count', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const printList = element('button', { type: 'button', class: 'print-list' });
    printList.addEventListener('click', () => this.#print(null));
    const summary = element('div', { class: 'summary' }, count, printList);
    const offline = element('p', { class: 'offline', role: 'note', hidden: true });
    const results = element('ul', { class: 'results' });
    const more = element('button', { type: 'button', class: 'more', hidden: true });
    more.addEventListener('click', () => this.#showMore());
    const note = element('p', { class: 'note' });
    // Load errors get their own place: relabelling (note) must not remove them.
    const alert = element('p', { class: 'alert' });
    const root = element('div', { class: 'root' }, bar, toggle, filters, offline, summary, results, more, note, alert);
    return { root, search, language, filters, toggle, selects, place, count, printList, offline, results, more, note, alert };
  }

  #ui(id, args) {
    return this.#view.ui(id, args);
  }

  /** Renders `view` in `locale`: labels, filters, the current results. */
  #show(view, locale, direction, source) {
    this.#view = view;
    this.#viewSource = source;
    this.#locale = locale;
    this.#filterOptions = view.filterOptions();
    this.#parts.root.setAttribute('lang', locale);
    this.#parts.root.setAttribute('dir', direction);
    this.#label();
    this.#search();
  }

  /** Shows the bundle's first view for the guessed locale, unless the directory came first. */
  async #preview(attempt, source, base, manifestResponse, languages) {
    if (this.#view?.live) return; // a language switch: the directory is here already
    const response = await manifestResponse;
    if (!response.ok) return;
    const manifest = await response.clone().json();
    if (!Array.isArray(manifest.locales)) return;
    const entry = manifest.locales.find((l) => l.tag === guessLocale(manifest, languages));
    if (!entry?.first_view) return;
    const viewResponse = await fetch(new URL(entry.first_view.path, base));
    if (!viewResponse.ok) return;
    const view = await viewResponse.json();
    const usable = view && typeof view.ui === 'object' && Array.isArray(view.results?.hits)
      && Array.isArray(view.cards) && typeof view.locale?.locale === 'string' && view.filter_options;
    if (!usable || attempt !== this.#loading || this.#view?.live) return;
    this.#show(firstView(view, manifest), view.locale.locale, view.locale.direction, source);
  }

  async #load() {
    const attempt = ++this.#loading;
    const src = this.getAttribute('src');
    if (!src) return;
    const wanted = this.getAttribute('lang');
    const languages = wanted ? [wanted, ...(navigator.languages ?? [])] : [...(navigator.languages ?? [])];
    const { count, results } = this.#parts;
    this.#parts.root.setAttribute('aria-busy', 'true');
    const base = new URL(src, document.baseURI);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    // One download of the manifest serves the first view and loadBundle.
    const manifestUrl = new URL('wegweiser.json', base).href;
    const manifestResponse = fetch(manifestUrl);
    manifestResponse.catch(() => {});
    const fetchBundle = (target) => (String(target) === manifestUrl
      ? manifestResponse.then((r) => r.clone())
      : fetch(target));
    this.#preview(attempt, src, base, manifestResponse, languages).catch(() => {
      // No first view: the directory renders when loaded.
    });
    let directory;
    try {
      const { loadBundle } = await loadApi();
      directory = await loadBundle(base, { languages, fetch: fetchBundle });
    } catch (error) {
      if (attempt !== this.#loading) return;
      // A first view of this bundle stays: the listing is right, only searching is not
      // possible. Anything from another bundle goes.
      if (this.#viewSource !== src) {
        this.#view = null;
        this.#rendered = null;
        results.replaceChildren();
        count.textContent = '';
      }
      // Without the module there are no translated strings: German and English.
      this.#parts.alert.replaceChildren(element('span', { class: 'error', role: 'alert' },
        'Das Verzeichnis konnte nicht geladen werden. / The directory could not be loaded.'));
      this.#parts.root.removeAttribute('aria-busy');
      this.dispatchEvent(new CustomEvent('wegweiser-error', { bubbles: true, composed: true, detail: error }));
      return;
    }
    if (attempt !== this.#loading) {
      directory.free();
      return;
    }
    this.#directory?.free();
    this.#directory = directory;
    this.#offlineCopy = offlineCopyOf(await manifestResponse);
    const negotiated = directory.negotiate(languages);
    // The first listing needs no full-text index; build it while the reader looks.
    this.#parts.alert.replaceChildren();
    this.#show(liveView(directory, negotiated.locale), negotiated.locale, negotiated.direction, src);
    const prepare = () => {
      if (this.#directory !== directory) return; // replaced (and freed) meanwhile
      try {
        directory.prepareSearch();
      } catch {
        // The first search reports the error.
      }
    };
    (globalThis.requestIdleCallback ?? ((fn) => setTimeout(fn, 0)))(prepare);
    this.#parts.root.removeAttribute('aria-busy');
    this.dispatchEvent(new CustomEvent('wegweiser-ready', {
      bubbles: true, composed: true, detail: { locale: negotiated.locale, offline: this.#offlineCopy !== null },
    }));
    // With a network, keep (or renew) the copy for the next visit without one.
    if (this.hasAttribute('offline') && this.#offlineCopy === null) {
      const report = (detail) => this.dispatchEvent(new CustomEvent('wegweiser-offline', { bubbles: true, composed: true, detail }));
      saveOffline(this.getAttribute('offline'), base, manifestUrl, directory).then(report, (error) => {
        console.warn(`wegweiser: no offline copy: ${error.message ?? error}`);
        report({ saved: false, reason: String(error.message ?? error) });
      });
    }
  }

  /** Labels, language switcher and filter options in the current locale. */
  #label() {
    const { root, search, language, filters, selects, note } = this.#parts;
    root.querySelector('label[for=query]').textContent = this.#ui('widget-search-label');
    search.placeholder = this.#ui('widget-search-placeholder');
    root.querySelector('label[for=language]').textContent = this.#ui('widget-language-label');
    filters.querySelector('legend').textContent = this.#ui('widget-filters-label');
    this.#labelToggle();
    this.#parts.results.setAttribute('aria-label', this.#ui('widget-results-label'));
    this.#parts.more.textContent = this.#ui('widget-show-more');
    // Rebuilt only when different, so that a focused switcher keeps its focus.
    const tags = this.#view.locales.map((locale) => locale.tag).join(' ');
    if (language.dataset.tags !== tags) {
      language.dataset.tags = tags;
      language.replaceChildren(...this.#view.locales.map((locale) =>
        element('option', { value: locale.tag, lang: locale.tag, dir: locale.direction }, locale.name)));
    }
    language.value = this.#locale;
    const labels = {
      kind: this.#ui('widget-filter-kind'),
      field: this.#ui('kind-field'),
      municipality: this.#ui('label-municipality'),
      offered_in: this.#ui('label-languages'),
    };
    for (const [name, select] of Object.entries(selects)) {
      root.querySelector(`label[for=filter-${name}]`).textContent = labels[name];
    }
    labelPlaceControls(this.#parts.place, (id) => this.#ui(id), this.#filterOptions.municipality);
    this.#parts.printList.textContent = this.#ui('widget-print-list');
    const metadata = this.#view.metadata();
    this.#labelOffline(metadata);
    note.replaceChildren();
    if (metadata.demo && metadata.demo_notice) {
      note.append(markLanguage(element('span', {}, metadata.demo_notice.text),
        metadata.demo_notice.locale, metadata.demo_notice.direction, this.#locale));
    }
  }

  /** "You see the copy saved on this device, status as of …", when that is so. */
  #labelOffline(metadata) {
    const { offline } = this.#parts;
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(metadata.status_as_of ?? '');
    // The first view has no strings with arguments; the directory follows within moments.
    offline.hidden = this.#offlineCopy === null || !this.#view.live || date === null;
    if (offline.hidden) return;
    offline.textContent = this.#ui('widget-offline-note', { year: date[1], month: date[2], day: date[3] });
  }

  /** Prints one result (`item`, an `li` of the list) or, with `null`, the shown list. */
  #print(item) {
    const { root } = this.#parts;
    const done = () => {
      root.classList.remove('print-one');
      item?.classList.remove('print-this');
    };
    done();
    if (item !== null) {
      root.classList.add('print-one');
      item.classList.add('print-this');
    }
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  /** "Filter", or "Filter (2)" with two filters set. */
  #labelToggle() {
    const { state } = this.#parts.place;
    const active = Object.values(this.#filters).filter((value) => value !== '').length
      + Number(state.openNow) + Number(state.near !== '');
    const label = this.#ui('widget-filters-label');
    this.#parts.toggle.textContent = active > 0 ? `${label} (${active.toLocaleString(this.#locale)})` : label;
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#search(), TYPING_DELAY_MS);
  }

  #search() {
    if (this.#view === null) return;
    const request = {
      query: this.#parts.search.value,
      locales: [this.#locale],
      limit: this.#shown,
    };
    if (this.#filters.kind) request.kinds = [this.#filters.kind];
    for (const name of ['field', 'municipality', 'offered_in']) {
      if (this.#filters[name]) request[name] = this.#filters[name];
    }
    const { state } = this.#parts.place;
    if (state.openNow) request.open_at = new Date(this.clock()).toISOString();
    if (state.near) request.near = state.near;
    let found;
    try {
      found = this.#view.search(request);
    } catch (error) {
      this.#rendered = null;
      this.#parts.results.replaceChildren();
      this.#parts.count.replaceChildren(element('span', { class: 'error' }, this.#ui('widget-search-error')));
      this.dispatchEvent(new CustomEvent('wegweiser-error', { bubbles: true, composed: true, detail: error }));
      return;
    }
    const { results, more } = this.#parts;
    if (found === null) {
      // The first view cannot answer this: the directory will, once it is ready.
      results.classList.add('waiting');
      results.setAttribute('aria-busy', 'true');
      return;
    }
    results.classList.remove('waiting');
    results.removeAttribute('aria-busy');
    // The directory replacing its first view shows the same: keep the DOM (and the focus).
    // The minute in `open_at` alone changes nothing on the page.
    const asked = { ...request, open_at: request.open_at !== undefined };
    const rendered = JSON.stringify([this.#locale, asked, found.total, found.hits.map((hit) => [hit.kind, hit.id, hit.distance])]);
    if (rendered !== this.#rendered) {
      this.#rendered = rendered;
      this.#facets(found.facets);
      this.#parts.count.textContent = this.#ui('count-results', { count: found.total });
      const states = new Map((this.#hoursOf(found.hits) ?? []).map((s) => [s.id, s]));
      results.replaceChildren(...found.hits.map((hit) => this.#card(hit, states.get(hit.id))).filter((item) => item !== null));
    }
    more.hidden = found.total <= found.hits.length;
    // More results need the directory; the first view has one page.
    this.#parts.more.disabled = !this.#view.live;
    this.dispatchEvent(new CustomEvent('wegweiser-results', { bubbles: true, composed: true, detail: { total: found.total, query: request.query, preview: !this.#view.live } }));
  }

  /** The state now of the services among `hits` (none in the first view). */
  #hoursOf(hits) {
    const ids = hits.filter((hit) => hit.kind === 'service').map((hit) => hit.id);
    try {
      return ids.length > 0 ? this.#view.hoursNow(ids, this.clock()) : [];
    } catch {
      return null;
    }
  }

  /** A new minute: the cards' hours say what holds now; "open now" lists anew. */
  #tick() {
    if (!this.#view?.live) return;
    if (this.#parts.place.state.openNow) this.#search();
    const shown = [...this.#parts.results.querySelectorAll('p.hours-now')]
      .map((line) => ({ kind: 'service', id: line.dataset.service }));
    refreshHours(this.#parts.results, this.#hoursOf(shown) ?? []);
  }

  /** The next page of results; focus moves to the first new card. */
  #showMore() {
    const before = this.#parts.results.childElementCount;
    this.#shown += RESULTS_PER_PAGE;
    this.#search();
    const first = this.#parts.results.children[before]?.querySelector('article');
    if (first) {
      first.setAttribute('tabindex', '-1');
      first.focus();
    }
  }

  #facets(facets) {
    const options = this.#filterOptions;
    for (const [name, select] of Object.entries(this.#parts.selects)) {
      const counts = facets[name] ?? {};
      const choices = options[name].map((option) => {
        const n = counts[option.value] ?? 0;
        return element('option', { value: option.value }, `${option.label} (${n})`);
      });
      select.replaceChildren(element('option', { value: '' }, this.#ui('widget-filter-any')), ...choices);
      select.value = this.#filters[name];
    }
  }

  #card(hit, hours) {
    const page = this.#locale;
    const card = this.#view.card(hit.kind, hit.id);
    if (!card) return null;
    const titleId = `title-${hit.kind}-${hit.id}`;
    const title = markLanguage(highlighted(element('h3', { id: titleId }), hit.title, hit.title_highlights),
      card.name.locale, card.name.direction, page);
    const article = element('article', {}, title,
      element('p', { class: 'kind' }, this.#ui(`kind-${hit.kind}`)), hoursLine(hours, page));
    if (hit.snippet) {
      const snippetDirection = hit.snippet_locale === card.description?.locale ? card.description.direction : undefined;
      article.append(markLanguage(highlighted(element('p', { class: 'snippet' }), hit.snippet, hit.highlights),
        hit.snippet_locale, snippetDirection ?? 'auto', page));
    }
    // The translation was made from an older source text: still shown, with a note.
    if (card.name.outdated || card.description?.outdated) {
      article.append(element('p', { class: 'outdated-note' }, this.#ui('widget-outdated-note')));
    }
    const meta = element('ul', { class: 'meta' });
    for (const place of card.places) {
      const item = element('li', {}, element('span', {}, `${this.#ui('label-address')}: `));
      if (place.name) {
        item.append(markLanguage(element('span', {}, place.name.text), place.name.locale, place.name.direction, page), ', ');
      }
      item.append(element('span', { dir: 'ltr' }, `${place.street}, ${place.postal_code} ${place.town}`));
      if (place.step_free) item.append(` (${place.step_free.text})`);
      const map = mapLink(place, (id) => this.#ui(id));
      if (map) item.append(' · ', map);
      meta.append(item);
    }
    const distance = distanceItem(hit, (id) => this.#ui(id));
    if (distance) meta.append(distance);
    for (const hours of card.hours) {
      meta.append(element('li', {}, `${this.#ui('label-opening-hours')}: `, element('span', {}, hours)));
    }
    if (card.languages.length > 0) {
      const item = element('li', {}, `${this.#ui('label-languages')}: `);
      card.languages.forEach((language, i) => {
        if (i > 0) item.append(', ');
        item.append(element('span', { lang: language.tag }, language.name));
      });
      meta.append(item);
    }
    if (card.cost) meta.append(element('li', {}, `${this.#ui('label-cost')}: ${card.cost.text}`));
    if (meta.childElementCount > 0) article.append(meta);
    const links = element('ul', { class: 'links' });
    for (const link of card.links) {
      if (!SAFE_LINK.test(link.href)) continue;
      const label = this.#ui(link.kind === 'phone' ? 'label-phone' : link.kind === 'email' ? 'label-email' : 'label-website');
      const anchor = element('a', { href: link.href, dir: 'ltr' }, link.label);
      if (link.kind === 'website') anchor.rel = 'noopener noreferrer external';
      links.append(element('li', {}, `${label}: `, anchor));
    }
    if (links.childElementCount > 0) article.append(links);
    // Its name is "Print" and the card's title, for a screen reader's list of buttons.
    const print = element('button', { type: 'button', class: 'print', id: `print-${hit.kind}-${hit.id}` },
      this.#ui('widget-print-card'));
    print.setAttribute('aria-labelledby', `${print.id} ${titleId}`);
    article.append(print);
    const item = element('li', {}, article);
    print.addEventListener('click', () => this.#print(item));
    return item;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('wegweiser-directory')) {
  customElements.define('wegweiser-directory', WegweiserDirectoryElement);
}
