// Shared by the JavaScript tests: web bundles exported by the CLI, a fetch that reads
// them from disk, and the built package (scripts/build-wasm must have run).
import fs from 'node:fs';
import path from 'node:path';
import { exportBundle, root } from '../../../scripts/web/site.mjs';

export { root };
/** How the browser tests start Debian's Chromium. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const work = path.join(root, 'target', 'wasm-tests');
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
