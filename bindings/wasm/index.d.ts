// Types of the wegweiser npm package. Data objects use the same snake_case field names
// as the CLI's and the core's JSON.

export type Kind =
  | 'service' | 'measure' | 'field' | 'organization' | 'contact' | 'municipality'
  | 'location' | 'goal' | 'recommendation' | 'principle' | 'target-group';
export type Direction = 'ltr' | 'rtl';
/** One language tag, or several best first; omitted: `navigator.languages`. */
export type Languages = string | readonly string[];

/** Error codes: see the README. */
export type ErrorCode =
  | 'io' | 'write' | 'refused' | 'invalid-data' | 'invalid-locale' | 'json' | 'not-found' | 'search'
  | 'invalid-argument' | 'fetch' | 'wasm-load' | 'internal';

export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

export class WegweiserError extends Error {
  readonly name: 'WegweiserError';
  readonly code: ErrorCode;
  /** For `invalid-data`: every problem found, with file, line and column. */
  readonly problems?: Problem[];
}

/** A text in the locale it came from; `fallback` texts deserve `lang={locale}`. */
export interface LocalizedText {
  text: string;
  locale: string;
  direction: Direction;
  fallback: boolean;
  machine_translated?: boolean;
  /** The source text changed after this translation was made (`l10n.lock`). */
  outdated?: boolean;
}

export interface Negotiated {
  locale: string;
  chain: string[];
  ui_locale: string;
  direction: Direction;
}

export interface LocaleInfo {
  tag: string;
  /** The language's name in itself ("Dolnoserbšćina", "العربية"). */
  name: string;
  direction: Direction;
}

export interface ListFilter {
  municipality?: string;
  field?: string;
  offered_in?: string;
  include_internal?: boolean;
  /** Services one can walk into then (see `SearchRequest.open_at`). */
  open_at?: string;
  /** Nearest first from a municipality or `"51.57,14.37"`; items get `distance_km`. */
  near?: string;
  within_km?: number;
}

export interface NamedReference {
  key: string;
  kind: Kind;
  id: string;
  name: LocalizedText;
}

/** An entity as the core writes it: its structure fields, `texts` and `references`. */
export interface Item {
  kind: Kind;
  id: string;
  texts: Record<string, LocalizedText>;
  references: NamedReference[];
  [field: string]: unknown;
}

export interface SearchRequest {
  query: string;
  locales?: string[];
  /** Shorthand for `locales`. */
  lang?: Languages;
  kinds?: Array<'service' | 'measure' | 'organization' | 'field'>;
  field?: string;
  municipality?: string;
  offered_in?: string;
  target_group?: string;
  free?: boolean;
  /** Only services one can walk into then: RFC 3339, local time of the directory
   * (`2026-12-24T10:00`), or a `Date` or milliseconds (turned into RFC 3339). */
  open_at?: string | Date | number;
  /** Nearest first, from a municipality (German or Sorbian name) or `"51.57,14.37"`. */
  near?: string;
  /** With `near`: only hits at most this many kilometres away. */
  within_km?: number;
  limit?: number;
  offset?: number;
}

/** A range of characters (Unicode code points, not UTF-16 units). */
export interface Highlight {
  start: number;
  end: number;
}

export interface SearchHit {
  kind: Kind;
  id: string;
  title: string;
  title_locale: string;
  title_highlights: Highlight[];
  snippet: string;
  snippet_locale: string;
  highlights: Highlight[];
  score: number;
  /** With `near`: kilometres to the hit's nearest place … */
  distance_km?: number;
  /** … and as the reader reads it ("2,4 km"). */
  distance?: string;
}

export interface Facets {
  kind: Record<string, number>;
  field: Record<string, number>;
  municipality: Record<string, number>;
  offered_in: Record<string, number>;
  target_group: Record<string, number>;
  free: Record<string, number>;
}

export interface SearchResults {
  total: number;
  hits: SearchHit[];
  facets: Facets;
  locale: string;
  relaxed: boolean;
}

export interface CardPlace {
  name: LocalizedText | null;
  street: string;
  postal_code: string;
  town: string;
  step_free: LocalizedText | null;
  /** The place on openstreetmap.org: a plain link, nothing is loaded before it is followed. */
  map_url?: string;
}

/** The state of a service at an instant, in the reader's language. */
export interface HoursNow {
  state: 'open' | 'closed' | 'by-appointment' | 'by-arrangement' | 'unknown';
  /** "Jetzt geöffnet, bis 16:00 Uhr", "Heute geschlossen (Pfingstmontag) · öffnet …". */
  text: string;
  locale: string;
  /** RFC 3339: when the current state ends. */
  until?: string;
  /** RFC 3339: when a closed service opens next. */
  next_opening?: string;
  /** A holiday's code (`whit-monday`) or `closure:<id>`. */
  reason?: string;
}

