// The offline copy of a wegweiser directory: a service worker that a page opts into with
// `<wegweiser-directory src="data/" offline="sw.js">`, where the page's `sw.js` is the
// one line `importScripts('wegweiser/offline-worker.js');` (a worker controls only pages
// at or below its own address, so it must be served from the page's folder or above).
//
// Every request goes to the network first. Only when the network fails does the worker
// answer from the copy, and it marks those answers with the header `x-wegweiser-offline`,
// so that the widget can say that it shows the saved copy. The copy holds what the widget
// asks for after a visit with a network: the page, the package and the bundle files the
// visitor used. There is one cache per bundle and version; a new version is saved whole
// before the old one is deleted, so the copy never mixes two versions.
'use strict';

const PREFIX = 'wegweiser-offline ';
const OFFLINE_HEADER = 'x-wegweiser-offline';
// A widget reports a few dozen files; anything far beyond that is not a widget.
const MAX_FILES = 500;
const VERSION = /^[0-9a-f]{1,64}$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const message = event.data;
  if (message === null || typeof message !== 'object' || message.type !== 'wegweiser-save') return;
  const port = event.ports[0];
  event.waitUntil(save(message).then(
    (result) => port?.postMessage({ ok: true, ...result }),
    (error) => port?.postMessage({ ok: false, error: String(error?.message ?? error) }),
  ));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(request));
});

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const saved = await fromCopy(request);
    if (saved !== null) return saved;
    throw error;
  }
}

/** The saved answer to `request` from any bundle's copy, marked as offline. */
async function fromCopy(request) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const hit = await (await caches.open(name)).match(request.url);
    if (hit === undefined) continue;
    const headers = new Headers(hit.headers);
    headers.set(OFFLINE_HEADER, name.slice(name.lastIndexOf(' ') + 1));
    return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers });
  }
  return null;
}

/** Same-origin absolute URLs without fragment, or an error naming the first bad one. */
function ownUrls(list) {
  if (!Array.isArray(list) || list.length > MAX_FILES) throw new Error(`expected up to ${MAX_FILES} URLs`);
  return [...new Set(list.map((text) => {
    const url = new URL(String(text));
    if (url.origin !== self.location.origin) throw new Error(`not this site's file: ${url}`);
    url.hash = '';
    return url.href;
  }))];
}

/**
 * Saves `urls` as the copy of the bundle whose manifest is at `manifest`, version
 * `version`: files already saved for this version are kept, the others fetched; once all
 * are in, copies of other versions of this bundle are deleted.
 */
async function save({ manifest, version, urls }) {
  if (typeof version !== 'string' || !VERSION.test(version)) throw new Error('no bundle version');
  const [manifestUrl] = ownUrls([manifest]);
  const wanted = ownUrls([manifestUrl, ...urls]);
  const name = `${PREFIX}${manifestUrl} ${version}`;
  const existed = await caches.has(name);
  const cache = await caches.open(name);
  const have = new Set((await cache.keys()).map((request) => request.url));
  const missing = wanted.filter((url) => !have.has(url));
  try {
    const responses = await Promise.all(missing.map(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response;
    }));
    // The server may have a newer bundle than the page was given: save none of it then.
    const index = missing.indexOf(manifestUrl);
    if (index >= 0) {
      const fetched = await responses[index].clone().json();
      if (fetched.version !== version) throw new Error(`the bundle changed meanwhile (${fetched.version})`);
    }
    await Promise.all(responses.map((response, i) => cache.put(missing[i], response)));
  } catch (error) {
    if (!existed) await caches.delete(name);
    throw error;
  }
  const older = (await caches.keys())
    .filter((other) => other.startsWith(`${PREFIX}${manifestUrl} `) && other !== name);
  await Promise.all(older.map((other) => caches.delete(other)));
  return { version, saved: missing.length, files: wanted.length, replaced: older.length };
}
