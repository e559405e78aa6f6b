// wegweiser for the browser (and Node): load a directory, negotiate a locale, list,
// get one item, search. Every rule lives in the Rust core; this file turns its results
// into plain objects and its failures into WegweiserError objects.
import initWasm, * as raw from './pkg/wegweiser_wasm.js';

/** An error from wegweiser. `code` says what kind (see README); invalid data has `problems`. */
export class WegweiserError extends Error {
  constructor(message, code, problems) {
    super(message);
    this.name = 'WegweiserError';
    this.code = code;
    if (problems !== undefined) this.problems = problems;
  }
}

let ready = null;
// After a panic the WebAssembly instance may hold half-changed state: refuse further
// calls with a clear error instead of returning wrong results.
let broken = null;

/**
 * Loads the WebAssembly module once. In a browser it is fetched next to this file;
 * elsewhere pass its bytes, a URL or a `WebAssembly.Module`.
 */
export function initialize(wasm) {
  if (ready === null) {
    ready = initWasm(wasm === undefined ? undefined : { module_or_path: wasm }).catch((e) => {
      ready = null;
      throw new WegweiserError(`cannot load the WebAssembly module: ${e.message ?? e}`, 'wasm-load');
    });
  }
  return ready;
}

function convert(error) {
  if (error instanceof WegweiserError) return error;
  if (error instanceof WebAssembly.RuntimeError) {
    let detail = error.message;
    try {
      detail = raw.lastPanic() ?? detail;
    } catch {
      // The module cannot even say why: keep the trap's message.
    }
    broken = new WegweiserError(
      `wegweiser stopped after an internal error (${detail}); reload the page`,
      'internal',
    );
    return broken;
  }
  if (error instanceof Error && typeof error.code === 'string') {
    return new WegweiserError(error.message, error.code, error.problems);
  }
  return new WegweiserError(String(error?.message ?? error), 'internal');
}

function call(fn) {
  if (broken !== null) throw broken;
  try {
    return fn();
  } catch (e) {
    throw convert(e);
  }
}

function languages(lang) {
  if (lang === undefined || lang === null) {
    return typeof navigator !== 'undefined' && navigator.languages ? [...navigator.languages] : [];
  }
  return Array.isArray(lang) ? lang.map(String) : [String(lang)];
}

export { guessLocale } from './locale.js';

/**
 * Loads a web bundle written by `wegweiser export --format web`, downloading only the
 * locales the reader needs (from `options.languages`, default `navigator.languages`)
 * plus the source locale.
 */
export async function loadBundle(url, options = {}) {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const base = new URL(url, typeof document !== 'undefined' ? document.baseURI : undefined);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const fetchText = async (path) => {
    const address = new URL(path, base);
    let response;
    try {
      response = await fetchFn(address);
    } catch (e) {
      throw new WegweiserError(`cannot fetch ${address}: ${e.message ?? e}`, 'fetch');
    }
    if (!response.ok) {
      throw new WegweiserError(
        `cannot fetch ${address}: HTTP ${response.status}; is this the folder written by \`wegweiser export --format web\`?`,
        'fetch',
      );
    }
    return response.text();
  };
  // The manifest, and then the files every reader needs, download while the
  // WebAssembly compiles; the reader's own locales follow once the core has chosen them.
  const ready = initialize(options.wasm);
  ready.catch(() => {});
  const manifestText = await fetchText('wegweiser.json');
  const started = new Map();
  try {
    for (const path of JSON.parse(manifestText).preload ?? []) {
      const text = fetchText(path);
      text.catch(() => {});
      started.set(path, text);
    }
  } catch {
    // Not JSON: the core reports it below, with line and column.
  }
  await ready;
  const needed = call(() => raw.bundleFilesFor(manifestText, languages(options.languages)));
  const texts = await Promise.all(needed.files.map((path) => started.get(path) ?? fetchText(path)));
  const files = Object.fromEntries(needed.files.map((path, i) => [path, texts[i]]));
  const directory = Directory.fromFiles(files);
  directory.manifest = JSON.parse(manifestText);
  directory.loadedLocales = needed.locales;
  return directory;
}