export interface HoursOf extends HoursNow {
  id: string;
}

export interface HoursDay {
  date: string;
  label: string;
  hours: string;
  holiday?: string;
  closure?: string;
  open: boolean;
}

export interface CardLink {
  kind: 'phone' | 'email' | 'website';
  label: string;
  /** `tel:+…`, `mailto:…` or an http(s) URL; nothing else. */
  href: string;
}

export interface Card {
  kind: Kind;
  id: string;
  name: LocalizedText;
  description: LocalizedText | null;
  places: CardPlace[];
  links: CardLink[];
  hours: string[];
  languages: Array<{ tag: string; name: string }>;
  cost: LocalizedText | null;
}

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterOptions {
  kind: FilterOption[];
  field: FilterOption[];
  municipality: FilterOption[];
  offered_in: FilterOption[];
}

export interface BundleLocale {
  tag: string;
  name: string;
  direction: Direction;
  coverage: number;
  machine_translated: boolean;
  file: { path: string; bytes: number };
  /** `locales/<tag>/l10n.lock`: which source text each translation was made from. */
  lock?: { path: string; bytes: number };
  /** `first/<tag>.json`: the first listing, cards and UI strings, for a page to show before the WebAssembly is ready. */
  first_view?: { path: string; bytes: number };
}

export interface WebManifest {
  format: 'wegweiser-web/1';
  source_locale: string;
  structure: { path: string; bytes: number };
  locales: BundleLocale[];
  /** Files every reader needs, fetched while the WebAssembly compiles. */
  preload: string[];
  /** A fingerprint of all the bundle's files: it changes exactly when they do. */
  version: string;
}

export interface Metadata {
  id: string;
  source_locale: string;
  locales: string[];
  status_as_of: string;
  version: string;
  demo: boolean;
  country_code: string;
  /** ISO 3166-1 alpha-2 country of the addresses (`DE`). */
  country?: string;
  /** State of the addresses (`Brandenburg`). */
  state_province?: string;
  /** The IANA time zone of all opening hours (`Europe/Berlin`). */
  time_zone: string;
  /** Whose public holidays close offices (`DE-BB`). */
  holidays?: string;
  title?: LocalizedText;
  region?: LocalizedText;
  description?: LocalizedText;
  demo_notice?: LocalizedText;
}

export type WasmSource = BufferSource | WebAssembly.Module | URL | string | Response | Promise<Response>;

/** Loads the WebAssembly module once (in a browser it is found next to the package). */
export function initialize(wasm?: WasmSource): Promise<unknown>;

export interface LoadOptions {
  /** Best first; default `navigator.languages`. */
  languages?: Languages;
  fetch?: (url: URL) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  wasm?: WasmSource;
}

/** Loads a folder written by `wegweiser export --format web`, only the locales needed. */
export function loadBundle(url: string | URL, options?: LoadOptions): Promise<Directory>;

/**
 * The locale of a bundle a reader who asks for `languages` (best first) reads in, chosen
 * as the core negotiates, without the WebAssembly: for showing a first view early.
 */
export function guessLocale(manifest: WebManifest, languages: readonly string[]): string;

export class Directory {
  private constructor();
  /** Set by `loadBundle`. */
  manifest: WebManifest | null;
  /** The locales whose texts were downloaded (set by `loadBundle`). */
  loadedLocales: string[] | null;
  static fromFiles(files: Record<string, string>): Directory;
  /** The whole JSON document `wegweiser export --format json` writes. */
  static fromJson(text: string): Directory;
  locales(): LocaleInfo[];
  negotiate(lang?: Languages): Negotiated;
  metadata(lang?: Languages): Metadata;
  list(kind: Kind, filter?: ListFilter, lang?: Languages): Item[];
  get(reference: string, lang?: Languages): Item;
  card(kind: Kind, id: string, lang?: Languages): Card;
  search(request: SearchRequest | string): SearchResults;
  prepareSearch(): void;
  filterOptions(lang?: Languages): FilterOptions;
  ui(id: string, args?: Record<string, string | number>, lang?: Languages): LocalizedText;
  /** The state of each service at `now` (a `Date` or milliseconds; default: now). */
  hoursNow(ids: readonly string[], now?: Date | number, lang?: Languages): HoursOf[];
  /** Seven days of a service's hours from the day of `now`. */
  week(id: string, now?: Date | number, lang?: Languages): HoursDay[];
  problems(): Problem[];
  free(): void;
}
