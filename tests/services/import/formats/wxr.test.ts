import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { FIXTURES } from '../helpers.ts';

test('WordPress WXR: each post a story (pages skipped), blank lines are paragraphs', async () => {
  const r = await readStoryFile(FIXTURES + 'wxr.xml');
  assert.equal(r.format, 'wxr');
  assert.equal(r.stories.length, 2);
  const [a, b] = r.stories;
  assert.equal(a.headline, 'Bogor siapkan 40 posko banjir');
  assert.deepEqual(a.paragraphs, [
    'Bogor (ANTARA) - Pemerintah Kota Bogor menyiapkan 40 posko banjir menjelang puncak musim hujan.',
    '"Kami tidak ingin warga terlambat mengungsi," ujar dia.',
    'Baca juga: Banjir rendam Katulampa',
  ]);
  assert.deepEqual(a.links, [{ title: 'Banjir rendam Katulampa', url: 'https://blog.contoh.example/katulampa/' }]);
  assert.deepEqual(a.meta, {
    url: 'https://blog.contoh.example/2026/11/25/posko-banjir/', date: '2026-11-25T07:03:00.000Z',
    section: 'Nasional', tags: ['banjir'], authors: ['rina'], slug: 'posko-banjir',
  });
  assert.equal(b.headline, 'Gempa guncang Cianjur');
  assert.deepEqual(b.paragraphs, ['Cianjur (ANTARA) - Gempa magnitudo 4,2 mengguncang Cianjur.', 'BMKG menyatakan gempa tidak berpotensi tsunami.']);
  assert.equal(b.meta?.section, 'Daerah');
  assert.equal(b.meta?.date, '2026-11-26T01:00:00.000Z');
});

test('the WordPress importer test files from the shared schemas: valid ones read, the malformed one is refused', async (t) => {
  const base = new URL('../../../../../shared/schemas/wxr/', import.meta.url).pathname;
  let r;
  try {
    r = await readStoryFile(base + 'valid-wxr-1.1.xml');
  } catch (e) {
    if ((e as { code?: string }).code === 'unreadable') return t.diagnostic('shared schemas not present');
    throw e;
  }
  assert.equal(r.format, 'wxr');
  assert.ok(r.stories.length > 0);
  await assert.rejects(readStoryFile(base + 'malformed-simple.xml'), { code: 'malformed' });
});
