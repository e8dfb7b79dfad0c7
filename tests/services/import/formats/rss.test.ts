import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStoryBytes, readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { FIXTURES } from '../helpers.ts';

test('RSS 2.0: each item a story with content, link, date, categories and author', async () => {
  const r = await readStoryFile(FIXTURES + 'rss.xml');
  assert.equal(r.format, 'rss');
  assert.equal(r.stories.length, 2);
  const [a, b] = r.stories;
  assert.equal(a.headline, 'Bogor siapkan 40 posko banjir');
  assert.deepEqual(a.paragraphs, ['Bogor (ANTARA) - Pemerintah Kota Bogor menyiapkan 40 posko banjir.', 'Baca juga: Banjir rendam Katulampa']);
  assert.deepEqual(a.links, [{ title: 'Banjir rendam Katulampa', url: 'https://contoh.example/berita/katulampa' }]);
  assert.deepEqual(a.meta, {
    url: 'https://contoh.example/berita/posko-banjir', date: '2026-11-25T07:03:00.000Z',
    section: 'Nasional', tags: ['Nasional', 'Banjir'], authors: ['Rina Kusuma'],
  });
  assert.equal(a.sourceId, 'contoh-1');
  // Escaped HTML in description, author as "email (Name)".
  assert.deepEqual(b.paragraphs, ['Cianjur (ANTARA) - Gempa magnitudo 4,2 mengguncang Cianjur.', 'Tidak berpotensi tsunami.']);
  assert.deepEqual(b.meta?.authors, ['Dewi Lestari']);
  assert.equal(b.meta?.date, '2026-11-26T01:00:00.000Z');
});

test('RSS with 10,000 items is parsed in reasonable time', async () => {
  let items = '';
  for (let i = 0; i < 10_000; i++) {
    items += `<item><title>Berita ${i}</title><link>https://contoh.example/${i}</link><description><![CDATA[<p>Paragraf ${i}.</p><p>Kedua.</p>]]></description></item>\n`;
  }
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Besar</title>${items}</channel></rss>`;
  const started = performance.now();
  const r = await readStoryBytes(new TextEncoder().encode(xml), 'besar.xml');
  const ms = performance.now() - started;
  assert.equal(r.stories.length, 10_000);
  assert.deepEqual(r.stories[9_999].paragraphs, ['Paragraf 9999.', 'Kedua.']);
  assert.ok(ms < 10_000, `took ${ms} ms`);
});
