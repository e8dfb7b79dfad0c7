import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { FIXTURES } from '../helpers.ts';

test('Atom: each entry a story; html and xhtml content, alternate link, published, category, author', async () => {
  const r = await readStoryFile(FIXTURES + 'atom.xml');
  assert.equal(r.format, 'atom');
  const [a, b] = r.stories;
  assert.equal(a.headline, 'Bogor siapkan 40 posko banjir');
  assert.deepEqual(a.paragraphs, ['Bogor (ANTARA) - Pemerintah Kota Bogor menyiapkan 40 posko banjir.', 'Warga diminta waspada.']);
  assert.deepEqual(a.meta, {
    url: 'https://contoh.example/berita/posko-banjir', date: '2026-11-25T07:03:00.000Z',
    section: 'Nasional', tags: ['Nasional'], authors: ['Rina Kusuma'],
  });
  assert.equal(a.sourceId, 'urn:contoh:1');
  assert.deepEqual(b.paragraphs, ['Cianjur (ANTARA) - Gempa magnitudo 4,2 mengguncang Cianjur.', 'Baca juga: BMKG imbau warga tenang']);
  assert.deepEqual(b.links, [{ title: 'BMKG imbau warga tenang', url: 'https://contoh.example/berita/bmkg' }]);
  assert.equal(b.meta?.date, '2026-11-26T01:00:00.000Z');
  assert.equal(b.meta?.url, 'https://contoh.example/berita/gempa');
});