/** A directory: its entities, texts in every loaded locale, and search. */
export class Directory {
  #inner;

  constructor(inner) {
    this.#inner = inner;
    /** The bundle's manifest, when loaded with `loadBundle`. */
    this.manifest = null;
    /** The locales whose texts were downloaded, when loaded with `loadBundle`. */
    this.loadedLocales = null;
  }

  /**
   * Files keyed by path, as `wegweiser export --format web` writes them: `directory.json`
   * and `locales/<locale>/<name>.ftl`. (This build has no TOML reader: export a
   * `directory.toml` folder first.)
   */
  static fromFiles(files) {
    return new Directory(call(() => raw.WasmDirectory.fromFiles(files)));
  }

  /** The whole JSON document `wegweiser export --format json` writes (structure and texts). */
  static fromJson(text) {
    return new Directory(call(() => raw.WasmDirectory.fromJson(String(text))));
  }

  /** Locales with texts, `[{ tag, name, direction }]`, each named in itself. */
  locales() {
    return call(() => this.#inner.locales());
  }

  /** The locale for these languages (default `navigator.languages`) and its fallback chain. */
  negotiate(lang) {
    return call(() => this.#inner.negotiate(languages(lang)));
  }

  metadata(lang) {
    return call(() => this.#inner.metadata(languages(lang)));
  }

  /** Entities of a kind (`service`, `measure`, `field`, `organization`, `contact`, `municipality`, …). */
  list(kind, filter = {}, lang) {
    return call(() => this.#inner.list(String(kind), filter ?? {}, languages(lang)));
  }

  /** One entity by reference, `"service:integration-course-forst"`. */
  get(reference, lang) {
    return call(() => this.#inner.get(String(reference), languages(lang)));
  }

  /** What a result card shows: texts, places, links (tel:, mailto:, http(s) only), hours, languages. */
  card(kind, id, lang) {
    return call(() => this.#inner.card(String(kind), String(id), languages(lang)));
  }

  /** Searches: `{ query, locales, kinds, field, municipality, offered_in, target_group, free, open_at, near, within_km, limit, offset }`. */
  search(request) {
    const req = typeof request === 'string' ? { query: request } : { ...request };
    if (req.locales === undefined && req.lang !== undefined) req.locales = languages(req.lang);
    delete req.lang;
    if (req.open_at instanceof Date || typeof req.open_at === 'number') {
      req.open_at = isoTime(req.open_at);
    }
    return call(() => this.#inner.search(req));
  }

  /** The state of each service at `now` (a `Date` or milliseconds; default: now). */
  hoursNow(ids, now = Date.now(), lang) {
    return call(() => this.#inner.hoursNow(Array.from(ids, String), millis(now), languages(lang)));
  }

  /** Seven days of a service's hours from the day of `now`. */
  week(id, now = Date.now(), lang) {
    return call(() => this.#inner.week(String(id), millis(now), languages(lang)));
  }

  /** Builds the search index now (it is otherwise built by the first search). */
  prepareSearch() {
    call(() => this.#inner.prepareSearch());
  }

  /** The choices of the search filters with localized labels. */
  filterOptions(lang) {
    return call(() => this.#inner.filterOptions(languages(lang)));
  }

  /** One of the library's UI strings, e.g. `ui('count-results', { count: 3 }, 'dsb')`. */
  ui(id, args = {}, lang) {
    return call(() => this.#inner.ui(String(id), args ?? {}, languages(lang)));
  }

  /** Warnings found while loading. */
  problems() {
    return call(() => this.#inner.problems());
  }

  /** Frees the WebAssembly memory now rather than when garbage collected. */
  free() {
    this.#inner.free();
  }
}

function millis(time) {
  return time instanceof Date ? time.getTime() : Number(time);
}

/** A `Date` or milliseconds as RFC 3339 (UTC); an invalid time stays as given, for the core to report. */
function isoTime(time) {
  const date = new Date(millis(time));
  return Number.isNaN(date.getTime()) ? String(time) : date.toISOString();
}
