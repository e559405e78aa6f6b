// The widget's side of the offline copy (the worker is ../offline-worker.js): after a
// visit with a network, it tells the worker which files this visit used, and it reads
// from an answer whether it came from the copy.

/** The header the worker sets on answers from the copy (its value: the copy's version). */
const OFFLINE_HEADER = 'x-wegweiser-offline';
// The package's files, relative to the built component.js at the package root.
const PACKAGE_FILES = ['component.js', 'index.js', 'locale.js', 'pkg/wegweiser_wasm.js', 'pkg/wegweiser_wasm_bg.wasm'];
const PAGE_FILES = 'link[rel~="stylesheet"][href], link[rel~="icon"][href], script[src]';

/** The version of the offline copy `response` came from, or null when from the network. */
export function offlineCopyOf(response) {
  return response?.headers?.get(OFFLINE_HEADER) ?? null;
}

/** Same-origin files this visit used: the page, its styles and scripts, the package, the bundle. */
export function visitFiles(base, manifestUrl, directory) {
  const page = new URL(location.href);
  page.hash = '';
  const own = [...document.querySelectorAll(PAGE_FILES)]
    .map((node) => new URL(node.getAttribute('href') ?? node.getAttribute('src'), document.baseURI))
    .filter((url) => url.origin === location.origin);
  const pkg = PACKAGE_FILES.map((file) => new URL(file, import.meta.url));
  const { manifest, loadedLocales } = directory;
  const bundle = [manifestUrl, manifest.structure.path];
  for (const locale of manifest.locales.filter((l) => loadedLocales.includes(l.tag))) {
    bundle.push(locale.file.path);
    if (locale.lock) bundle.push(locale.lock.path);
    if (locale.first_view) bundle.push(locale.first_view.path);
  }
  return [page, ...own, ...pkg, ...bundle.map((path) => new URL(path, base))].map(String);
}

/** The registration's worker once it is active. */
async function activeWorker(registration) {
  if (registration.active) return registration.active;
  const worker = registration.installing ?? registration.waiting;
  await new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('the offline worker did not start'));
    });
  });
  return worker;
}

/**
 * Registers the offline worker (`script`; empty: the package's own offline-worker.js) and
 * has it save what this visit used. Resolves to the worker's report
 * (`{ saved, version, files, replaced }`).
 */
export async function saveOffline(script, base, manifestUrl, directory) {
  if (!('serviceWorker' in navigator)) throw new Error('this browser has no service workers');
  const version = directory.manifest?.version;
  if (!version) throw new Error('the bundle has no version: export it again with `wegweiser export --format web`');
  const address = new URL(script || new URL('offline-worker.js', import.meta.url), document.baseURI);
  const registration = await navigator.serviceWorker.register(address);
  if (!location.href.startsWith(registration.scope)) {
    throw new Error(`this page is outside the worker's scope ${registration.scope}: serve the worker from the page's folder or above`);
  }
  const worker = await activeWorker(registration);
  const channel = new MessageChannel();
  const reply = new Promise((resolve) => {
    channel.port1.onmessage = (event) => resolve(event.data);
  });
  worker.postMessage({ type: 'wegweiser-save', manifest: manifestUrl, version, urls: visitFiles(base, manifestUrl, directory) }, [channel.port2]);
  const answer = await reply;
  if (!answer?.ok) throw new Error(answer?.error ?? 'the offline worker did not answer');
  return { saved: true, version: answer.version, files: answer.files, replaced: answer.replaced };
}
