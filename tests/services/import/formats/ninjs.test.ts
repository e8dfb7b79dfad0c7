import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStoryBytes, readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { FIXTURES } from '../helpers.ts';

test('ninjs 1.x: headline, body_html, located, byline, infosource, associations as links', async () => {
  const r = await readStoryFile(FIXTURES + 'ninjs-1.json');
  assert.equal(r.format, 'ninjs');
  const s = r.stories[0];
  assert.equal(s.headline, 'Bogor siapkan 40 posko banjir');
  assert.deepEqual(s.paragraphs, ['Bogor (ANTARA) - Pemerintah Kota Bogor menyiapkan 40 posko banjir.', 'Baca juga: Banjir rendam Katulampa']);
  assert.deepEqual(s.links, [
    { title: 'Banjir rendam Katulampa', url: 'https://contoh.example/berita/katulampa' },
    { title: 'Hujan deras sepekan ke depan', url: 'https://contoh.example/berita/hujan-deras' },
  ]);
  assert.deepEqual(s.dateline, { place: 'Bogor', agency: null });
  assert.deepEqual(s.sourceCredits, ['BPBD Kota Bogor']);
  assert.deepEqual(s.meta?.authors, ['Rina Kusuma']);
  assert.equal(s.meta?.date, '2026-11-25T07:03:00.000Z');
  assert.equal(s.meta?.priority, 'urgent');
  assert.equal(s.sourceId, 'https://contoh.example/ninjs/20261125-banjir');
});

test('ninjs 2.x: headlines by role, plain-text bodies split on blank lines, infosources', async () => {
  const s = (await readStoryFile(FIXTURES + 'ninjs-2.json')).stories[0];
  assert.equal(s.headline, 'Gempa guncang Cianjur');
  assert.deepEqual(s.paragraphs, ['Cianjur (ANTARA) - Gempa magnitudo 4,2 mengguncang Cianjur.', 'BMKG menyatakan gempa tidak berpotensi tsunami.']);
  assert.deepEqual(s.sourceCredits, ['BMKG']);
  assert.deepEqual(s.links, [{ title: 'Warga di luar rumah', url: 'https://contoh.example/foto/gempa.jpg' }]);
});

test('ninjs 3.x: camelCase fields, the rich body preferred over the plain one', async () => {
  const s = (await readStoryFile(FIXTURES + 'ninjs-3.json')).stories[0];
  assert.equal(s.headline, 'KPU tetapkan jadwal debat');
  assert.deepEqual(s.paragraphs, ['Jakarta (ANTARA) - KPU menetapkan jadwal debat.', '“Debat digelar tiga kali,” kata Ketua KPU.']);
  assert.deepEqual(s.sourceCredits, ['KPU']);
  assert.equal(s.meta?.date, '2026-11-25T03:30:00.000Z');
  assert.equal(s.meta?.embargo, '2026-11-25T05:00:00.000Z');
  assert.equal(s.copyright, 'ANTARA');
});

test('the IPTC ninjs examples (1.6 and 3.1) from the shared schemas read', async (t) => {
  for (const name of ['example_1.6_004_simple_text_article.json', 'example_3.1_004_simple_text_article.json']) {
    const path = new URL(`../../../../../shared/schemas/ninjs/${name}`, import.meta.url).pathname;
    let r;
    try {
      r = await readStoryFile(path);
    } catch (e) {
      if ((e as { code?: string }).code === 'unreadable') return t.diagnostic('shared schemas not present');
      throw e;
    }
    assert.equal(r.stories[0].headline, 'Captain of wrecked cruise ship on trial in Italy', name);
    assert.equal(r.stories[0].paragraphs.length, 4, name);
    assert.match(r.stories[0].paragraphs[0], /^GROSSETO, Italy \(AP\) --/);
  }
});

test('an array of ninjs items is several stories', async () => {
  const json = JSON.stringify([{ uri: 'urn:a', type: 'text', headline: 'A', body_text: 'Satu.' }, { uri: 'urn:b', type: 'text', headline: 'B', body_text: 'Dua.' }]);
  const r = await readStoryBytes(new TextEncoder().encode(json), 'dua.json');
  assert.deepEqual(r.stories.map((s) => [s.headline, s.paragraphs]), [['A', ['Satu.']], ['B', ['Dua.']]]);
});

test('an item with an empty body keeps its description as the copy (1.x description_text, 3.x descriptions)', async () => {
  const enc = new TextEncoder();
  const one = await readStoryBytes(enc.encode(JSON.stringify({ uri: 'urn:1', type: 'text', headline: 'Satu', description_text: 'Ringkasan berita banjir.', body_text: '' })), 'a.json');
  assert.deepEqual(one.stories[0].paragraphs, ['Ringkasan berita banjir.']);
  const three = await readStoryBytes(enc.encode(JSON.stringify({ uri: 'urn:3', type: 'text', headlines: [{ value: 'Tiga' }], descriptions: [{ contentType: 'text/plain', value: 'Ringkasan gempa.' }] })), 'b.json');
  assert.deepEqual(three.stories[0].paragraphs, ['Ringkasan gempa.']);
  // A body wins over the description.
  const both = await readStoryBytes(enc.encode(JSON.stringify({ uri: 'urn:2', type: 'text', headline: 'Dua', description_text: 'Ringkas.', body_text: 'Isi berita.' })), 'c.json');
  assert.deepEqual(both.stories[0].paragraphs, ['Isi berita.']);
});
