import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStoryBytes, readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { FIXTURES } from '../helpers.ts';

test("the project's own lossless JSON export reads back", async () => {
  const r = await readStoryFile(FIXTURES + 'own-export.json');
  assert.equal(r.format, 'json');
  const s = r.stories[0];
  assert.equal(s.headline, 'Bogor siapkan 40 posko banjir');
  assert.deepEqual(s.paragraphs, ['Bogor (ANTARA) - Pemerintah Kota Bogor menyiapkan 40 posko banjir.', 'Baca juga: Banjir rendam Katulampa']);
  assert.deepEqual(s.links, [{ title: 'Banjir rendam Katulampa', url: 'https://contoh.example/berita/katulampa' }]);
  assert.deepEqual(s.dateline, { place: 'Bogor', agency: 'ANTARA', date: null });
  assert.equal(s.credits?.reporter, 'Rina Kusuma');
  assert.equal(s.meta?.section, 'Nasional');
});

test('JSON that is not ninjs is refused as not-ninjs', async () => {
  await assert.rejects(readStoryFile(FIXTURES + 'not-ninjs.json'), { code: 'not-ninjs', message: 'the JSON is not a ninjs story' });
  await assert.rejects(readStoryBytes(new TextEncoder().encode('[1, 2, 3]'), 'angka.json'), { code: 'not-ninjs' });
});

test('broken JSON is malformed', async () => {
  await assert.rejects(readStoryBytes(new TextEncoder().encode('{"uri": "x", "headline": '), 'rusak.json'), { code: 'malformed', message: /^the JSON is not well-formed/ });
});
