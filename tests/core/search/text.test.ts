import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, stem, stemText, words, wordSpans } from '../../../core/search/text.ts';

test('sastrawi stems: mengatakan → kata, pemerintahan → perintah', () => {
  assert.equal(stem('mengatakan'), 'kata');
  assert.equal(stem('dikatakan'), 'kata');
  assert.equal(stem('pemerintahan'), 'perintah');
  assert.equal(stem('2025'), '2025');
});

test('fold lower-cases and strips accents; words split on punctuation and hyphens', () => {
  assert.equal(fold('Café ÉLYSÉE'), 'cafe elysee');
  assert.deepEqual(words('Teknik-teknik, "Rp5.000"!'), ['teknik', 'teknik', 'rp5', '000']);
  assert.equal(stemText('Presiden mengatakan: kebijakan'), 'presiden kata bijak');
});

test('wordSpans point into the original text', () => {
  const t = 'Kata <b>Dia</b>';
  const s = wordSpans(t);
  assert.deepEqual(s.map((x) => t.slice(x.start, x.end)), ['Kata', 'b', 'Dia', 'b']);
  assert.equal(s[2].word, 'dia');
});
