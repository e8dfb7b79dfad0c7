import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasMojibake, repairMojibake } from '../../../core/text/mojibake.ts';

/** What a UTF-8 text looks like after being read as Windows-1252 (as browsers decode it). */
function garble(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

test('the common UTF-8-read-as-1252 sequences are repaired', () => {
  assert.equal(repairMojibake('â€œKami siap,â€\u009d ujar dia.'), '“Kami siap,” ujar dia.');
  assert.equal(repairMojibake('CafÃ© LÃ©on â€“ Jakarta'), 'Café Léon – Jakarta');
  assert.equal(repairMojibake('Rp5.000â€¦'), 'Rp5.000…');
});

test('any garbled text comes back exactly', () => {
  const original = '“Kami tidak ingin warga terlambat,” ujar dia — café, naïve, Ω, 😀 and 中文.';
  assert.equal(repairMojibake(garble(original)), original);
});

test('text garbled twice is repaired twice', () => {
  const original = '“Kutipan” – café';
  assert.equal(repairMojibake(garble(garble(original))), original);
});

test('correct text, including lone accented capitals, is left alone', () => {
  for (const text of ['Ã la carte', 'Ãgua', 'Pemerintah Kota Bogor', '“Kami siap,” ujar dia.', 'Café Léon', 'Â']) {
    assert.equal(repairMojibake(text), text);
    assert.equal(hasMojibake(text), false);
  }
});

test('property: repair never throws and leaves plain ASCII untouched', () => {
  fc.assert(fc.property(fc.string(), (s) => { repairMojibake(s); }));
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abc XYZ.,"-\n'.split('')) }), (s) => repairMojibake(s) === s));
});

test('property: garbling any text and repairing gives it back', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
    // A text that already contains mojibake-like pairs may legitimately be "repaired" further.
    fc.pre(!hasMojibake(s));
    assert.equal(repairMojibake(garble(s)), s);
  }));
});

test('the lossy forms: â€ with U+FFFD, or with the last byte dropped, is a closing quote', () => {
  const text = 'Sri Mulyani mengatakan \u00e2\u20ac\u0153anggaran aman\u00e2\u20ac\ufffd untuk tahun depan.';
  assert.equal(repairMojibake(text), 'Sri Mulyani mengatakan “anggaran aman” untuk tahun depan.');
  assert.equal(repairMojibake('\u00e2\u20ac\u0153Kami siap,\u00e2\u20ac ujar Sri.'), '“Kami siap,” ujar Sri.');
  // A bare â€ before a space with no other sign of the accident is left as it is.
  assert.equal(repairMojibake('kode \u00e2\u20ac di tabel'), 'kode \u00e2\u20ac di tabel');
  // † (E2 80 A0) read as 1252 ends in a no-break space: it is repaired to †, not taken for a quote.
  assert.equal(repairMojibake('Nama\u00e2\u20ac\u00a0wafat'), 'Nama†wafat');
});
