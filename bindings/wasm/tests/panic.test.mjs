// A panic inside the core never escapes as a bare trap: it becomes a WegweiserError with
// code `internal`, and the broken instance refuses further calls with that same error.
// Its own file: node runs each test file in its own process, so no other test sees the
// broken instance. Needs the test build (scripts/test: WEGWEISER_WASM_FEATURES=deliberate-panic).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WegweiserError, initialize, loadBundle } from '../index.js';
import { bundle, folderFetch, wasmBytes } from './support.mjs';

const testBuild = process.env.WEGWEISER_TEST_BUILD === '1';

test('a panic in the core is an Error with code internal', { skip: !testBuild && 'not a test build' }, async () => {
  await initialize(wasmBytes());
  const files = folderFetch(bundle());
  const directory = await loadBundle('http://bundle.test/bundle/', { fetch: files.fetch, languages: ['de'] });
  assert.ok(directory.search({ query: 'Sprachkurs' }).hits.length > 0);
  let caught;
  try {
    directory.search({ query: 'wegweiser: deliberate panic' });
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof WegweiserError, `got ${caught}`);
  assert.ok(caught instanceof Error);
  assert.equal(caught.code, 'internal');
  assert.match(caught.message, /deliberate panic/);
  // Afterwards: the same clear error, never a wrong answer from half-changed state.
  assert.throws(() => directory.search({ query: 'Sprachkurs' }), (e) => e.code === 'internal');
});
