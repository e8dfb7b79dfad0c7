import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyMeta, PARAGRAPH_ROLES } from '../../core/model/article.ts';

test('a new story carries the desk default priority and no tags', () => {
  const m = emptyMeta();
  assert.equal(m.priority, 'biasa');
  assert.deepEqual(m.tags, []);
  assert.ok(PARAGRAPH_ROLES.includes('source-credit'));
});
