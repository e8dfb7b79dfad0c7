import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinParagraphs, splitParagraphs } from '../../../core/parse/paragraphs.ts';

const roundTrip = (t: string) => {
  const s = splitParagraphs(t);
  assert.equal(joinParagraphs(s.paragraphs, s.gaps), t);
  return s.paragraphs;
};

test('blank lines separate paragraphs; surrounding whitespace goes to the gaps', () => {
  assert.deepEqual(roundTrip('  Satu.\n\n Dua. \n \n\nTiga.\n'), ['Satu.', 'Dua.', 'Tiga.']);
});

test('without blank lines every line is a paragraph (detik); CRLF and lone CR too', () => {
  assert.deepEqual(roundTrip('Satu.\nDua.\r\nTiga.\rEmpat.'), ['Satu.', 'Dua.', 'Tiga.', 'Empat.']);
});

test('hard-wrapped press-release lines stay one paragraph; long lines in a block are split', () => {
  const wrapped = 'Pemerintah kota Cekmekoy, Istanbul, Turki,\nmeresmikan kontes film pendek internasional.\n\nParagraf dua.';
  assert.deepEqual(roundTrip(wrapped), ['Pemerintah kota Cekmekoy, Istanbul, Turki,\nmeresmikan kontes film pendek internasional.', 'Paragraf dua.']);
  const long = 'a'.repeat(120) + '.\n' + 'b'.repeat(50) + '.\n\nAkhir.';
  assert.equal(roundTrip(long).length, 3);
});

test('footer lines inside a block stand alone', () => {
  assert.deepEqual(roundTrip('Isi.\n\nPewarta: Ani\nEditor: Budi\nCOPYRIGHT © ANTARA 2016'), ['Isi.', 'Pewarta: Ani', 'Editor: Budi', 'COPYRIGHT © ANTARA 2016']);
});

test('empty text: no paragraphs, one gap', () => {
  assert.deepEqual(splitParagraphs(''), { paragraphs: [], gaps: [''] });
  assert.deepEqual(splitParagraphs(' \n\n '), { paragraphs: [], gaps: [' \n\n '] });
});

test('joinParagraphs falls back to blank lines when the gaps do not fit', () => {
  assert.equal(joinParagraphs(['a', 'b'], ['']), 'a\n\nb');
});
