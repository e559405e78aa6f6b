// DOM helpers of the widget. Data is only ever set as text (text nodes, attributes);
// links are built only from tel:, mailto: and http(s) URLs.

/** What a link may point at; anything else is shown as text. */
export const SAFE_LINK = /^(https?:\/\/|mailto:|tel:\+?[0-9])/i;

export function element(tag, attributes = {}, ...children) {
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
export function highlighted(node, text, ranges) {
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
export function markLanguage(node, locale, direction, pageLocale) {
  if (locale && locale !== 'und' && locale !== pageLocale) {
    node.setAttribute('lang', locale);
    if (direction) node.setAttribute('dir', direction);
  }
  return node;
}
