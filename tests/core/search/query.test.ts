import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, rankingTerms, isEmptyQuery, ftsQuote } from '../../../core/search/query.ts';

test('words are folded and stemmed; stop words marked', () => {
  const q = parseQuery('Prabowo MENGATAKAN yang');
  assert.deepEqual(q.terms.map((t) => [t.word, t.stem, t.stop]), [
    ['prabowo', 'prabowo', false], ['mengatakan', 'kata', true], ['yang', 'yang', true],
  ]);
  assert.deepEqual(rankingTerms(q).map((t) => t.word), ['prabowo']);
  // Only stop words: they carry the query themselves.
  assert.deepEqual(rankingTerms(parseQuery('yang mengatakan')).map((t) => t.word), ['yang', 'mengatakan']);
});

test('phrases, exclusions, excluded phrases, unclosed quotes, hyphenated words', () => {
  const q = parseQuery('"Harga Beras" -banjir -"tim sar" covid-19 “kata kunci” "belum selesai');
  assert.deepEqual(q.phrases, [['harga', 'beras'], ['covid', '19'], ['kata', 'kunci'], ['belum', 'selesai']]);
  assert.deepEqual(q.excludeTerms.map((t) => t.stem), ['banjir']);
  assert.deepEqual(q.excludePhrases, [['tim', 'sar']]);
  assert.equal(q.terms.length, 0);
  assert.equal(isEmptyQuery(q), false);
  assert.equal(isEmptyQuery(parseQuery('-banjir')), true);
  assert.equal(isEmptyQuery(parseQuery('   ')), true);
});

test('a hyphen inside a word is not an exclusion; accents fold', () => {
  const q = parseQuery('pasca-gempa café');
  assert.deepEqual(q.phrases, [['pasca', 'gempa']]);
  assert.deepEqual(q.terms.map((t) => t.word), ['cafe']);
  assert.equal(q.excludeTerms.length, 0);
});

test('ftsQuote doubles quotes', () => {
  assert.equal(ftsQuote('a"b'), '"a""b"');
});
