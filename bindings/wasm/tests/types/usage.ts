// Compiled by `tsc --noEmit` in scripts/test: the types describe how the package is used.
import { Directory, WegweiserError, guessLocale, loadBundle, type SearchResults } from '../../index.js';
import { WegweiserDirectoryElement } from '../../component.js';

async function example(): Promise<number> {
  const directory: Directory = await loadBundle('/data/', { languages: ['dsb', 'de'] });
  const negotiated = directory.negotiate();
  const guessed: string | null = directory.manifest && guessLocale(directory.manifest, ['dsb-DE', 'de']);
  const copy: Directory = Directory.fromJson('{}');
  copy.free();
  void guessed;
  const results: SearchResults = directory.search({ query: 'Sprachkurs', lang: negotiated.locale, municipality: 'Grodk' });
  const first = results.hits[0];
  const card = directory.card(first.kind, first.id, negotiated.locale);
  const links: string[] = card.links.map((link) => link.href);
  const count: string = directory.ui('count-results', { count: results.total }).text;
  try {
    directory.get('service:nope');
  } catch (error) {
    if (error instanceof WegweiserError && error.code === 'not-found') return links.length + count.length;
  }
  const element = document.querySelector('wegweiser-directory');
  const viaElement: WegweiserDirectoryElement | null = element;
  return viaElement?.directory?.list('service', { municipality: 'Guben' }).length ?? 0;
}

export { example };
