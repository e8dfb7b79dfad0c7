import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { FIXTURES } from '../helpers.ts';

test('NewsML-G2 newsItem with inline XHTML', async () => {
  const r = await readStoryFile(FIXTURES + 'newsml-xhtml.xml');
  assert.equal(r.format, 'newsml');
  const s = r.stories[0];
  assert.equal(s.headline, 'Bogor siapkan 40 posko banjir');
  assert.deepEqual(s.dateline, { place: 'Bogor', agency: null, date: '25 November 2026' });
  assert.deepEqual(s.paragraphs, ['Bogor (ANTARA) - Pemerintah Kota Bogor menyiapkan 40 posko banjir.', '“Kami siap,” ujar Wali Kota.']);
  assert.deepEqual(s.sourceCredits, ['BPBD Kota Bogor']);
  assert.deepEqual(s.meta?.authors, ['Rina Kusuma']);
  assert.deepEqual(s.meta?.tags, ['lingkungan']);
  assert.equal(s.meta?.slug, 'banjir-bogor');
  assert.equal(s.meta?.date, '2026-11-25T07:03:00.000Z');
  assert.equal(s.sourceId, 'urn:newsml:contoh.example:20261125:banjir-bogor');
  assert.equal(s.copyright, 'ANTARA');
  assert.equal(s.language, 'id');
});

test('NewsML-G2 newsItem with inline NITF', async () => {
  const r = await readStoryFile(FIXTURES + 'newsml-nitf.xml');
  const s = r.stories[0];
  assert.equal(s.headline, 'Gempa magnitudo 4,2 guncang Cianjur');
  assert.deepEqual(s.dateline, { place: 'Cianjur', agency: null, date: null });
  assert.deepEqual(s.paragraphs, ['Cianjur (ANTARA) - Gempa magnitudo 4,2 mengguncang Cianjur pada Rabu pagi.', 'BMKG menyatakan gempa tidak berpotensi tsunami.']);
  assert.deepEqual(s.meta?.authors, ['Dewi Lestari']);
  assert.deepEqual(s.sourceCredits, ['BMKG']);
  assert.equal(s.meta?.date, '2026-11-25T08:00:00.000Z');
});

test('the IPTC NewsML-G2 text listing from the shared schemas reads', async (t) => {
  const sample = new URL('../../../../../shared/schemas/newsml-g2-2.35/LISTING_2_NewsML-G2_Text_Document.xml', import.meta.url).pathname;
  let r;
  try {
    r = await readStoryFile(sample);
  } catch (e) {
    if ((e as { code?: string }).code === 'unreadable') return t.diagnostic('shared schemas not present');
    throw e;
  }
  const s = r.stories[0];
  assert.equal(s.headline, 'Fed to halt QE to avert "bubble"');
  assert.deepEqual(s.meta?.authors, ['Meredith Jameson']);
  assert.equal(s.paragraphs.length, 2);
  assert.ok(!s.paragraphs[0].includes('\n'));
});
