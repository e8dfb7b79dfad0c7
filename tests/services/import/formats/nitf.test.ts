import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { FIXTURES } from '../helpers.ts';

test('NITF 3.x with an external DOCTYPE: headline, dateline, byline, body, docdata', async () => {
  const r = await readStoryFile(FIXTURES + 'nitf-external-doctype.xml');
  assert.equal(r.format, 'nitf');
  assert.equal(r.stories.length, 1);
  const s = r.stories[0];
  assert.equal(s.headline, 'Bogor siapkan 40 posko banjir');
  assert.deepEqual(s.dateline, { place: 'Bogor', agency: 'ANTARA', date: '25 November 2026' });
  assert.deepEqual(s.paragraphs, [
    'Bogor (ANTARA) - Pemerintah Kota Bogor menyiapkan 40 posko\u00a0banjir menjelang puncak musim hujan.',
    '“Kami tidak ingin warga terlambat mengungsi,” ujar dia & stafnya.',
    'Baca juga: Banjir rendam Katulampa',
    'Pewarta: Rina Kusuma',
  ]);
  assert.deepEqual(s.links, [{ title: 'Banjir rendam Katulampa', url: 'https://contoh.example/berita/banjir-katulampa' }]);
  assert.equal(s.sourceId, 'ANT-20261125-0042');
  assert.equal(s.copyright, 'ANTARA');
  assert.equal(s.language, 'id');
  // The media caption is the story's photo caption (a CMS field), not a paragraph of copy.
  assert.deepEqual(s.meta, { authors: ['Rina Kusuma'], tags: ['banjir', 'Bogor'], date: '2026-11-25T07:03:00.000Z', priority: 'urgent', caption: 'Foto posko (tidak masuk teks)' });
});

test('the IPTC sample NITF from the shared schemas reads without error', async (t) => {
  const sample = new URL('../../../../../shared/schemas/nitf-3.6/NTB_nitf_sample.xml', import.meta.url).pathname;
  let r;
  try {
    r = await readStoryFile(sample);
  } catch (e) {
    if ((e as { code?: string }).code === 'unreadable') return t.diagnostic('shared schemas not present');
    throw e;
  }
  assert.equal(r.format, 'nitf');
  assert.ok(r.stories[0].paragraphs.length > 0);
  assert.ok(r.stories[0].headline);
});

test('a dateline written as one string is split into place and agency', async () => {
  const xml = '<nitf><head><docdata><doc-id id-string="x"/></docdata></head><body><body.head><hedline><hl1>Judul</hl1></hedline>'
    + '<dateline>London (ANTARA)</dateline></body.head><body.content><p>London (ANTARA) - Isi.</p></body.content></body></nitf>';
  const { readStoryBytes } = await import('../../../../electron/services/import/read-file.ts');
  const s = (await readStoryBytes(new TextEncoder().encode(xml), 'a.xml')).stories[0];
  assert.deepEqual(s.dateline, { place: 'London', agency: 'ANTARA', date: null });
});
