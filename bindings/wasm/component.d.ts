import type { Directory } from './index.js';

/**
 * `<wegweiser-directory src="data/" lang="dsb" offline="sw.js">`. Events: `wegweiser-ready`
 * (`detail.locale`; searching works from now on; `detail.offline`: true when the data is
 * the offline copy), `wegweiser-results` (`detail.total`, `detail.query`,
 * `detail.preview`: true for the bundle's first view, shown before the WebAssembly is
 * ready), `wegweiser-error` (`detail` is the WegweiserError), `wegweiser-offline`
 * (with the `offline` attribute, after a visit with a network: `detail.saved`, and
 * `detail.version` of the saved copy or `detail.reason` why nothing was saved).
 */
export class WegweiserDirectoryElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The loaded directory, or null while loading. */
  readonly directory: Directory | null;
  connectedCallback(): void;
  attributeChangedCallback(name: string, previous: string | null, value: string | null): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'wegweiser-directory': WegweiserDirectoryElement;
  }
}
