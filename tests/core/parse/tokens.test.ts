import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAcronym, isCapitalized, tokenize, tokenizeIn } from '../../../core/parse/tokens.ts';

// The tokenizer scans by hand what this regex matches; the scan must keep matching it exactly.
const TOKEN = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\S/gu;

function byRegex(text: string): Array<{ text: string; start: number; end: number; word: boolean }> {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    // One code point that is no letter counts as a word only outside the BMP (how it always was).
    word: m[0].length !== 1 || /[\p{L}\p{N}]/u.test(m[0]),
  }));
}

const SAMPLES = [
  'Sekretaris Jenderal NATO Mark Rutte, kata Al-Habsyi (55) — “Kami siap,” ujarnya.',
  "Jum'at  pagi\u00a0di RSUD Dr. Soetomo; rp4.000 dan Rp250 ribu…",
  'Ēkonomi İstanbul ÆØÅ straße ǅemal 𝐀𝐁c 😀 \ud800 x\u0301y a--b a-’b -a- ’tis’',
  '\ufeff\u3000 tab\tand\r\nline\u2028sep',
  '',
];

test('tokens are the regex matches, with their positions and whether they are words', () => {
  for (const text of SAMPLES) {
    const got = tokenize(text).map((t) => ({ text: t.text, start: t.start, end: t.end, word: t.word }));
    assert.deepEqual(got, byRegex(text), text);
  }
});

test('lower case, capitals and acronyms as the word is written', () => {
  const [ps, nato, rutte, rp, budi] = tokenize('PS NATO Rutte rp4 budi');
  assert.deepEqual([ps.lower, nato.lower, rutte.lower, rp.lower, budi.lower], ['ps', 'nato', 'rutte', 'rp4', 'budi']);
  assert.equal(budi.lower, budi.text);
  assert.deepEqual([isCapitalized(nato), isAcronym(nato), isCapitalized(rutte), isAcronym(rutte), isCapitalized(rp)], [true, true, true, false, false]);
  assert.equal(isAcronym(tokenize('É')[0]), false); // one letter is no acronym
  assert.equal(isAcronym(tokenize('ÉTÉ')[0]), true);
});

test('a paragraph tokenized inside its source gives the tokens of the paragraph alone', () => {
  const source = 'Judul\n\n  Kata Budi: "Siap."\r\n\r\nMenurut dia, itu benar.  ';
  for (const paragraph of ['Kata Budi: "Siap."', 'Menurut dia, itu benar.']) {
    const start = source.indexOf(paragraph);
    assert.deepEqual(tokenizeIn(source, start, paragraph.length), tokenize(paragraph));
  }
});

test('a speech verb glued to a capitalised word is two words in the unchanged text; other glued words are one', () => {
  const text = 'ujarnya, kataFaruk dan dilaporkanSaudi; iPhone eKTP kataKPK rumahBudi';
  const got = tokenize(text).filter((t) => t.word).map((t) => t.text);
  assert.deepEqual(got, ['ujarnya', 'kata', 'Faruk', 'dan', 'dilaporkan', 'Saudi', 'iPhone', 'eKTP', 'kata', 'KPK', 'rumahBudi']);
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  const [kata, faruk] = tokenize('kataFaruk');
  assert.equal(kata.lower, 'kata');
  assert.equal(faruk.lower, 'faruk');
  assert.equal(isCapitalized(faruk), true);
});
