// What the widget renders from: the loaded directory, or a first view from the bundle
// while the WebAssembly loads. Both offer the same calls.

/** What the widget renders from: the loaded directory. */
export function liveView(directory, locale) {
  return {
    live: true,
    locales: directory.manifest.locales,
    ui: (id, args) => directory.ui(id, args, [locale]).text,
    metadata: () => directory.metadata([locale]),
    filterOptions: () => directory.filterOptions([locale]),
    search: (request) => directory.search(request),
    card: (kind, id) => directory.card(kind, id, [locale]),
    hoursNow: (ids, now) => directory.hoursNow(ids, now, [locale]),
  };
}

/** A filter value as the core reads it: absent, `null` and `''` are the same. */
const value = (v) => (v === undefined || v === null || v === '' ? null : v);

/**
 * Whether a first view answers `request`: the view says which request it answers, and
 * it answers that one, or one that gets the same hits (the same `min(limit, total)`).
 */
export function answers(view, request) {
  // A bundle written before views named their request holds the plain first listing.
  const asked = view.request
    ?? { query: '', locales: [view.locale.locale], limit: view.results.hits.length, offset: 0 };
  const total = view.results.total;
  const kinds = (k) => JSON.stringify([...(k ?? [])].sort());
  return request.query === asked.query
    && JSON.stringify(request.locales ?? []) === JSON.stringify(asked.locales)
    && kinds(request.kinds) === kinds(asked.kinds)
    && ['field', 'municipality', 'offered_in', 'target_group', 'free', 'open_at', 'near', 'within_km']
      .every((name) => value(request[name]) === value(asked[name]))
    && (request.offset ?? 0) === asked.offset
    && Math.min(request.limit ?? 10, total) === Math.min(asked.limit, total);
}

/**
 * What the widget renders from before the WebAssembly is ready: the locale's first view
 * from the bundle (the core's listing, cards and strings, computed at export). It answers
 * only its own request; anything else waits for the directory.
 */
export function firstView(view, manifest) {
  return {
    live: false,
    locales: manifest.locales,
    // `count-results` in the view already counts this listing.
    ui: (id) => view.ui[id]?.text ?? id,
    metadata: () => view.metadata,
    filterOptions: () => view.filter_options,
    search: (request) => (answers(view, request) ? view.results : null),
    card: (kind, id) => view.cards.find((card) => card.kind === kind && card.id === id),
    // The state now needs the clock and the core: the cards get it once the directory is here.
    hoursNow: () => null,
  };
}
