// Choosing the reader's locale among a bundle's before the WebAssembly is ready, exactly
// as the core negotiates (`WebManifest::locales_for`, which runs fluent-langneg's filtering
// strategy once per requested tag): the first requested tag with any match picks its best
// match; entries that are not language tags are skipped; with no match, the source
// locale. A test checks it against the core on regional, script and variant tags.

// fluent-langneg's own small table of likely subtags (it is built without CLDR data).
const LIKELY = {
  en: 'en-Latn-US', fr: 'fr-Latn-FR', sr: 'sr-Cyrl-SR', 'sr-RU': 'sr-Latn-SR',
  'az-IR': 'az-Arab-IR', 'zh-GB': 'zh-Hant-GB', 'zh-US': 'zh-Hant-US',
};
const REGION_IS_LANGUAGE = new Set(['az', 'bg', 'cs', 'de', 'es', 'fi', 'fr', 'hu', 'it', 'lt', 'lv', 'nl', 'pl', 'ro', 'ru']);

/** A language identifier `{ language, script, region, variants }`, or null. */
function parse(text) {
  const parts = text.split('-');
  const language = parts.shift().toLowerCase();
  if (!/^([a-z]{2,3}|[a-z]{5,8})$/.test(language)) return null;
  const id = { language: language === 'und' ? '' : language, script: '', region: '', variants: [] };
  if (parts.length > 0 && /^[a-z]{4}$/i.test(parts[0])) {
    const script = parts.shift();
    id.script = script[0].toUpperCase() + script.slice(1).toLowerCase();
  }
  if (parts.length > 0 && /^([a-z]{2}|[0-9]{3})$/i.test(parts[0])) id.region = parts.shift().toUpperCase();
  for (const variant of parts) {
    if (!/^([a-z0-9]{5,8}|[0-9][a-z0-9]{3})$/i.test(variant)) return null;
    id.variants.push(variant.toLowerCase());
  }
  id.variants.sort();
  return id;
}

const format = (id) => [id.language || 'und', id.script, id.region, ...id.variants].filter(Boolean).join('-');

/** A requested tag as the core reads it (`de_DE.UTF-8` → de-DE); null for junk and `und`. */
function requested(value) {
  const cleaned = String(value).trim().split(/[.@]/)[0].replace(/_/g, '-');
  const id = parse(cleaned);
  return id === null || id.language === '' ? null : id;
}

function maximize(id) {
  const extended = LIKELY[format(id)];
  if (extended) {
    const { language, script, region } = parse(extended);
    Object.assign(id, { language, script, region });
    return true;
  }
  if (REGION_IS_LANGUAGE.has(id.language)) {
    id.region = id.language.toUpperCase();
    return true;
  }
  return false;
}

/** unic-langid's `matches`: `a` is an available locale, `b` the request. */
function matches(a, b, aRange, bRange) {
  const one = (x, y) => (aRange && x === '') || (bRange && y === '') || x === y;
  const variants = (aRange && a.variants.length === 0) || (bRange && b.variants.length === 0)
    || a.variants.join('-') === b.variants.join('-');
  return one(a.language, b.language) && one(a.script, b.script) && one(a.region, b.region) && variants;
}

/** The best match for one request among `available`, in fluent-langneg's order of steps. */
function bestMatch(req, available) {
  const find = (aRange, bRange) => available.find((a) => matches(a.id, req, aRange, bRange));
  const steps = [
    () => find(false, false),
    () => find(true, false),
    () => (maximize(req) ? find(true, false) : undefined),
    () => { req.variants = []; return find(true, true); },
    () => { req.region = ''; return maximize(req) ? find(true, false) : undefined; },
    () => { req.region = ''; return find(true, true); },
  ];
  for (const step of steps) {
    const found = step();
    if (found) return found.tag;
  }
  return null;
}

/**
 * The locale of `manifest` (from `wegweiser.json`) a reader who asks for `languages`
 * (best first, as `navigator.languages`) reads in.
 */
export function guessLocale(manifest, languages) {
  const available = (manifest.locales ?? [])
    .map((l) => ({ tag: l.tag, id: parse(String(l.tag)) }))
    .filter((l) => l.id !== null);
  for (const wanted of languages ?? []) {
    const req = requested(wanted);
    if (req === null) continue;
    const found = bestMatch(req, available);
    if (found !== null) return found;
  }
  return manifest.source_locale;
}
