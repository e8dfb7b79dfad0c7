import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArchiveDate } from '../../../electron/services/archive/dates.ts';

test('ISO 8601 and unambiguous day/month forms are read; ambiguous ones are not', () => {
  assert.equal(parseArchiveDate('2025-10-21'), '2025-10-21T00:00:00.000Z');
  assert.equal(parseArchiveDate('2025-10-21T08:00:00+07:00'), '2025-10-21T01:00:00.000Z');
  assert.equal(parseArchiveDate('21/10/2025'), '2025-10-21T00:00:00.000Z');
  assert.equal(parseArchiveDate('10/21/2025 20:43'), '2025-10-21T20:43:00.000Z');
  assert.equal(parseArchiveDate('05/05/2025'), '2025-05-05T00:00:00.000Z');
  assert.equal(parseArchiveDate('05/06/2025'), null);
  assert.equal(parseArchiveDate('31/02/2025'), null);
  assert.equal(parseArchiveDate('21 Oktober 2025'), '2025-10-21T00:00:00.000Z');
  assert.equal(parseArchiveDate('Tue, 21 Oct 2025 13:00:00 +0700'), '2025-10-21T06:00:00.000Z');
  assert.equal(parseArchiveDate('Selasa, 21 Oktober 2025 13:00 WIB'), '2025-10-21T06:00:00.000Z');
  assert.equal(parseArchiveDate('kemarin'), null);
  assert.equal(parseArchiveDate(undefined), null);
});
