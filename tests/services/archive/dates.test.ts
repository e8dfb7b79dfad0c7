// Archive dates: ISO 8601 and unambiguous local forms are read; a date or time without a zone is
// the desk's (WIB, UTC+7) whatever the machine's zone; days that do not exist are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dateBound, InvalidDateError, parseArchiveDate } from '../../../electron/services/archive/dates.ts';

test('ISO 8601 and unambiguous day/month forms are read; ambiguous ones are not', () => {
  assert.equal(parseArchiveDate('2025-10-21'), '2025-10-20T17:00:00.000Z', 'a bare day starts at 00:00 WIB');
  assert.equal(parseArchiveDate('2025-10-21T08:00:00+07:00'), '2025-10-21T01:00:00.000Z');
  assert.equal(parseArchiveDate('2025-10-21T08:00:00Z'), '2025-10-21T08:00:00.000Z');
  assert.equal(parseArchiveDate('2025-10-21T23:30:00'), '2025-10-21T16:30:00.000Z', 'no zone: WIB');
  assert.equal(parseArchiveDate('2025-10-21 23:30'), '2025-10-21T16:30:00.000Z');
  assert.equal(parseArchiveDate('2025-10-21T08:00:00.250+0700'), '2025-10-21T01:00:00.250Z');
  assert.equal(parseArchiveDate('21/10/2025'), '2025-10-20T17:00:00.000Z');
  assert.equal(parseArchiveDate('21/10/2025 23:30'), '2025-10-21T16:30:00.000Z', 'no zone: WIB, not UTC');
  assert.equal(parseArchiveDate('10/21/2025 20:43'), '2025-10-21T13:43:00.000Z');
  assert.equal(parseArchiveDate('05/05/2025'), '2025-05-04T17:00:00.000Z');
  assert.equal(parseArchiveDate('05/06/2025'), null);
  assert.equal(parseArchiveDate('31/02/2025'), null);
  assert.equal(parseArchiveDate('21 Oktober 2025'), '2025-10-20T17:00:00.000Z');
  assert.equal(parseArchiveDate('Tue, 21 Oct 2025 13:00:00 +0700'), '2025-10-21T06:00:00.000Z');
  assert.equal(parseArchiveDate('Tue, 21 Oct 2025 13:00:00 GMT'), '2025-10-21T13:00:00.000Z');
  assert.equal(parseArchiveDate('Selasa, 21 Oktober 2025 13:00 WIB'), '2025-10-21T06:00:00.000Z');
  assert.equal(parseArchiveDate('Selasa, 21 Oktober 2025 13:00 WITA'), '2025-10-21T05:00:00.000Z');
  assert.equal(parseArchiveDate('kemarin'), null);
  assert.equal(parseArchiveDate(undefined), null);
});

test('days and times that do not exist are refused, not rolled over', () => {
  for (const s of ['2025-02-30', '2025-02-29', '2025-13-01', '2025-00-10', '2025-10-21T25:00:00', '2025-10-21T10:61', '2024-02-30T10:00:00Z']) {
    assert.equal(parseArchiveDate(s), null, s);
  }
  assert.equal(parseArchiveDate('2024-02-29'), '2024-02-28T17:00:00.000Z', 'a leap day exists');
});

test('the machine zone does not matter: the same input gives the same instant under any TZ', () => {
  const code = "import('./electron/services/archive/dates.ts').then((m) => console.log(['2025-10-21T23:30:00', '21/10/2025 23:30', '2025-10-21'].map(m.parseArchiveDate).join(' ')))";
  const node = process.execPath;
  const outs = ['UTC', 'America/Los_Angeles', 'Asia/Jakarta', 'Pacific/Kiritimati'].map((TZ) =>
    execFileSync(node, ['--input-type=module', '-e', code], { cwd: fileURLToPath(new URL('../../../', import.meta.url)), env: { ...process.env, TZ }, encoding: 'utf8' }).trim());
  assert.deepEqual(new Set(outs).size, 1, outs.join('\n'));
  assert.equal(outs[0], '2025-10-21T16:30:00.000Z 2025-10-21T16:30:00.000Z 2025-10-20T17:00:00.000Z');
});

test('search day bounds are whole days in WIB; a bound that is not a date throws', () => {
  assert.equal(new Date(dateBound('2025-10-15', false)!).toISOString(), '2025-10-14T17:00:00.000Z');
  assert.equal(new Date(dateBound('2025-10-15', true)!).toISOString(), '2025-10-15T16:59:59.999Z');
  assert.equal(new Date(dateBound('2025-10-15T06:30:00Z', false)!).toISOString(), '2025-10-15T06:30:00.000Z');
  assert.equal(dateBound(undefined, false), null);
  assert.equal(dateBound('  ', true), null);
  for (const bad of ['notadate', '2025-13-45', '2025-02-30', '05/06/2025']) assert.throws(() => dateBound(bad, false), InvalidDateError, bad);
});
