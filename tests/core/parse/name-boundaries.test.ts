import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../../../core/parse/index.ts';
import type { Article } from '../../../core/model/article.ts';

// Where a person's name begins after the name of a body, a place or a brand, and when the one
// who "said" it is no person at all. Invented names and places.
const story = (...paras: string[]): Article => parseText(['Jakarta (ANTARA) - Pemerintah menambah bantuan.', ...paras].join('\n\n'));
const names = (a: Article) => a.quotes.map((q) => q.speaker?.name ?? null);

test('a place the story names ends a body\'s name before the person: the person is the rest', () => {
  const a = story(
    'Tambang liar merusak sungai di Wolio, Jambi.',
    '"Aparat harus turun tangan," kata Ketua Forum Peduli Hijau Wolio Hasan Basri, Jumat.',
    '"Sungai sudah tercemar," katanya.',
  );
  assert.deepEqual(names(a), ['Hasan Basri', 'Hasan Basri']);
});

test('a generic word of a body\'s name (`Coffee`, `Research`, `Sekuritas`) ends the body before the person', () => {
  const a = story(
    'Koordinator Pemasaran Senja Coffee Laras Wulandari mengatakan, kafe itu buka hingga malam.',
    '"Kami batasi 20 meja," ujarnya.',
    'Menurut Head Of Equity Research at PT Bintang Sekuritas Wawan Prasetyo, investor perlu berhati-hati.',
    '"Pahami dulu produknya," ujarnya.',
  );
  assert.deepEqual(names(a), ['Laras Wulandari', 'Laras Wulandari', 'Wawan Prasetyo', 'Wawan Prasetyo']);
});

test('an English `The` opens the name of a body, not of a person', () => {
  const a = story('"Data kami terbuka," kata Manajer Program The Lentera Rudi Santoso.');
  assert.deepEqual(names(a), ['Rudi Santoso']);
});

test('after a cue, an office set off by a comma may run to the sentence\'s end: nobody inside it speaks', () => {
  const a = story(
    '"Diskriminasi itu nyata," ujar Marta Velasquez, peneliti senior Lembaga Kajian Migrasi Wolio (Wolio Institute of Migration Studies/WIMS).',
    '"Kita perlu data," tambahnya.',
  );
  assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.speaker?.title]), [
    ['Marta Velasquez', 'peneliti senior Lembaga Kajian Migrasi Wolio (Wolio Institute of Migration Studies/WIMS)'],
    ['Marta Velasquez', 'peneliti senior Lembaga Kajian Migrasi Wolio (Wolio Institute of Migration Studies/WIMS)'],
  ]);
});

test('after an English `of` the run is the rest of a body\'s name; the one `dari` that body is the subject', () => {
  const a = story(
    'Permintaan mebel rotan turun tajam tahun ini.',
    'Sutanto dari PT House of Wolio mengatakan, pesanan anjlok 20 persen.',
    '"Kami kesulitan bahan baku," katanya.',
  );
  assert.deepEqual(names(a), ['Sutanto', 'Sutanto']);
});

test('a cue word after a preposition is a noun: the app a message came through is no speaker', () => {
  const a = story(
    'Ratih Kumala (31), warga Cibubur, ingin salat Tarawih di masjid.',
    'Pekan lalu, dia membaca kabar dari pesan Telegram soal pembukaan masjid.',
    '"Kalau memang boleh, kami ikut berjemaah," ucapnya.',
  );
  assert.deepEqual(names(a), ['Ratih Kumala']);
});

test('the story writes the last words of a run as a name on their own: the words before belong to the body', () => {
  const a = story(
    'Bupati Wolio Barat atau Wobar Rusdi Hamzah Lamaka menolak aturan itu.',
    'Perselisihan antara Rusdi Hamzah Lamaka dan gubernur bermula dari sebuah video.',
    '"Saya tidak bermaksud menyinggung siapa pun," kata Rusdi.',
  );
  assert.deepEqual(names(a), ['Rusdi Hamzah Lamaka']);
});

test('the last items of a list (`Nelayan, Pembudidaya Ikan, dan Petambak Garam`) are no persons the list\'s first word describes', () => {
  const a = story(
    'Ketua Serikat Nelayan Darmin Lakora menilai aturan itu keliru, sebagaimana diatur dalam UU tentang Perlindungan Nelayan, Pembudidaya Ikan, dan Petambak Garam.',
    '"Nelayan kecil makin terdesak," katanya.',
  );
  assert.deepEqual(names(a), ['Darmin Lakora', 'Darmin Lakora']);
});

test('a run before an English `and` (`Wolio Arts and Culture`) begins the name of a body', () => {
  const a = story(
    'Pegawai swasta, Ratna Sari (27), berkeliling museum secara virtual.',
    'Ia membuka laman Wolio Arts and Culture saat pembatasan sosial.',
    '"Rasanya seperti berada di sana," katanya.',
  );
  assert.deepEqual(names(a), ['Ratna Sari']);
});

test('an office after `yang juga` describes the one named before it: a run inside it is no new person', () => {
  const a = story(
    '"Tim kami sudah bekerja," papar Wiryo Susanto yang juga Deputi II Kementerian Koordinator Polkamwil.',
    'Ia menambahkan, data sudah lengkap.',
    '"Kami belum bisa menyimpulkan," katanya.',
  );
  assert.deepEqual(names(a), ['Wiryo Susanto', 'Wiryo Susanto', 'Wiryo Susanto']);
});

