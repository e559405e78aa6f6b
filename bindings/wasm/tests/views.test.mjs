// The widget's first view answers exactly the request it names (component/views.js),
// against the first views the CLI exports.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { answers } from '../component/views.js';
import { bundle } from './support.mjs';

const view = (tag) => JSON.parse(fs.readFileSync(path.join(bundle(), 'first', `${tag}.json`), 'utf8'));

test('a first view names its request and answers the widget asking for it', () => {
  const arabic = view('ar');
  assert.equal(arabic.request.query, '');
  assert.deepEqual(arabic.request.locales, ['ar']);
  assert.equal(arabic.request.limit, arabic.results.hits.length);
  // What the widget sends for its first page (component.js #search).
  const widget = { query: '', locales: ['ar'], limit: 10 };
  assert.equal(answers(arabic, widget), true);
  assert.equal(answers(arabic, { ...widget, kinds: [] }), true);
  assert.equal(answers(arabic, { ...widget, municipality: '' }), true, 'an empty filter is none');
});

test('a first view answers nothing else', () => {
  const arabic = view('ar');
  const widget = { query: '', locales: ['ar'], limit: 10 };
  assert.ok(arabic.results.total > 20, 'the listing has more than two pages');
  for (const other of [
    { ...widget, query: 'Kurs' },
    { ...widget, query: ' ' },
    { ...widget, locales: ['de'] },
    { ...widget, kinds: ['service'] },
    { ...widget, municipality: 'Grodk' },
    { ...widget, offered_in: 'uk' },
    { ...widget, target_group: 'refugees' },
    { ...widget, free: true },
    { ...widget, free: false },
    { ...widget, limit: 20 },
    { ...widget, offset: 10 },
  ]) {
    assert.equal(answers(arabic, other), false, JSON.stringify(other));
  }
});

test('a first view of an older bundle, without its request, answers the plain listing', () => {
  const { request, ...older } = view('de');
  assert.ok(request);
  assert.equal(answers(older, { query: '', locales: ['de'], limit: 10 }), true);
  assert.equal(answers(older, { query: 'x', locales: ['de'], limit: 10 }), false);
  assert.equal(answers(older, { query: '', locales: ['ar'], limit: 10 }), false);
});
