import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyView } from '../../../core/export/story-view.ts';
import { loadFixture, OPTIONS } from './helpers.ts';

test('credits come from the fields; without them, from the credit lines', () => {
  const withFields = storyView(loadFixture('special-chars'), OPTIONS);
  assert.deepEqual(withFields.creditTexts, ['Pewarta: Nur Aini', 'Editor: Budi Santoso']);
  const a = loadFixture('special-chars');
  a.credits = { reporter: null, editor: null, translator: null };
  const fromLines = storyView(a, OPTIONS);
  assert.deepEqual(fromLines.creditTexts, ['Pewarta: Nur Aini / Editor: Budi Santoso']);
  assert.deepEqual(fromLines.credits.map((c) => [c.role, c.name]), [['reporter', 'Nur Aini'], ['editor', 'Budi Santoso']]);
});

test('the dateline as written in the lead, or built from its parts when the lead does not carry it', () => {
  assert.equal(storyView(loadFixture('seed'), OPTIONS).dateline, 'London (ANTARA)');
  const a = loadFixture('seed');
  a.dateline = { ...a.dateline!, length: 0 };
  assert.equal(storyView(a, OPTIONS).dateline, 'London (ANTARA)');
  assert.equal(storyView({ ...a, dateline: null }, OPTIONS).dateline, '');
});

test('provider: options, then the profile, then the dateline agency; dates fall back to now', () => {
  const a = loadFixture('no-quotes');
  assert.equal(storyView(a, { now: '2026-11-25T00:00:00Z', id: 'x' }).provider, 'ANTARA');
  assert.equal(storyView(a, { now: '2026-11-25T00:00:00Z', id: 'x', provider: 'Kompas' }).provider, 'Kompas');
  a.meta.date = 'kemarin';
  assert.equal(storyView(a, { now: '2026-11-25T00:00:00Z', id: 'x' }).date, '2026-11-25T00:00:00Z');
  assert.equal(storyView(a, { now: 'nonsense', id: 'x' }).now, '1970-01-01T00:00:00Z');
});
