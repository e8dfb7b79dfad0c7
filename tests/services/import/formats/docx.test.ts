import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStoryBytes, readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { deflateEntry, FIXTURES, makeDocx, writeZip } from '../helpers.ts';

test('a real .docx becomes headline, paragraphs (double spaces kept) and links', async () => {
  const bytes = makeDocx({
    heading: 'Bogor siapkan 40 posko banjir',
    paragraphs: ['Bogor (ANTARA) - Pemerintah Kota Bogor menyiapkan 40 posko banjir.', '“Kami siap,” ujar dia  di Balai Kota.'],
    link: { text: 'Banjir rendam Katulampa', url: 'https://contoh.example/katulampa' },
  });
  const r = await readStoryBytes(bytes, 'laporan.docx');
  assert.equal(r.format, 'docx');
  assert.equal(r.originalText, null);
  const s = r.stories[0];
  assert.equal(s.headline, 'Bogor siapkan 40 posko banjir');
  assert.deepEqual(s.paragraphs, [
    'Bogor (ANTARA) - Pemerintah Kota Bogor menyiapkan 40 posko banjir.',
    '“Kami siap,” ujar dia  di Balai Kota.',
    'Baca juga: Banjir rendam Katulampa',
  ]);
  assert.deepEqual(s.links, [{ title: 'Banjir rendam Katulampa', url: 'https://contoh.example/katulampa' }]);
});

test('a .docx that is not a zip is unreadable', async () => {
  await assert.rejects(readStoryFile(FIXTURES + 'not-a-zip.docx'), { code: 'unreadable', message: /not a zip/ });
});

test('a zip that is not a Word document is unreadable', async () => {
  const zip = writeZip([deflateEntry('foto.txt', new TextEncoder().encode('bukan dokumen'))]);
  await assert.rejects(readStoryBytes(zip, 'arsip.docx'), { code: 'unreadable' });
});

test('a zip bomb of a few KB declaring more than 200 MB is refused before mammoth', async () => {
  const chunk = deflateEntry('word/document.xml', new Uint8Array(4 * 1024 * 1024));
  const entries = Array.from({ length: 60 }, (_, i) => ({ ...chunk, name: i === 0 ? 'word/document.xml' : `word/media/image${i}.bin` }));
  const bomb = writeZip(entries, { shareData: true });
  assert.ok(bomb.length < 16 * 1024, `bomb is ${bomb.length} bytes`);
  const started = performance.now();
  await assert.rejects(readStoryBytes(bomb, 'bom.docx'), { code: 'zip-bomb' });
  assert.ok(performance.now() - started < 2000);
});

test('a zip that lies about its sizes is stopped while unpacking', async () => {
  const liar = deflateEntry('word/document.xml', new Uint8Array(8 * 1024 * 1024), 2000);
  const bomb = writeZip([liar]);
  await assert.rejects(readStoryBytes(bomb, 'bohong.docx'), { code: 'zip-bomb' });
});
