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

test('a name the stemmer cuts down to a root by no real affix stays a name', () => {
  assert.equal(isCommonWord('minola'), false); // not `mi-` + `mola`
  assert.equal(isCommonWord('sebayang'), false); // not `se-` + `bayang`
  assert.equal(isCommonWord('binangun'), false);
  assert.equal(isCommonWord('menulis'), true); // a nasal prefix
  assert.equal(isCommonWord('kebijakan'), true);
  assert.equal(isCommonWord('pembangunannya'), true);
});
