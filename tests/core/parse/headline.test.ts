import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeadline } from '../../../core/parse/headline.ts';

test('a headline is taken only when clearly one', () => {
  assert.equal(isHeadline(['Maluku siapkan kapal mudik', 'Ambon (ANTARA) - Isi.'], true), true);
  assert.equal(isHeadline(['Maluku siapkan kapal mudik', 'Pemerintah Provinsi Maluku menyiapkan tiga kapal tambahan untuk arus mudik.', 'Isi.'], false), true);
  assert.equal(isHeadline(['Harga cabai turun', 'Pedagang lega.'], false), false); // too few paragraphs, second too short
  assert.equal(isHeadline(['Pemerintah menambah armada.', 'Isi.', 'Isi.'], false), false); // a sentence
  assert.equal(isHeadline(['"Kami siap"', 'Ambon (ANTARA) - Isi.'], true), false); // a quote
  assert.equal(isHeadline(['Baca juga: Judul', 'Ambon (ANTARA) - Isi.'], true), false);
});
