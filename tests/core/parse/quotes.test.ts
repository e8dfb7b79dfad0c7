import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteSpans, paragraphSpans } from '../../../core/parse/quotes.ts';
import { parseText } from '../../../core/parse/index.ts';

test('straight, curly, and Kompas quotes opened with ” are spans', () => {
  assert.deepEqual(paragraphSpans('"Satu dua," kata Ani.'), [{ start: 0, end: 11, closed: true }]);
  assert.deepEqual(paragraphSpans('“Satu dua,” kata Ani.'), [{ start: 0, end: 11, closed: true }]);
  assert.deepEqual(paragraphSpans('”Satu dua,” kata Ani.'), [{ start: 0, end: 11, closed: true }]);
  assert.deepEqual(paragraphSpans('Ia berkata, ”Kami siap.“'), [{ start: 12, end: 24, closed: true }]);
  assert.deepEqual(paragraphSpans('"Belum selesai'), [{ start: 0, end: 14, closed: false }]);
  assert.deepEqual(paragraphSpans('Tanpa kutipan sama sekali.'), []);
});

test('a quote over several paragraphs, each opened with a mark, is one span', () => {
  const paras = ['"Kapal pertama berangkat besok.', '"Kapal kedua menyusul," kata Yoseph.', 'Lain.'];
  assert.deepEqual(findQuoteSpans(paras, () => true), [{ paragraph: 0, start: 0, endParagraph: 1, end: 23, closed: true }]);
});

test('multi-paragraph quote in an article: one direct quote with endParagraph and the speaker', () => {
  const a = parseText('Ambon (ANTARA) - Kapal disiapkan.\n\nKepala Dinas Perhubungan Maluku Yoseph Latupeirissa menjelaskan rencana itu.\n\n"Kapal pertama berangkat pada 18 Desember.\n\n"Kapal kedua menyusul dua hari kemudian," kata Yoseph.');
  const q = a.quotes.filter((x) => x.kind === 'direct');
  assert.equal(q.length, 1);
  assert.deepEqual({ p: q[0].paragraph, e: q[0].endParagraph, start: q[0].start }, { p: 2, e: 3, start: 0 });
  assert.equal(a.paragraphs[3].text.slice(0, q[0].end), '"Kapal kedua menyusul dua hari kemudian,"');
  assert.equal(q[0].speaker?.name, 'Yoseph Latupeirissa');
  assert.equal(q[0].cue, 'kata');
});

test('scare quotes and titles are not quotes; a quote after a colon is', () => {
  const a = parseText('Jakarta (ANTARA) - Warga menyebut pasar itu "kampung tengah" sejak lama.\n\nDiskusi bertajuk "Pangan untuk Semua" digelar Senin.\n\nIa menegaskan: "Semua harus ikut menjaga harga."');
  const q = a.quotes.filter((x) => x.kind === 'direct');
  assert.equal(q.length, 1);
  assert.equal(q[0].text, '"Semua harus ikut menjaga harga."');
  assert.equal(q[0].cue, 'menegaskan');
});

test('a quote whose opening mark was forgotten counts only when a cue follows it', () => {
  const a = parseText('Jakarta (ANTARA) - Pasar dibuka.\n\nKami siap melayani pembeli," kata pedagang Sari Wulan.\n\nIa menjual 12" layar televisi bekas.');
  const q = a.quotes.filter((x) => x.kind === 'direct');
  assert.equal(q.length, 1);
  assert.deepEqual([q[0].paragraph, q[0].start, q[0].text], [1, 0, 'Kami siap melayani pembeli,"']);
  assert.equal(q[0].speaker?.name, 'Sari Wulan');
});

test('a cue pushed to the next line after ?” still attributes the quote', () => {
  const a = parseText('Jakarta (ANTARA) - Ketua RT Budi Santoso mengeluh.\n\n"Mengapa air belum mengalir juga?"\n\ntanya Budi.');
  const q = a.quotes.filter((x) => x.kind === 'direct');
  assert.deepEqual(q.map((x) => [x.cue, x.speaker?.name]), [['tanya', 'Budi Santoso']]);
});

test('a quoted title is no quote even when a cue ends the sentence', () => {
  const a = parseText('Jakarta (ANTARA) - Diskusi digelar.\n\nHal itu disampaikan dalam webinar "Peran Perempuan dalam Pengembangan Pariwisata", kata Ketua Panitia Rina Sari.');
  assert.deepEqual(a.quotes.filter((q) => q.kind === 'direct'), []);
});

test('the title of an event or a work in quote marks is not a quote, even beside an attributed one', () => {
  const a = parseText([
    'Jakarta (ANTARA) - Pemerintah menambah bantuan.',
    '"Bantuan harus tepat sasaran," kata Anwar Halim dalam diskusi bertajuk "Bansos di Masa Sulit: Apa yang Perlu Dibenahi?" di Jakarta.',
    'Acara itu juga menayangkan film "Jalan Pulang" karya mahasiswa.',
  ].join('\n\n'));
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(direct.map((q) => q.text), ['"Bantuan harus tepat sasaran,"']);
  assert.equal(direct[0].speaker?.name, 'Anwar Halim');
});

test('a title in Title Case with commas inside and no closing punctuation is not a quote', () => {
  const a = parseText([
    'Jakarta (ANTARA) - Pemerintah menambah bantuan.',
    '"Investasi akan naik," ujar Rudi Hartawan dalam telekonferensi media "2026 Asia Outlook: Growth, Trade, and Markets".',
  ].join('\n\n'));
  assert.deepEqual(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text), ['"Investasi akan naik,"']);
});

test('a paragraph that is only a stray mark does not continue an open quote', () => {
  const a = parseText('"!\r\n"');
  for (const q of a.quotes) {
    const last = a.paragraphs[q.endParagraph ?? q.paragraph];
    assert.ok(q.end <= last.text.length);
  }
  const spans = findQuoteSpans(['“Kami siap', '”'], () => true);
  assert.deepEqual(spans.map((s) => [s.paragraph, s.endParagraph]), [[0, 0]]);
});

test('a quote left open runs on to the next paragraph when that one only closes it', () => {
  const a = parseText([
    'Jakarta (ANTARA) - Pemerintah menambah bantuan.',
    'Kepala Dinas Sosial Rudi Hartono menjelaskan tahapannya.',
    '“Pertama, data penerima diperiksa ulang.',
    'Kemudian, bantuan disalurkan lewat kantor pos,” ujar Rudi.',
  ].join('\n\n'));
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1);
  assert.equal(direct[0].paragraph, 2);
  assert.equal(direct[0].endParagraph, 3);
  assert.equal(direct[0].speaker?.name, 'Rudi Hartono');
  assert.equal(a.paragraphs[3].text.slice(0, direct[0].end), 'Kemudian, bantuan disalurkan lewat kantor pos,”');
});

test('a word in quote marks after namanya is a name, not a quote', () => {
  const a = parseText([
    'Jakarta (ANTARA) - Danau itu unik.',
    'Walau namanya "laut", Laut Garam itu sebetulnya danau asin yang panjangnya 70 kilometer dan lebarnya sekitar 15 kilometer.',
  ].join('\n\n'));
  assert.deepEqual(a.quotes.filter((q) => q.kind === 'direct'), []);
});
