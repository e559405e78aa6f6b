// The widget's styles: one constructed stylesheet shared by every instance, so a
// Content-Security-Policy without 'unsafe-inline' applies.

const CSS = `
:host { display: block; font: inherit; color: #1a1a1a; min-width: 0; max-width: 100%; }
.root { max-width: 60rem; min-width: 0; overflow-wrap: anywhere; }
.bar, .filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: end; }
.filters { min-width: 0; border: 1px solid #8a8a8a; border-radius: 0.25rem; padding: 0.5rem 1rem 0.75rem; padding-inline: clamp(0.5rem, 3vw, 1rem); margin: 0.75rem 0; }
.field { display: flex; flex-direction: column; gap: 0.25rem; min-width: 0; max-width: 100%; }
.field.grow { flex: 1 1 16rem; }
label, legend { font-weight: 600; }
input, select { width: 100%; max-width: 100%; font: inherit; padding: 0.4rem 0.5rem; border: 1px solid #5c5c5c; border-radius: 0.25rem; background: #fff; color: #1a1a1a; min-height: 2.75rem; box-sizing: border-box; }
button.more { font: inherit; margin-top: 0.75rem; padding: 0.5rem 1rem; min-height: 2.75rem; border: 1px solid #0b4fbf; border-radius: 0.25rem; background: #fff; color: #0b4fbf; cursor: pointer; }
button.more[hidden] { display: none; }
button.filter-toggle { display: none; font: inherit; margin-top: 0.5rem; padding: 0.5rem 1rem; min-height: 2.75rem; border: 1px solid #0b4fbf; border-radius: 0.25rem; background: #fff; color: #0b4fbf; cursor: pointer; }
@media (max-width: 40rem) {
  button.filter-toggle { display: inline-block; }
  .root:not(.filters-open) .filters { display: none; }
  .bar { gap: 0.5rem 1rem; }
}
article:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.summary { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center; justify-content: space-between; }
.count { font-weight: 600; margin: 0.75rem 0; }
button.print, button.print-list { font: inherit; font-size: 0.875rem; padding: 0.25rem 0.75rem; min-height: 2.75rem; border: 1px solid #5c5c5c; border-radius: 0.25rem; background: #fff; color: #1a1a1a; cursor: pointer; }
button.print { margin-top: 0.25rem; }
.offline { margin: 0.75rem 0; padding: 0.5rem 0.75rem; border-inline-start: 0.25rem solid #8a5a00; background: #fff6e0; color: #1a1a1a; }
.offline[hidden] { display: none; }
.results { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.75rem; }
.results > li { min-width: 0; }
article { border: 1px solid #b0b0b0; border-radius: 0.375rem; padding: 0.75rem 1rem; padding-inline: clamp(0.5rem, 3vw, 1rem); background: #fff; min-width: 0; overflow-wrap: anywhere; hyphens: auto; }
h3 { margin: 0 0 0.25rem; font-size: 1.125rem; }
.kind { margin: 0; font-size: 0.875rem; color: #4a4a4a; }
.snippet { margin: 0.5rem 0; }
mark { background: #ffe27a; color: #000; }
.meta { margin: 0.25rem 0; padding: 0; list-style: none; }
.meta li { margin: 0.125rem 0; }
.links { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0.25rem 0; padding: 0; list-style: none; }
a { color: #0b4fbf; }
.note { font-size: 0.875rem; color: #4a4a4a; }
.field.check { flex-direction: row; align-items: center; gap: 0.5rem; min-height: 2.75rem; }
.field.check input { width: 1.5rem; min-height: 1.5rem; margin: 0; }
button.near-me { font: inherit; padding: 0.5rem 1rem; min-height: 2.75rem; border: 1px solid #0b4fbf; border-radius: 0.25rem; background: #fff; color: #0b4fbf; cursor: pointer; }
.near-status { flex-basis: 100%; margin: 0; font-size: 0.875rem; }
.near-status:empty { display: none; }
.hours-now { margin: 0.25rem 0; font-weight: 600; }
.hours-now.open { color: #0a6b2b; }
.hours-now.closed { color: #8a1c1c; }
.hours-now.by-appointment, .hours-now.by-arrangement { color: #6b4a00; }
.outdated-note { margin: 0.25rem 0; font-size: 0.875rem; color: #4a4a4a; font-style: italic; }
.error { color: #a00000; font-weight: 600; }
button.more:disabled { cursor: default; opacity: 0.6; }
.results.waiting { opacity: 0.6; }
/* On paper: the results only (or one card), in black, with address, hours and numbers. */
@media print {
  :host, .root, article, .kind, .note, .outdated-note, a { color: #000; }
  .root { max-width: none; }
  .bar, .filter-toggle, .filters, button.more, button.print, button.print-list, .alert { display: none !important; }
  .hours-now { color: #000; }
  .root.print-one .results > li:not(.print-this), .root.print-one .summary, .root.print-one .offline { display: none; }
  article { border-color: #000; break-inside: avoid; }
  a { text-decoration: none; }
  mark { background: none; color: inherit; font-weight: 600; }
}
`;

let sharedSheet = null;
export function styleSheet() {
  if (sharedSheet === null) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(CSS);
  }
  return sharedSheet;
}

