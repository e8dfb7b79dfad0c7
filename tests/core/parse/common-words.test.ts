import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCommonWord, isDerivedWord } from '../../../core/parse/common-words.ts';

test('ordinary words and their derived forms; names are neither', () => {
  assert.equal(isCommonWord('tugas'), true);
  assert.equal(isCommonWord('penanaman'), true);
  assert.equal(isCommonWord('widodo'), false);
  assert.equal(isDerivedWord('percepatan'), true);
  assert.equal(isDerivedWord('kemerdekaan'), true);
  assert.equal(isDerivedWord('teguh'), false); // a root: may be a name
  assert.equal(isDerivedWord('setiawan'), false);
  assert.equal(isDerivedWord('permana'), false);
});
