import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from '../../../electron/services/import/dates.ts';

test('dates as sources write them become ISO instants', () => {
  assert.equal(toIsoDate('Tue, 25 Nov 2026 14:03:00 +0700'), '2026-11-25T07:03:00.000Z');
  assert.equal(toIsoDate('20261125T140300+0700'), '2026-11-25T07:03:00.000Z');
  assert.equal(toIsoDate('20261125T0703Z'), '2026-11-25T07:03:00.000Z');
  assert.equal(toIsoDate('20261125'), '2026-11-25T00:00:00.000Z');
  assert.equal(toIsoDate('2026-11-25 07:03:00', { assumeUtc: true }), '2026-11-25T07:03:00.000Z');
  assert.equal(toIsoDate('2026-11-25T14:03:00+07:00'), '2026-11-25T07:03:00.000Z');
  assert.equal(toIsoDate('0000-00-00 00:00:00'), null);
  assert.equal(toIsoDate('kemarin sore'), null);
  assert.equal(toIsoDate(null), null);
});
