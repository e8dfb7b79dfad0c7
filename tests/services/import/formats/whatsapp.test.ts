import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPastedText, readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { FIXTURES } from '../helpers.ts';

test('a copied WhatsApp chat: prefixes and "Diteruskan" stripped, the report kept', async () => {
  const r = await readStoryFile(FIXTURES + 'whatsapp-copy.txt');
  assert.equal(r.format, 'whatsapp');
  assert.deepEqual(r.stories[0], {
    format: 'whatsapp',
    text: 'Bogor (ANTARA) - Banjir merendam 120 rumah di Kelurahan Katulampa, Selasa sore.\nWarga mengungsi ke masjid terdekat.\n"Air naik cepat sekali," kata Ujang, warga setempat.',
    paragraphs: [],
    meta: { authors: ['Rina Kusuma'] },
  });
});

test('an exported WhatsApp chat: "dd/mm/yy hh.mm - Nama:" prefixes and "Forwarded" stripped', async () => {
  const r = await readStoryFile(FIXTURES + 'whatsapp-export.txt');
  assert.equal(r.format, 'whatsapp');
  assert.equal(r.stories[0].text, 'Bogor (ANTARA) - Banjir merendam 120 rumah di Kelurahan Katulampa, Selasa sore.\nMenurut BPBD, ketinggian air mencapai satu meter.\nDiteruskan ke Kejaksaan, katanya.');
});

test('pasted text: a chat is stripped, wire copy is kept exactly', () => {
  assert.equal(readPastedText('[25/11/26 14.03] Rina: Bogor (ANTARA) - Banjir.').text, 'Bogor (ANTARA) - Banjir.');
  const copy = 'Jakarta (ANTARA) - Teks  utuh.\n\nPewarta: Rina';
  assert.deepEqual(readPastedText(copy), { format: 'paste', text: copy, paragraphs: [] });
  assert.throws(() => readPastedText(' \n '), { code: 'empty' });
});