test('`Muhammadiyah` names a body by one word: the run after it is the person', () => {
  const a = story('"Salat di rumah saja," kata Sekretaris Umum Pimpinan Pusat Muhammadiyah Hasbi Nur Rahman.');
  assert.deepEqual(names(a), ['Hasbi Nur Rahman']);
});

test('the word after `Bidang`/`Urusan` is the office\'s field, not the start of the holder\'s name', () => {
  const a = story(
    'Menteri Koordinator Bidang Maritim Sutan Bahar Lubis mengatakan, pelabuhan baru dibuka pekan depan.',
    '"Kapal sudah bisa bersandar," kata Sutan.',
    '"Stok beras aman," ujar Deputi Bidang Pangan Rahayu Sekar Arum.',
  );
  assert.deepEqual(a.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker?.name, q.speaker?.title]), [
    ['Sutan Bahar Lubis', 'Menteri Koordinator Bidang Maritim'],
    ['Rahayu Sekar Arum', 'Deputi Bidang Pangan'],
  ]);
});

test('academic degrees before a name (`Dr. Eng. Ir.`) are its title, and a name may end in `Ramadhan`', () => {
  const a = story(
    'Alat itu dikembangkan tim Fakultas Teknik yang diketuai Dr. Eng. Ir. Fadli Nugraha Ramadhan.',
    '"Biayanya jauh lebih murah," kata Fadli.',
  );
  assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.speaker?.title]), [['Fadli Nugraha Ramadhan', 'Dr. Eng. Ir.']]);
});

test('an initial opens or stands inside a name (`M Rudi Hartawan`, `Rina K. Lestari`, `I Made Sukarta`), not a numbered part of a body', () => {
  const a = story(
    '"Kami sudah memeriksa saksi," kata Kepala Bidang Humas Polda Wolio Komisaris Besar M Rudi Hartawan.',
    '"Obat itu aman," kata Kepala Badan Obat Wolio, Rina K. Lestari.',
    '"Pariwisata pulih," ujar Gubernur Wolio, I Made Sukarta.',
    '"Anggaran cukup," kata Ketua Komisi E DPRD Jatim Budi Santoso.',
    '"Rapat ditunda," kata Ketua Komisi E Hasan Lubis.',
  );
  assert.deepEqual(names(a), ['M Rudi Hartawan', 'Rina K. Lestari', 'I Made Sukarta', 'Budi Santoso', 'Hasan Lubis']);
});

test('the full stop after a lone initial may end the sentence: the initial is the speaker', () => {
  const a = story('"Ternyata dia di sini," ucap E. Dukungan mengalir ke posko itu, dan dukungan itu datang dari warga.');
  assert.deepEqual(names(a), ['E']);
});

test('the period of an initial inside a name does not end the sentence its verb is in', () => {
  const a = story('Rudi P. Saragih, Kepala Ombudsman Perwakilan Wolio, Senin (20/4/2020) menjelaskan, warga masih banyak yang keluar rumah.');
  assert.deepEqual(a.quotes.map((q) => [q.kind, q.speaker?.name]), [['indirect', 'Rudi P. Saragih']]);
});

test('`Lalu` inside a sentence before a name is the Sasak title that opens it', () => {
  const a = story(
    '"Harga sapi naik," tutur Kepala Dinas Peternakan NTB Lalu M Fadli.',
    'Lalu Budi Santoso mengatakan harga akan turun.',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Lalu M Fadli', 'Budi Santoso']);
});

test('a place set off by commas after a body, then a rank: the person comes after the rank, not the body', () => {
  const a = story(
    'Pasien terus dirujuk ke Wisma Jaya Kemayoran, Jakarta Pusat.',
    '"Jangan diremehkan," kata Komandan Lapangan Rumah Sakit Darurat Wisma Jaya Kemayoran, Jakarta Pusat, Letnan Kolonel Laut dokter gigi M Rasyid Lubis, kemarin.',
    '"Pasien terus bertambah," katanya.',
  );
  assert.deepEqual(names(a), ['M Rasyid Lubis', 'M Rasyid Lubis']);
});

test('after an office, three words whose first and last the story writes alone: the company, then the person', () => {
  const a = story(
    'CEO baru Wolionet Arlan Pradipta secara terbuka mengakui bahwa Wolionet sudah tertinggal dari pesaingnya.',
    'Nilai saham Wolionet turun tajam pekan ini.',
    '"Kami sudah terlambat," kata Pradipta.',
  );
  assert.deepEqual(a.quotes.map((q) => [q.kind, q.speaker?.name]), [['indirect', 'Arlan Pradipta'], ['direct', 'Arlan Pradipta']]);
});

test('after the head of a body, its name runs up to a word that opens given names (`Muhammad`, `Siti`)', () => {
  const a = story('"Daya beli turun," ujar Guru Besar Fakultas Ekonomi Universitas Lambang Wolio Muhammad Rafli Hamzah.');
  assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.speaker?.title]), [['Muhammad Rafli Hamzah', 'Guru Besar Fakultas Ekonomi Universitas Lambang Wolio']]);
});

test('a numeral after a word it numbers (`Sektor II`) is in the name of a body, which is no speaker', () => {
  const a = story(
    'Seorang lelaki datang ke Stasiun Pemadam Kebakaran Sektor II Wolio Baru, Jakarta Selatan.',
    'Tanpa menyebutkan identitas, ia mengatakan, "Pak, ada kebakaran di gedung itu!"',
  );
  assert.deepEqual(names(a), [null]);
});
