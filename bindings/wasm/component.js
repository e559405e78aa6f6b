// <wegweiser-directory src="data/" lang="dsb">: a district's directory, searchable as
// you type, in the reader's language. No framework. Data is only ever set as text
// (textContent, text nodes); links are built only from tel:, mailto: and http(s) URLs.
// Styles are a constructed stylesheet, so a Content-Security-Policy without
// 'unsafe-inline' applies (the WebAssembly needs 'wasm-unsafe-eval').
// The API and its WebAssembly load in parallel with the bundle's first view (see #load).
let api = null;
const loadApi = () => (api ??= import('./index.js'));

const CSS = `
:host { display: block; font: inherit; color: #1a1a1a; }
.root { max-width: 60rem; }
.bar, .filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: end; }
.filters { min-width: 0; border: 1px solid #8a8a8a; border-radius: 0.25rem; padding: 0.5rem 1rem 0.75rem; margin: 0.75rem 0; }
.field { display: flex; flex-direction: column; gap: 0.25rem; min-width: 0; max-width: 100%; }
.field.grow { flex: 1 1 16rem; }
label, legend { font-weight: 600; }
input, select { max-width: 100%; font: inherit; padding: 0.4rem 0.5rem; border: 1px solid #5c5c5c; border-radius: 0.25rem; background: #fff; color: #1a1a1a; min-height: 2.75rem; box-sizing: border-box; }
button.more { font: inherit; margin-top: 0.75rem; padding: 0.5rem 1rem; min-height: 2.75rem; border: 1px solid #0b4fbf; border-radius: 0.25rem; background: #fff; color: #0b4fbf; cursor: pointer; }
button.more[hidden] { display: none; }
article:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.count { font-weight: 600; margin: 0.75rem 0; }
.results { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
article { border: 1px solid #b0b0b0; border-radius: 0.375rem; padding: 0.75rem 1rem; background: #fff; }
h3 { margin: 0 0 0.25rem; font-size: 1.125rem; }
.kind { margin: 0; font-size: 0.875rem; color: #4a4a4a; }
.snippet { margin: 0.5rem 0; }
mark { background: #ffe27a; color: #000; }
.meta { margin: 0.25rem 0; padding: 0; list-style: none; }
.meta li { margin: 0.125rem 0; }
.links { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0.25rem 0; padding: 0; list-style: none; }
a { color: #0b4fbf; }
.note { font-size: 0.875rem; color: #4a4a4a; }
.error { color: #a00000; font-weight: 600; }
button.more:disabled { cursor: default; opacity: 0.6; }
.results.waiting { opacity: 0.6; }
`;

let sharedSheet = null;
function styleSheet() {
  if (sharedSheet === null) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(CSS);
  }
  return sharedSheet;
}

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:\+?[0-9])/i;
// A phone shows two or three cards: render a page of ten, more on request.
const RESULTS_PER_PAGE = 10;
const TYPING_DELAY_MS = 60;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Text with highlighted character ranges (Unicode code points) as <mark> elements. */
function highlighted(node, text, ranges) {
  const chars = Array.from(text);
  let at = 0;
  for (const { start, end } of [...(ranges ?? [])].sort((a, b) => a.start - b.start)) {
    if (start < at || end > chars.length || start >= end) continue;
    node.append(document.createTextNode(chars.slice(at, start).join('')));
    node.append(element('mark', {}, chars.slice(start, end).join('')));
    at = end;
  }
  node.append(document.createTextNode(chars.slice(at).join('')));
  return node;
}

/** `lang` (and `dir`) on a text that is not in the page's language. */
function markLanguage(node, locale, direction, pageLocale) {
  if (locale && locale !== 'und' && locale !== pageLocale) {
    node.setAttribute('lang', locale);
    if (direction) node.setAttribute('dir', direction);
  }
  return node;
}

/**
 * A guess at the reader's locale among the bundle's, for the first view only: exact tag,
 * else language. The core negotiates once loaded, and the widget re-renders in its choice.
 */
function guessLocale(manifest, languages) {
  for (const wanted of languages) {
    const tag = String(wanted).toLowerCase();
    const found = manifest.locales.find((l) => l.tag.toLowerCase() === tag)
      ?? manifest.locales.find((l) => l.tag.toLowerCase() === tag.split('-')[0]);
    if (found) return found.tag;
  }
  return manifest.source_locale;
}

/** What the widget renders from: the loaded directory. */
function liveView(directory, locale) {
  return {
    live: true,
    locales: directory.manifest.locales,
    ui: (id, args) => directory.ui(id, args, [locale]).text,
    metadata: () => directory.metadata([locale]),
    filterOptions: () => directory.filterOptions([locale]),
    search: (request) => directory.search(request),
    card: (kind, id) => directory.card(kind, id, [locale]),
  };
}

/**
 * What the widget renders from before the WebAssembly is ready: the locale's first view
 * from the bundle (the core's listing, cards and strings, computed at export). It answers
 * only the first listing; anything else waits for the directory.
 */
