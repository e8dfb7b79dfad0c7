import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { looksLikeWhatsApp, stripWhatsApp, whatsAppPrefix } from '../../../core/text/whatsapp.ts';

test('both prefix styles are recognised', () => {
  assert.deepEqual(whatsAppPrefix('[25/11/26 14.03] Rina Kusuma: teks'), { date: '25/11/26', time: '14.03', sender: 'Rina Kusuma', length: 30 });
  assert.equal(whatsAppPrefix('25/11/26 14.03 - Rina: teks')?.sender, 'Rina');
  assert.equal(whatsAppPrefix('[25/11/2026, 14:03:22] Rina: teks')?.sender, 'Rina');
  assert.equal(whatsAppPrefix('25/11/2026, 2:03 PM - Rina: teks')?.sender, 'Rina');
  assert.equal(whatsAppPrefix('Jakarta (ANTARA) - Pemerintah: teks'), null);
});

test('WhatsApp Web and Desktop copy: the time first', () => {
  assert.deepEqual(whatsAppPrefix('[10:30, 25/11/2026] Rina Kusuma: teks'), { date: '25/11/2026', time: '10:30', sender: 'Rina Kusuma', length: 33 });
  assert.equal(whatsAppPrefix('[2:03 PM, 11/25/2026] Rina: teks')?.sender, 'Rina');
  const chat = '[10:30, 25/11/2026] Rina Kusuma: Bogor (ANTARA) - Banjir merendam 120 rumah.\n[10:31, 25/11/2026] Rina Kusuma: "Air naik cepat," kata Ujang.';
  assert.equal(looksLikeWhatsApp(chat), true);
  assert.equal(stripWhatsApp(chat).text, 'Bogor (ANTARA) - Banjir merendam 120 rumah.\n"Air naik cepat," kata Ujang.');
});

test('prefixes and forwarded markers are stripped, the text kept', () => {
  const chat = [
    '[25/11/26 14.03] Rina Kusuma: Diteruskan',
    '[25/11/26 14.03] Rina Kusuma: Bogor (ANTARA) - Banjir merendam 120 rumah.',
    'Warga mengungsi.',
    '[25/11/26 14.05] Budi: Forwarded: "Air naik cepat," kata Ujang.',
  ].join('\n');
  const r = stripWhatsApp(chat);
  assert.equal(r.text, 'Bogor (ANTARA) - Banjir merendam 120 rumah.\nWarga mengungsi.\n"Air naik cepat," kata Ujang.');
  assert.deepEqual(r.senders, ['Rina Kusuma', 'Budi']);
});

test('a sentence that starts with "Diteruskan" is not a marker', () => {
  assert.equal(stripWhatsApp('25/11/26 14.06 - Budi: Diteruskan ke Kejaksaan, katanya.').text, 'Diteruskan ke Kejaksaan, katanya.');
});

test('wire copy with a dateline is not taken for a chat', () => {
  assert.equal(looksLikeWhatsApp('Jakarta (ANTARA) - Pemerintah menyiapkan posko.\n\nPewarta: Rina'), false);
  assert.equal(looksLikeWhatsApp('25/11/26 14.03 - Rina: Bogor (ANTARA) - Banjir.'), true);
});

test('property: stripping never throws and text without prefixes is unchanged', () => {
  fc.assert(fc.property(fc.string(), (s) => { stripWhatsApp(s); looksLikeWhatsApp(s); }));
  fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom(...'abc XYZ.,"'.split('')) }).filter((l) => l.trim() !== '')), (lines) => {
    const text = lines.join('\n');
    assert.equal(stripWhatsApp(text).text, text);
  }));
});

test("the app's own lines (encryption notice, media placeholders, deleted messages) are dropped", () => {
  const chat = [
    '25/11/26 14.00 - Pesan dan panggilan dienkripsi secara end-to-end. Tidak seorang pun di luar chat ini dapat membacanya.',
    '25/11/26 14.01 - Rina Kusuma menambahkan Budi',
    '25/11/26 14.03 - Rina Kusuma: <Media tidak disertakan>',
    '25/11/26 14.03 - Rina Kusuma: Bogor (ANTARA) - Banjir merendam 120 rumah.',
    '25/11/26 14.04 - Budi: Pesan ini dihapus',
    '25/11/26 14.05 - Rina Kusuma: Pewarta: Rina',
  ].join('\n');
  assert.equal(looksLikeWhatsApp(chat), true);
  assert.equal(stripWhatsApp(chat).text, 'Bogor (ANTARA) - Banjir merendam 120 rumah.\nPewarta: Rina');
});

test("a reporter's own timeline line with a date is kept", () => {
  const chat = '25/11/26 14.03 - Rina: Kronologi:\n25/11/2026 14.00 - air mulai naik\n25/11/2026 15.30 - warga mengungsi';
  assert.equal(stripWhatsApp(chat).text, 'Kronologi:\n25/11/2026 14.00 - air mulai naik\n25/11/2026 15.30 - warga mengungsi');
});
