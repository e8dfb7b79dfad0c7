// The check tokens made from the parser's tokens must be exactly the ones `tokenize` cuts itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, tokensFromParsed, type Range } from '../../../core/checks/text.ts';
import { tokenize as parserTokenize } from '../../../core/parse/tokens.ts';

function fnv(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

const PIECES = ['a', 'Z', 'Å', 'ä', 'İ', 'Σ', 'ς', '1', '0', '٣', '.', ',', '-', "'", '’', ' ', '"', '“', '(', ')', '😀', '𝐀', 'ß', '\u00a0', 'ayyuhallaÅ¼Ä', 'Rp2,5juta', '2,5-an', 'go.id', 'Jl.', 'kata', 'kataBudi', 'dilaporkanAP'];
const textArb = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((xs) => xs.join(''));

test('property: tokens from the parser\'s tokens equal tokenize\'s (or defer to it)', () => {
  fc.assert(fc.property(textArb, fc.nat(8), (text, cut) => {
    const from = Math.min(cut, text.length);
    const quotes: Range[] = text.length > 4 ? [[1, 4]] : [];
    const lower = text.toLowerCase();
    const derived = tokensFromParsed(text, from, quotes, lower, parserTokenize(text));
    if (!derived) return;
    // The parser's hash comes along where it has one: FNV-1a of the lower case, as WordTable hashes.
    for (const t of derived) if (t.hash !== 0) assert.equal(t.hash, fnv(t.lower));
    assert.deepEqual(derived.map((t) => ({ ...t, hash: 0 })), tokenize(text, from, quotes, lower));
  }), { numRuns: 3000 });
});

test('words the parser splits are joined as WORD joins them', () => {
  const text = 'Kurs 2,5 persen di go.id, Rp2,5juta.';
  assert.equal(tokensFromParsed(text, 0, [], text.toLowerCase(), parserTokenize(text)), null); // `2,5juta`: WORD stops inside a parser word
  const ok = 'Kurs 2,5 persen di go.id dan 2,5-an.';
  const got = tokensFromParsed(ok, 0, [], ok.toLowerCase(), parserTokenize(ok));
  assert.deepEqual(got?.map((t) => t.text), ['Kurs', '2,5', 'persen', 'di', 'go.id', 'dan', '2,5-an']);
});
