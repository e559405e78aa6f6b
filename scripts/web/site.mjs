// Assembles the example site (page + npm package + web bundle) into a folder and serves
// it on 127.0.0.1 with gzip, as a municipal web server would. Used by scripts/serve-example,
// the browser tests and scripts/bench-web.
//
//   node scripts/web/site.mjs serve [--port 8080]   build nothing; assemble and serve
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ftl': 'text/plain; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The CLI binary, built by cargo if needed. */
export function cli() {
  execFileSync('cargo', ['build', '--quiet', '--locked', '-p', 'wegweiser-cli'], { cwd: root, stdio: 'inherit' });
  return path.join(root, 'target', 'debug', 'wegweiser');
}

/** `wegweiser export --format web` of a directory folder (default: the built-in sample). */
export function exportBundle(outDir, directoryDir) {
  const args = ['export', '--format', 'web', '--out', outDir];
  if (directoryDir) args.unshift('--dir', directoryDir);
  execFileSync(cli(), args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
}

/**
 * The JavaScript files the npm package ships (from its package.json `files`), relative to
 * bindings/wasm: the API, the locale guess and the component with its modules.
 */
export function packageScripts() {
  const pkg = path.join(root, 'bindings', 'wasm');
  const listed = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).files;
  const out = [];
  for (const entry of listed.filter((f) => !f.startsWith('pkg/'))) {
    const full = path.join(pkg, entry);
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) {
        if (name.endsWith('.js')) out.push(path.join(entry, name));
      }
    } else if (entry.endsWith('.js')) {
      out.push(entry);
    }
  }
  return out;
}

/**
 * The example site in `outDir`: examples/web, the package under `wegweiser/` (needs
 * scripts/build-wasm first) and the sample's web bundle under `data/`.
 */
export function assemble(outDir) {
  const pkg = path.join(root, 'bindings', 'wasm');
  if (!fs.existsSync(path.join(pkg, 'pkg', 'wegweiser_wasm_bg.wasm'))) {
    throw new Error('bindings/wasm/pkg is missing: run scripts/build-wasm first');
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  copy(path.join(root, 'examples', 'web'), outDir);
  for (const file of packageScripts()) copy(path.join(pkg, file), path.join(outDir, 'wegweiser', file));
  for (const file of ['wegweiser_wasm.js', 'wegweiser_wasm_bg.wasm']) {
    copy(path.join(pkg, 'pkg', file), path.join(outDir, 'wegweiser', 'pkg', file));
  }
  exportBundle(path.join(outDir, 'data'));
  return outDir;
}

/**
 * Serves `dir` on 127.0.0.1 (port 0: any free one). Resolves to `{ url, close, setOffline }`;
 * `setOffline(true)` drops every request's connection, as a lost network does.
 */
export function serve(dir, port = 0) {
  const cache = new Map();
  let offline = false;
  const server = http.createServer((request, response) => {
    if (offline) {
      request.socket.destroy();
      return;
    }
    const url = new URL(request.url, 'http://127.0.0.1');
    let file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(path.resolve(dir))) {
      response.writeHead(403).end();
      return;
    }
    if (file.endsWith(path.sep)) file = path.join(file, 'index.html');
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && !file.endsWith('.png')) {
        const key = `${file}:${body.length}`;
        if (!cache.has(key)) cache.set(key, zlib.gzipSync(body, { level: 9 }));
        headers['content-encoding'] = 'gzip';
        response.writeHead(200, headers).end(cache.get(key));
      } else {
        response.writeHead(200, headers).end(body);
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => server.close(done)),
        setOffline: (value) => { offline = Boolean(value); },
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'serve') {
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 8080;
  const dir = assemble(path.join(root, 'target', 'web-example'));
  const { url } = await serve(dir, port);
  console.log(`The example district site: ${url} (Ctrl-C stops)`);
}
