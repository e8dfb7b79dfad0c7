import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IMPORT_ERROR_CODES, ImportError, importErrorMessageId, isImportError } from '../../../electron/services/import/errors.ts';

test('every code has a one-line English message and an i18n key', () => {
  assert.equal(IMPORT_ERROR_CODES.length, 9);
  for (const code of IMPORT_ERROR_CODES) {
    const e = new ImportError(code);
    assert.equal(e.code, code);
    assert.ok(e.message.length > 5 && !e.message.includes('\n'));
    assert.equal(importErrorMessageId(code), `import.error.${code}`);
    assert.ok(isImportError(e));
    assert.ok(e instanceof Error);
  }
  assert.equal(new ImportError('entities').message, 'entity declarations are not accepted');
  assert.equal(isImportError(new Error('x')), false);
});
