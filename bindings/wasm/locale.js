// Choosing the reader's locale among a bundle's before the WebAssembly is ready, the way
// the core negotiates (`WebManifest::locales_for`): the first requested language tag the
// bundle has, exactly or by its language; junk entries are skipped; else the source
// locale. A test checks it against the core on every shipped locale.

/** A language tag as the core reads it (`de_DE.UTF-8` → `de-DE`), or null. */
function tagOf(value) {
  const cleaned = String(value).trim().split(/[.@]/)[0].replace(/_/g, '-');
  const lower = cleaned.toLowerCase();
  if (lower === '' || lower === 'c' || lower === 'posix' || lower.startsWith('und')) return null;
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(cleaned) ? cleaned : null;
}

/**
 * The locale of `manifest` (from `wegweiser.json`) a reader who asks for `languages`
 * (best first, as `navigator.languages`) reads in.
 */
export function guessLocale(manifest, languages) {
  const available = (manifest.locales ?? []).map((l) => l.tag);
  for (const wanted of languages ?? []) {
    const tag = tagOf(wanted);
    if (tag === null) continue;
    const exact = available.find((a) => a.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = tag.split('-')[0].toLowerCase();
    const same = available.filter((a) => a.split('-')[0].toLowerCase() === language);
    if (same.length > 0) return same.find((a) => a.toLowerCase() === language) ?? same[0];
  }
  return manifest.source_locale;
}
