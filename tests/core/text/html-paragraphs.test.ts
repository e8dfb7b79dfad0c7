import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParagraphBuilder, splitOnBlankLines } from '../../../core/text/html-paragraphs.ts';

function build(steps: (string | null)[], options?: { preserveSpaces?: boolean }): string[] {
  const b = new ParagraphBuilder(options);
  for (const s of steps) if (s === null) b.boundary(); else b.text(s);
  return b.finish();
}

test('whitespace collapses like a browser shows it, across inline elements', () => {
  assert.deepEqual(build(['  Pemerintah \n Kota', ' ', 'Bogor', '  menyiapkan\tposko ']), ['Pemerintah Kota Bogor menyiapkan posko']);
});

test('no space is invented where elements touch', () => {
  assert.deepEqual(build(['ka', 'ta', ' ', 'lain']), ['kata lain']);
});

test('boundaries split paragraphs and empty ones are dropped', () => {
  assert.deepEqual(build(['Satu', null, '   ', null, null, 'Dua', null, '\u00a0']), ['Satu', 'Dua']);
});

test('a no-break space inside a paragraph is kept for the cleaner to see', () => {
  assert.deepEqual(build(['40\u00a0posko']), ['40\u00a0posko']);
});

test('preserveSpaces keeps a document\'s own double spaces', () => {
  assert.deepEqual(build(['Kata  ganda.'], { preserveSpaces: true }), ['Kata  ganda.']);
  assert.deepEqual(build(['Kata  ganda.']), ['Kata ganda.']);
});

test('take() returns the pending text without making a paragraph', () => {
  const b = new ParagraphBuilder();
  b.text(' Judul  berita ');
  assert.equal(b.take(), 'Judul berita');
  b.text('Isi');
  assert.deepEqual(b.finish(), ['Isi']);
});

test('plain text splits on blank lines only', () => {
  assert.deepEqual(splitOnBlankLines('Satu\nbaris dua\n\n  \nTiga\r\n\r\nEmpat'), ['Satu\nbaris dua', 'Tiga', 'Empat']);
});
