import type { Directory } from './index.js';

/**
 * `<wegweiser-directory src="data/" lang="dsb">`. Events: `wegweiser-ready`
 * (`detail.locale`; searching works from now on), `wegweiser-results` (`detail.total`,
 * `detail.query`, `detail.preview`: true for the bundle's first view, shown before the
 * WebAssembly is ready), `wegweiser-error` (`detail` is the WegweiserError).
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