function firstView(view, manifest) {
  // The unfiltered empty query, asking for exactly the hits the view holds.
  const isFirstListing = (request) => request.query === ''
    && Math.min(request.limit, view.results.total) === view.results.hits.length
    && !request.kinds && !request.field && !request.municipality && !request.offered_in;
  return {
    live: false,
    locales: manifest.locales,
    // `count-results` in the view already counts this listing.
    ui: (id) => view.ui[id]?.text ?? id,
    metadata: () => view.metadata,
    filterOptions: () => view.filter_options,
    search: (request) => (isFirstListing(request) ? view.results : null),
    card: (kind, id) => view.cards.find((card) => card.kind === kind && card.id === id),
  };
}

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

  connectedCallback() {
    if (this.#root === null) {
      this.#root = this.attachShadow({ mode: 'open' });
      this.#root.adoptedStyleSheets = [styleSheet()];
      this.#parts = this.#skeleton();
      this.#root.append(this.#parts.root);
    }
    if (this.#directory === null) this.#load();
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
    const filters = element('fieldset', { class: 'filters' }, element('legend'));
    const selects = {};
    for (const name of Object.keys(this.#filters)) {
      const select = element('select', { id: `filter-${name}`, 'data-filter': name });
      select.addEventListener('change', () => {
        this.#filters[name] = select.value;
        this.#shown = RESULTS_PER_PAGE;
        this.#search();
      });
      selects[name] = select;
      filters.append(element('div', { class: 'field' }, element('label', { for: `filter-${name}` }), select));
    }
    const count = element('p', { class: 'count', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const results = element('ul', { class: 'results' });
    const more = element('button', { type: 'button', class: 'more', hidden: true });
    more.addEventListener('click', () => this.#showMore());
    const note = element('p', { class: 'note' });
    // Load errors get their own place: relabelling (note) must not remove them.
    const alert = element('p', { class: 'alert' });
    const root = element('div', { class: 'root' }, bar, filters, count, results, more, note, alert);
    return { root, search, language, filters, selects, count, results, more, note, alert };
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
    this.dispatchEvent(new CustomEvent('wegweiser-ready', { bubbles: true, composed: true, detail: { locale: negotiated.locale } }));
  }

  /** Labels, language switcher and filter options in the current locale. */
  #label() {
    const { root, search, language, filters, selects, note } = this.#parts;
    root.querySelector('label[for=query]').textContent = this.#ui('widget-search-label');
    search.placeholder = this.#ui('widget-search-placeholder');
    root.querySelector('label[for=language]').textContent = this.#ui('widget-language-label');
    filters.querySelector('legend').textContent = this.#ui('widget-filters-label');
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
    const metadata = this.#view.metadata();
    note.replaceChildren();
    if (metadata.demo && metadata.demo_notice) {
      note.append(markLanguage(element('span', {}, metadata.demo_notice.text),
        metadata.demo_notice.locale, metadata.demo_notice.direction, this.#locale));
    }
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
    const rendered = JSON.stringify([this.#locale, request, found.total, found.hits.map((hit) => [hit.kind, hit.id])]);
    if (rendered !== this.#rendered) {
      this.#rendered = rendered;
      this.#facets(found.facets);
      this.#parts.count.textContent = this.#ui('count-results', { count: found.total });
      results.replaceChildren(...found.hits.map((hit) => this.#card(hit)).filter((item) => item !== null));
    }
    more.hidden = found.total <= found.hits.length;
    // More results need the directory; the first view has one page.
    this.#parts.more.disabled = !this.#view.live;
    this.dispatchEvent(new CustomEvent('wegweiser-results', { bubbles: true, composed: true, detail: { total: found.total, query: request.query, preview: !this.#view.live } }));
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

  #card(hit) {
    const page = this.#locale;
    const card = this.#view.card(hit.kind, hit.id);
    if (!card) return null;
    const title = markLanguage(highlighted(element('h3'), hit.title, hit.title_highlights),
      card.name.locale, card.name.direction, page);
    const article = element('article', {}, title,
      element('p', { class: 'kind' }, this.#ui(`kind-${hit.kind}`)));
    if (hit.snippet) {
      const snippetDirection = hit.snippet_locale === card.description?.locale ? card.description.direction : undefined;
      article.append(markLanguage(highlighted(element('p', { class: 'snippet' }), hit.snippet, hit.highlights),
        hit.snippet_locale, snippetDirection ?? 'auto', page));
    }
    const meta = element('ul', { class: 'meta' });
    for (const place of card.places) {
      const item = element('li', {}, element('span', {}, `${this.#ui('label-address')}: `));
      if (place.name) {
        item.append(markLanguage(element('span', {}, place.name.text), place.name.locale, place.name.direction, page), ', ');
      }
      item.append(element('span', { dir: 'ltr' }, `${place.street}, ${place.postal_code} ${place.town}`));
      if (place.step_free) item.append(` (${place.step_free.text})`);
      meta.append(item);
    }
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
    return element('li', {}, article);
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('wegweiser-directory')) {
  customElements.define('wegweiser-directory', WegweiserDirectoryElement);
}
