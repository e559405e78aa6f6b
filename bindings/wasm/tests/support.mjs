// Shared by the JavaScript tests: web bundles exported by the CLI, a fetch that reads
// them from disk, and the built package (scripts/build-wasm must have run).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { exportBundle, root, serve } from '../../../scripts/web/site.mjs';

export { root };
/** Debian's Chromium, which the browser tests drive. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** How the browser tests start it. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const work = path.join(root, 'target', 'wasm-tests');
/** Where browser tests save screenshots for a person to look at. */
export const artifacts = path.join(root, 'target', 'browser-artifacts');

/** Serves the assembled site `dir` and starts Chromium; `close()` stops both. */
export async function startBrowser(dir) {
  fs.mkdirSync(artifacts, { recursive: true });
  const site = await serve(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { site, browser, close: async () => { await browser.close(); await site.close(); } };
}

/** Writes `name` into the site `dir`: its page, showing the bundle in `folder/` instead of data/. */
export function pageFor(dir, name, folder) {
  const page = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  fs.writeFileSync(path.join(dir, name), page.replace('src="data/"', `src="${folder}/"`));
}
export const hostileDir = path.join(root, 'bindings', 'wasm', 'tests', 'fixtures', 'hostile');
export const wasmBytes = () => fs.readFileSync(path.join(root, 'bindings', 'wasm', 'pkg', 'wegweiser_wasm_bg.wasm'));

const exported = new Map();
/** The web bundle of a directory folder (default: the sample), exported once per run. */
export function bundle(name = 'sample', directoryDir = undefined) {
  if (!exported.has(name)) {
    const out = path.join(work, 'bundles', name);
    fs.rmSync(out, { recursive: true, force: true });
    exportBundle(out, directoryDir);
    exported.set(name, out);
  }
  return exported.get(name);
}

/** A `fetch` over a folder, which records what was asked for. */
export function folderFetch(dir) {
  const requested = [];
  const fetch = async (url) => {
    const relative = decodeURIComponent(new URL(url).pathname).replace(/^\/bundle\//, '');
    requested.push(relative);
    const file = path.join(dir, relative);
    if (!fs.existsSync(file)) return { ok: false, status: 404, text: async () => 'not found' };
    const body = fs.readFileSync(file, 'utf8');
    return { ok: true, status: 200, text: async () => body };
  };
  return { fetch, requested };
}
