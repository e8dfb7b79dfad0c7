import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../../core/parse/language.ts';

test('Indonesian and English copy by stop words; empty text defaults to Indonesian', () => {
  assert.equal(detectLanguage('Pemerintah akan menambah armada bus yang melayani anak sekolah di desa.'), 'id');
  assert.equal(detectLanguage('The government will add buses for the children of the villages in the east.'), 'en');
  assert.equal(detectLanguage(''), 'id');
});
