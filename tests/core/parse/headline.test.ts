import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeadline } from '../../../core/parse/headline.ts';
import { parseText } from '../../../core/parse/index.ts';
import { runChecks } from '../../../core/checks/index.ts';
import { BUILTIN_PROFILES } from '../../../core/profiles/index.ts';

test('a headline is taken only when clearly one', () => {
  assert.equal(isHeadline(['Maluku siapkan kapal mudik', 'Ambon (ANTARA) - Isi.'], true), true);
  assert.equal(isHeadline(['Maluku siapkan kapal mudik', 'Pemerintah Provinsi Maluku menyiapkan tiga kapal tambahan untuk arus mudik.', 'Isi.'], false), true);
  assert.equal(isHeadline(['Harga cabai turun', 'Pedagang lega.'], false), false); // too few paragraphs, second too short
  assert.equal(isHeadline(['Pemerintah menambah armada.', 'Isi.', 'Isi.'], false), false); // a sentence
  assert.equal(isHeadline(['"Kami siap"', 'Ambon (ANTARA) - Isi.'], true), false); // a quote
  assert.equal(isHeadline(['Baca juga: Judul', 'Ambon (ANTARA) - Isi.'], true), false);
});

test('an over-long title line right above the dateline is still the headline (headline-too-long reports it)', () => {
  const long = 'Pemerintah umumkan rencana besar untuk menaikkan anggaran pendidikan seluruh sekolah negeri dan swasta di Indonesia mulai tahun depan secara bertahap dan terukur';
  assert.equal(isHeadline([long, 'Jakarta (ANTARA) - Isi.'], true), true);
  // Without a dateline below, a line that long is no headline.
  assert.equal(isHeadline([long, 'Pemerintah mengumumkan kenaikan anggaran pendidikan mulai tahun depan, kata menteri di Istana pada Kamis.', 'Isi.'], false), false);
  // A sentence stays a sentence, however close the dateline.
  assert.equal(isHeadline([`${long}.`, 'Jakarta (ANTARA) - Isi.'], true), false);
  const a = parseText(`${long}\n\nJakarta (ANTARA) - Pemerintah mengumumkan kenaikan anggaran pendidikan mulai tahun depan.\n\nKenaikan itu diumumkan di Istana.`);
  assert.equal(a.headline, long);
  const ids = runChecks(a, BUILTIN_PROFILES[0], {}).map((f) => f.ruleId);
  assert.ok(ids.includes('structure/headline-too-long'));
  assert.ok(!ids.includes('structure/headline-missing'));
});

test('a Baca juga line between the headline and the dateline does not hide the headline', () => {
  const a = parseText('Tingkatkan anggaran pendidikan, pemerintah siapkan rencana besar untuk seluruh sekolah negeri di Indonesia tahun depan secara bertahap\n\nBaca juga: Menteri umumkan program baru\n\nJakarta (ANTARA) - Pemerintah mengumumkan kenaikan anggaran pendidikan.\n\nKenaikan itu berlaku tahun depan.');
  assert.match(a.headline ?? '', /^Tingkatkan anggaran/);
  assert.equal(a.paragraphs[0].role, 'related');
  assert.equal(a.dateline?.place, 'Jakarta');
  const ids = runChecks(a, BUILTIN_PROFILES[0], {}).map((f) => f.ruleId);
  assert.ok(ids.includes('structure/headline-too-long') && ids.includes('structure/headline-starts-with-verb'));
  assert.ok(!ids.includes('structure/headline-missing'));
});
