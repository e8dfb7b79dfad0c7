import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitDatelineText } from '../../../electron/services/import/dateline-text.ts';

test('datelines written as one string', () => {
  assert.deepEqual(splitDatelineText('London (ANTARA)'), { place: 'London', agency: 'ANTARA', date: null });
  assert.deepEqual(splitDatelineText('PARIS, 25 Nov (AFP) -'), { place: 'PARIS', agency: 'AFP', date: '25 Nov' });
  assert.deepEqual(splitDatelineText('Bogor, 25 November 2026'), { place: 'Bogor', agency: null, date: '25 November 2026' });
  assert.deepEqual(splitDatelineText('Jakarta'), { place: 'Jakarta', agency: null, date: null });
  assert.deepEqual(splitDatelineText(''), { place: null, agency: null, date: null });
});
