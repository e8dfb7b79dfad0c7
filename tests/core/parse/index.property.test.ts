// Property-based tests (fast-check): the parser never throws, and the text always comes back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseText, reanalyze, recoverOriginal } from '../../../core/parse/index.ts';

// Pieces of wire copy, so random stories hit datelines, quotes, cues and footers, not only noise.
const PIECES = [
  'Jakarta (ANTARA) - ', 'JAKARTA, KOMPAS.com - ', 'Jakarta - ', 'PARIS, 25 Nov (AFP) - ', '"', '“', '”', ',” kata ',
  '," ujar ', 'katanya.', 'Menurut dia, ', 'Menteri Keuangan Sri Wahyuni', 'Rutte', ' mengatakan, ', 'Baca juga: ',
  'Sumber: Anadolu', 'Pewarta: Ani', 'Editor: Budi', 'COPYRIGHT © ANTARA 2026', 'ADVERTISEMENT', '\n', '\n\n', '\r\n',
  '\r\n\r\n', ' ', '\u00a0', '.', ',', '(', ')', 'Presiden', 'dia', 'bahwa ', 'harga beras naik', '🙂', '\u200b', '\ud800',
];
const wireText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 40 })
  .map((xs) => xs.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), wireText);

test('parseText never throws and recoverOriginal gives back exactly the input', () => {
  fc.assert(fc.property(anyText, (t) => {
    const a = parseText(t);
    assert.equal(recoverOriginal(a), t);
  }), { numRuns: 1500 });
});

test('every quote range lies in its paragraph, every role is known, the lead is the lead text', () => {
  fc.assert(fc.property(wireText, (t) => {
    const a = parseText(t);
    for (const q of a.quotes) {
      const p = a.paragraphs[q.paragraph];
      assert.ok(p, 'quote paragraph exists');
      const last = a.paragraphs[q.endParagraph ?? q.paragraph];
      assert.ok(q.start >= 0 && q.start <= p.text.length);
      assert.ok(q.end >= 0 && q.end <= last.text.length);
      if (q.endParagraph === undefined) assert.equal(p.text.slice(q.start, q.end), q.text);
    }
    const lead = a.paragraphs.findIndex((p) => p.role === 'lead');
    if (lead >= 0) assert.ok(a.paragraphs[lead].text.endsWith(a.lead));
    if (a.dateline) assert.ok(a.dateline.length > 0);
  }), { numRuns: 800 });
});

test('reanalyze never throws, does not mutate, and is stable on an unedited article', () => {
  fc.assert(fc.property(wireText, (t) => {
    const a = parseText(t);
    const before = JSON.stringify(a);
    const b = reanalyze(a);
    assert.equal(JSON.stringify(a), before);
    assert.deepEqual(b.quotes, a.quotes);
    assert.deepEqual(b.related, a.related);
    assert.equal(recoverOriginal(b), t);
  }), { numRuns: 500 });
});
