import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../../../core/parse/index.ts';
import type { Article } from '../../../core/model/article.ts';

const story = (...paras: string[]): Article => parseText(['Jakarta (ANTARA) - Pemerintah menambah bantuan.', ...paras].join('\n\n'));
const direct = (a: Article) => a.quotes.filter((q) => q.kind === 'direct').map((q) => [q.cue, q.speaker?.name ?? null, q.speaker?.title ?? null]);
const indirect = (a: Article) => a.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.cue, q.speaker?.name ?? null, q.text]);

test('name after the verb, with the title of the first full mention', () => {
  const a = story('Menteri Sosial Rina Kartika meninjau gudang.', '"Stok cukup," ujar Rina di gudang.', '"Semua disalurkan," kata Menteri Sosial Rina Kartika.');
  assert.deepEqual(direct(a), [['ujar', 'Rina Kartika', 'Menteri Sosial'], ['kata', 'Rina Kartika', 'Menteri Sosial']]);
  assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speaker?.resolved, 'Menteri Sosial Rina Kartika');
});

test('a title chain with an organisation and a rank: the person is the last name in it', () => {
  const a = story('"Kasus masih diselidiki," kata Kepala Bidang Humas Polda Metro Jaya Kombes Budi Hartono, Senin.');
  assert.deepEqual(direct(a), [['kata', 'Budi Hartono', 'Kepala Bidang Humas Polda Metro Jaya Kombes']]);
});

test('an appositive name after commas: Camat X, Kabupaten Y, Name', () => {
  const a = story('"Warga belum sadar," kata Camat Sukamaju, Kabupaten Tangerang, Dedi Supriadi, Sabtu.');
  assert.equal(direct(a)[0][1], 'Dedi Supriadi');
});

test('katanya / ujarnya / kata dia: the person last named as a source', () => {
  const a = story(
    'Direktur Utama PT Sumber Pangan, Lestari Wibowo, mengatakan pasokan aman.',
    'Produksi naik karena cuaca baik.',
    '"Kami tambah dua shift," katanya.',
    '"Tidak ada pemutusan kerja," kata dia.',
    '"Gaji tetap," ujarnya menambahkan.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Lestari Wibowo', 'Lestari Wibowo', 'Lestari Wibowo']);
  assert.deepEqual(direct(a).map((x) => x[0]), ['katanya', 'kata', 'ujarnya']);
});

test('an office named alone resolves to its holder named earlier', () => {
  const a = story('Presiden Joko Santoso membuka rapat kabinet.', '"Bantuan harus sampai pekan ini," kata Presiden dalam rapat.');
  assert.deepEqual(direct(a), [['kata', 'Joko Santoso', 'Presiden']]);
});

test('an office alone with no holder named is the speaker as written', () => {
  const a = story('"Jalur itu ditutup," kata juru bicara kepolisian.');
  assert.deepEqual(direct(a), [['kata', 'juru bicara kepolisian', null]]);
});

test('the speaker before the quote: X mengatakan, "…" and a colon in the paragraph before', () => {
  const a = story('Ketua RT Slamet Riyadi mengatakan, "Air sudah surut."', 'Wakil Bupati Hana Lestari menegaskan:', '"Semua pengungsi kembali besok."');
  assert.deepEqual(direct(a), [['mengatakan', 'Slamet Riyadi', 'Ketua RT'], ['menegaskan', 'Hana Lestari', 'Wakil Bupati']]);
});

test('name before the verb after the quote: "…," Rutte menambahkan', () => {
  const a = story('Sekretaris Jenderal NATO Mark Rutte tiba di Brussel.', '"Kami siap," Rutte menambahkan.');
  assert.deepEqual(direct(a), [['menambahkan', 'Mark Rutte', 'Sekretaris Jenderal NATO']]);
});

test('a second quote in a paragraph takes the speaker of the first', () => {
  const a = story('"Harga turun," kata pedagang Sari Wulan. "Pembeli kembali ramai."');
  assert.deepEqual(direct(a).map((x) => x[1]), ['Sari Wulan', 'Sari Wulan']);
});

test('an unattributed quote has no speaker (the checks flag it)', () => {
  const a = story('"Kami kecewa dengan keputusan itu, sangat kecewa."');
  assert.deepEqual(direct(a), [[null, null, null]]);
});

test('indirect attributions: Menurut dia, X mengatakan bahwa, Menurutnya, …, menurut pernyataan resmi', () => {
  const a = story(
    'Kepala Dinas Pertanian Agus Salim mengatakan bahwa panen raya dimulai bulan depan.',
    'Menurut dia, harga gabah akan stabil sampai akhir tahun.',
    'Menurutnya, pupuk tersedia di semua kios.',
    'Target produksi naik sepuluh persen, menurut pernyataan resmi.',
  );
  assert.deepEqual(indirect(a), [
    ['mengatakan', 'Agus Salim', 'panen raya dimulai bulan depan'],
    ['Menurut', 'Agus Salim', 'harga gabah akan stabil sampai akhir tahun'],
    ['Menurutnya', 'Agus Salim', 'pupuk tersedia di semua kios'],
    // A statement nobody is named for has no speaker: `pernyataan resmi` is not a person.
    ['menurut', null, 'Target produksi naik sepuluh persen'],
  ]);
});

test('vague sources are never speakers; a named body is kept as written', () => {
  const a = story(
    'Menurut sumber yang tidak mau disebut namanya, sebagian dana sempat tertahan di kas daerah.',
    'Target produksi naik sepuluh persen, menurut data BPS.',
  );
  assert.deepEqual(indirect(a), [
    ['Menurut', null, 'sebagian dana sempat tertahan di kas daerah'],
    ['menurut', 'data BPS', 'Target produksi naik sepuluh persen'],
  ]);
});

test('a cue that takes a plain object makes an indirect quote only before a clause', () => {
  const a = story(
    'Menteri Keuangan Sri Mulyani memaparkan rencana anggaran di DPR, Rabu.',
    'Kepala Dinas Agus Salim menjelaskan rencana itu kepada wartawan di Balai Kota.',
    'Agus Salim menjelaskan bahwa panen raya dimulai bulan depan.',
    'Sri Mulyani memaparkan, defisit tetap di bawah tiga persen tahun ini.',
  );
  assert.deepEqual(indirect(a), [
    ['menjelaskan', 'Agus Salim', 'panen raya dimulai bulan depan'],
    ['memaparkan', 'Sri Mulyani', 'defisit tetap di bawah tiga persen tahun ini'],
  ]);
});

test('pronouns: Ia mengatakan keeps the last source; mereka is a group, not a speaker', () => {
  const a = story('Gubernur Bali Wayan Sudiarta meninjau bandara.', 'Ia mengatakan penerbangan normal kembali.', '"Kami senang," kata mereka.');
  assert.deepEqual(indirect(a)[0].slice(0, 2), ['mengatakan', 'Wayan Sudiarta']);
  assert.deepEqual(direct(a), [['kata', null, null]]);
});

test('organisations and events are not taken for the person who speaks', () => {
  const a = story(
    'Juru bicara Satuan Tugas Penanganan Bencana Rudi Hermawan mengatakan evakuasi selesai.',
    'Sidang Paripurna DPR menyetujui anggaran tambahan pada Kamis.',
    '"Semua warga sudah aman," katanya.',
  );
  assert.equal(direct(a)[0][1], 'Rudi Hermawan');
});

test('abbreviated titles with a period stay in the title', () => {
  const a = story('"Pasien stabil," kata dr. Siti Nadia Tarmizi.', '"Semua aman," ujar Prof. Dr. Budi Santoso.');
  assert.deepEqual(direct(a), [['kata', 'Siti Nadia Tarmizi', 'dr.'], ['ujar', 'Budi Santoso', 'Prof. Dr.']]);
});

test('a title set off by commas after the name is the title; nobody inside it speaks', () => {
  const a = story('Kisran Makati, Ketua Pusat Kajian Hak Asasi Manusia Sultra, mengatakan suap itu buruk.', '"Itu merusak," katanya.');
  assert.deepEqual(direct(a), [['katanya', 'Kisran Makati', 'Ketua Pusat Kajian Hak Asasi Manusia Sultra']]);
});

test('a lower-case field after a role belongs to the title: pakar epidemiologi Fakultas …, Name', () => {
  const a = story('"Tes harus diperbanyak," kata pakar epidemiologi Fakultas Kesehatan Masyarakat Universitas Indonesia, Tri Yunis Miko, kemarin.');
  assert.equal(direct(a)[0][1], 'Tri Yunis Miko');
});

test('a person introduced with an age speaks the next katanya, and warga after them names a place', () => {
  const a = story(
    'Kepala Dinas Pasar Hendra Gunawan mengatakan harga beras stabil.',
    'Harga cabai turun sejak pekan lalu.',
    'Sumiati (48), warga Kebon Sirih Dalam, sudah berjualan sayur selama sepuluh tahun.',
    '"Pembeli sekarang sepi sekali," katanya.',
  );
  assert.deepEqual(direct(a), [['katanya', 'Sumiati', null]]);
});

test('a legal reference with a number in brackets is no person', () => {
  const a = story(
    'Ketua KPU Daerah Rahmat Sulaiman mengatakan pencalonan sah.',
    'Hal itu diatur dalam Pasal 7 Ayat (2) undang-undang pemilihan.',
    '"Syaratnya sudah lengkap," ujarnya.',
  );
  assert.deepEqual(direct(a), [['ujarnya', 'Rahmat Sulaiman', 'Ketua KPU Daerah']]);
});

test('a reduplicated word at the start of a sentence is not part of the name after it', () => {
  const a = story('Berkali-kali Wiratmaja menolak tawaran itu.', '"Saya belum siap," kata Wiratmaja.');
  assert.deepEqual(direct(a), [['kata', 'Wiratmaja', null]]);
});

test('a lone word after the head of a body names the body: the holder of the office speaks', () => {
  const a = story(
    'Politisi senior Partai Amanah, Haris Munandar, mengatakan koalisi tetap solid.',
    '"Kami bersama sampai akhir," kata politisi senior Partai Amanah ini.',
  );
  assert.deepEqual(direct(a), [['kata', 'Haris Munandar', 'Politisi senior Partai Amanah']]);
});

test('a number after a hyphen belongs to the name of a body, and the person comes after it', () => {
  const a = story('"Disiplin harus dijaga," kata Ketua Muhammadiyah Covid - 19 Command Center (MCCC) Agus Setiono, kemarin.');
  assert.equal(direct(a)[0][1], 'Agus Setiono');
});

test('the short name of a body in brackets, and a people after umat, are not speakers', () => {
  const a = story(
    'Ketua Umum Perhimpunan Koperasi Nelayan Indonesia (Perkonesia) Joko Santosa mengatakan modal masih kurang.',
    'Perkonesia memperkirakan kredit baru belum akan tumbuh.',
    'Sebagian umat Hindu menilai aturan itu tidak adil.',
    '"Kami perlu keringanan cicilan," ujarnya.',
  );
  assert.deepEqual(direct(a), [['ujarnya', 'Joko Santosa', 'Ketua Umum Perhimpunan Koperasi Nelayan Indonesia (Perkonesia)']]);
});

test('a name the story also writes in lower case inside a handle or an address is still a name', () => {
  const a = story(
    'Gubernur Jawa Tengah Laksmi Anggraeni melalui akun Instagram laksmi.ang mengumumkan dirinya sehat.',
    '"Saya tetap bekerja dari rumah," kata Laksmi.',
  );
  assert.deepEqual(direct(a), [['kata', 'Laksmi Anggraeni', 'Gubernur Jawa Tengah']]);
});

test('the domain in the name of a body does not end the title before the name', () => {
  const a = story('"Peluangnya besar," kata Head of Mitradigital.co Rendra Wibisono.');
  assert.equal(direct(a)[0][1], 'Rendra Wibisono');
});

test('a lower-case role that points back (ini, itu, yang …) is the person just introduced, the role as its title', () => {
  const a = story(
    'Warsito (45) sudah dua puluh tahun menjadi sopir angkot di terminal itu.',
    '"Penumpang sepi sekali," kata sopir yang belum punya SIM ini.',
    '"Setoran tidak tertutup," ujar ibu tiga anak itu.',
    '"Terminal sepi," kata warga Bekasi Utara, itu.',
    '"Ramai lagi," kata warga.',
    '"Ramai," kata petugas sensus setelah lelaki itu terjaga.',
  );
  assert.deepEqual(direct(a), [
    ['kata', 'Warsito', 'sopir'], ['ujar', 'Warsito', 'ibu tiga anak'], ['kata', 'Warsito', 'warga Bekasi Utara'],
    ['kata', 'warga', null], ['kata', 'petugas', null],
  ]);
});

test('a passive speech verb after the quote names the speaker after it', () => {
  const a = story('"Kami akan mengajukan keringanan," ditambahkan Tono Wibisono.');
  assert.deepEqual(direct(a), [['ditambahkan', 'Tono Wibisono', null]]);
});

test('after a body head, the first word of a long run is the body, the rest the person; one-word bodies name themselves', () => {
  const a = story(
    '"Kami solid," kata Wakil Ketua Umum Partai Gemilang Sutan Ardi Wijaya.',
    '"Stok aman," kata Direktur Jenderal Anggaran Kemenkeu Rahmat Budi Santosa.',
    '"Pasokan cukup," kata General Manager Wilayah IV PT Pertamina Lestari Ayu Wulandari.',
    '"Semua sehat," kata Wali Kota Risma.',
  );
  assert.deepEqual(direct(a).map((d) => d[1]), ['Sutan Ardi Wijaya', 'Rahmat Budi Santosa', 'Lestari Ayu Wulandari', 'Risma']);
});

test('a three-letter acronym inside a run ends it: the body, then the name', () => {
  const a = story(
    'Wakil Ketua Badan Legislasi DPR Wibowo Santoso mengatakan, naskah sudah selesai.',
    '"Tinggal diunggah," katanya.',
  );
  assert.deepEqual(direct(a), [['katanya', 'Wibowo Santoso', 'Wakil Ketua Badan Legislasi DPR']]);
});

test('a word written in lower case only in a web address still makes it no name', () => {
  const a = story(
    'Pengunjung mendaftar di situs layanan.pustakanas.go.id sebelum datang.',
    'Menurut Hamdan Syukri, petugas Pustakanas, pendaftaran wajib.',
    '"Semua harus mendaftar," ujarnya.',
  );
  assert.deepEqual(direct(a).map((d) => d[1]), ['Hamdan Syukri']);
});

test('an office alone before a bracketed source is cut at the bracket and finds its holder', () => {
  const a = story('Presiden Joko Widodo meresmikan bendungan.', '"Kerja saja," kata Presiden (Kompas, 11/11/2017).');
  assert.deepEqual(direct(a), [['kata', 'Joko Widodo', 'Presiden']]);
});

test('after a body named by one word the lone name is the person; a Roman numeral is no initial', () => {
  const a = story(
    '"Ini keputusan final," tulis Ketua KPU Hasanudin dalam surat itu.',
    '"Ada tambang besar," kata Kepala Satgas KPK Wilayah V Dian Pratiwi di gedung KPK.',
  );
  assert.deepEqual(direct(a).map((d) => d[1]), ['Hasanudin', 'Dian Pratiwi']);
});

test('a name after a closing quote with no speech verb close behind it does not make the quote attributed', () => {
  const a = story('Pelatih itu menyebut timnya "belum siap", Marco Santoso lalu mengganti tiga pemain inti dan dua pemain cadangan di babak kedua pertandingan kemarin sore.');
  assert.deepEqual(a.quotes.filter((q) => q.kind === 'direct' && q.speaker), []);
});

test('a noun for people pointing back names the person the story is about: `ujar pria … tersebut`, `tambah sang pelatih`', () => {
  const a = story(
    'Pelatih tim muda Bram Wiradinata memimpin latihan pagi.',
    '"Anak-anak harus tetap fokus," ujar pria yang kini berusia 61 tahun tersebut.',
    '"Besok kami uji coba," tambah sang pelatih.',
    '"Semua pemain siap," tutur jebolan akademi Ajax itu.',
  );
  assert.deepEqual(direct(a), [
    ['ujar', 'Bram Wiradinata', 'pria yang kini berusia 61 tahun'],
    ['tambah', 'Bram Wiradinata', 'sang pelatih'],
    ['tutur', 'Bram Wiradinata', 'jebolan akademi Ajax'],
  ]);
});

test('a thing pointed back to is no speaker: `tulis keterangan video tersebut`, `sang perekam` of a car', () => {
  const a = story('Video itu diunggah akun @warga_kota.', '"Jalanan banjir lagi," tulis keterangan video tersebut.');
  assert.deepEqual(direct(a), [['tulis', null, null]]);
});

test('a source the story keeps unnamed (`Dodi (bukan nama sebenarnya)`) speaks next, not the official before', () => {
  const a = story(
    '"Anggaran turun," kata Kepala Dinas Kesehatan Rina Marlina.',
    'Dodi (bukan nama sebenarnya) menunjukkan kartu berobatnya.',
    '"Ini saya minum tiap malam," ujar pria 32 tahun itu.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Rina Marlina', 'Dodi']);
});

test('`Orang Rimba`, `Orang Asli Papua`: a people, never a person to point back to', () => {
  const a = story(
    'Rektor Universitas Jambi Hasan Basri menyerahkan beasiswa kepada mahasiswa Orang Rimba.',
    '"Dana sudah cair," ujar pria yang juga menjabat guru besar itu.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Hasan Basri']);
});

test('a lower-case role the title chain does not know, then the name after a comma: `ujar pengendali hama bersertifikat, Budi Sentosa.`', () => {
  const a = story(
    '"Tikus mencari tempat hangat," ujar pengendali hama bersertifikat, Budi Sentosa.',
    '"Asapnya membuat mata perih," kata salah satu siswa, Laila Ramadhani (16), Senin.',
    '"Jalan ditutup sejak pagi," kata dia kepada wartawan, Senin.',
  );
  assert.deepEqual(direct(a), [
    ['ujar', 'Budi Sentosa', 'pengendali hama bersertifikat'],
    ['kata', 'Laila Ramadhani', 'siswa'],
    ['kata', 'Laila Ramadhani', 'siswa'],
  ]);
});

test('`Pengamat politik dari Universitas X Nama menilai`: the role and the body are the title, and the person speaks', () => {
  const a = story(
    'Pasangan Rina Astuti - Bagus Prakoso menyampaikan ucapan selamat.',
    'Secara terpisah, pengamat politik dari Universitas Wolio Robi Setiawan Harahap menilai, pasangan Rina Astuti membuat sejarah.',
    'Peluang calon perseorangan selama ini kecil.',
    '"Ada strategi yang menyentuh publik," katanya.',
  );
  assert.deepEqual(direct(a), [['katanya', 'Robi Setiawan Harahap', 'pengamat politik dari Universitas Wolio']]);
});

test('more speech verbs after a quote (`imbau`, `kelakar`, `sindir`, `urai`), `demikian kata X`, and `saran`/`tuntas` only right after the quote', () => {
  const a = story(
    '"Jangan berteduh di bawah baliho," imbau Kepala Stasiun Cuaca Hendro Prakoso.',
    '"Saya ini tukang ojek saja," kelakar Darsono Wibisono.',
    '"Biaya bisa ditekan," demikian kata Bendahara Desa Sumi Lestari.',
    '"Cuci tangan sebelum makan," saran dokter anak Ratih Kusumawati.',
  );
  assert.deepEqual(direct(a).map((x) => x.slice(0, 2)), [
    ['imbau', 'Hendro Prakoso'], ['kelakar', 'Darsono Wibisono'], ['kata', 'Sumi Lestari'], ['saran', 'Ratih Kusumawati'],
  ]);
  // Nouns and adverbs elsewhere: no quote is made of a scare-quoted word, no speaker of a name after them.
  const b = story('Pakar memberi saran yang "keren" kepada orangtua.', 'Mari kita kupas tuntas "daging" dari berita ini.');
  assert.deepEqual(direct(b), []);
});

test('a paragraph that is one more quote right after a quoted paragraph goes on quoting the same person (inferred: no cue)', () => {
  const a = story(
    '"Kami tampil lebih baik di babak kedua," ujar pelatih Gerry Santoso.',
    '"Besok kami latihan ringan saja."',
    'Tim itu bertanding lagi Sabtu.',
    '"Apa target Anda?" tanya seorang wartawan kepada kapten Rudi Hartono.',
    '"Juara, tentu saja," jawabnya.',
  );
  assert.deepEqual(direct(a).slice(0, 2), [['ujar', 'Gerry Santoso', 'pelatih'], [null, 'Gerry Santoso', 'pelatih']]);
  // After a narrative paragraph, or a question, nothing is inferred.
  const b = story('"Kami siap," kata Ketua RT Slamet Riyadi.', 'Warga lain menolak.', '"Tidak ada yang mendengar kami sama sekali."');
  assert.deepEqual(direct(b)[1], [null, null, null]);
  const c = story('"Siapa yang bertanggung jawab?" tanya Budi Hartono.', '"Bukan saya, itu urusan dinas lain."');
  assert.deepEqual(direct(c)[1], [null, null, null]);
});

test('a role completed by one lower-case word at the clause end (`tanya kuasa hukum.`), and `… tersebut kepada media` still points back', () => {
  const a = story('"Saksi tinggal di mana?" tanya kuasa hukum.');
  assert.deepEqual(direct(a), [['tanya', 'kuasa hukum', null]]);
  const b = story('Pelatih tim muda Bram Wiradinata memimpin latihan.', '"Ada pemain cedera," kata juru taktik 61 tahun tersebut kepada media, Minggu.');
  assert.deepEqual(direct(b), [['kata', 'Bram Wiradinata', 'juru taktik 61 tahun']]);
});

test('a person brought in with an office after the last source speaks the next katanya; one named in passing does not', () => {
  const a = story(
    'Kepala Dinas Perikanan Lestari Wulandari mengatakan stok ikan cukup.',
    'Secara terpisah, Wakil Ketua Komisi IV DPRD Arman Sitompul menyambut baik rencana itu.',
    'Rencana itu juga dibahas dalam rapat bersama Sekretaris Daerah Yohanes Bire.',
    '"Nelayan kecil harus dilibatkan sejak awal," tuturnya.',
  );
  assert.deepEqual(direct(a), [['tuturnya', 'Arman Sitompul', 'Wakil Ketua Komisi IV DPRD']]);
  const b = story(
    'Ketua DPRD Ratna Simanjuntak menyampaikan pentingnya meneladani profesionalisme Jenderal Sutanto Wirya.',
    '"Beliau tak bisa dibeli dengan uang," katanya.',
  );
  assert.deepEqual(direct(b), [['katanya', 'Ratna Simanjuntak', 'Ketua DPRD']]);
});

test('Pelaksana Tugas opens an office, not a name', () => {
  const a = story('"Kami masih menelusuri aliran dana," ujar Pelaksana Tugas Deputi Penindakan KPK Rudi Hartono di Jakarta.');
  assert.deepEqual(direct(a), [['ujar', 'Rudi Hartono', 'Pelaksana Tugas Deputi Penindakan KPK']]);
});

test('the agent of an act on a thing (diresmikan oleh Presiden) is named in passing, not a new source', () => {
  const a = story(
    'Menteri Energi Darmawan Sitepu mengatakan pemerintah mempercepat proyek surya.',
    'Proyek itu diresmikan dua kali oleh Presiden Haryo Kusumo di Kupang.',
    '"Sebagian besar sudah tersambung ke jaringan," katanya.',
  );
  assert.deepEqual(direct(a), [['katanya', 'Darmawan Sitepu', 'Menteri Energi']]);
  const b = story(
    'Menteri Energi Darmawan Sitepu mengatakan pemerintah mempercepat proyek surya.',
    'Hal serupa juga diungkapkan Suparno (58), warga Oebobo.',
    '"Listrik di kampung kami jauh lebih stabil," katanya.',
  );
  assert.deepEqual(direct(b).map((x) => x[1]), ['Suparno']);
});

test('a voice brought in with datang dari, even one named before, speaks the next katanya', () => {
  const a = story(
    'Ketua Umum Partai Sejahtera Raya Anwar Lubis pernah mengusulkan nama itu.',
    'Sejarawan Mira Halim menyampaikan keberatannya atas usulan tersebut.',
    'Di sisi lain, dukungan datang dari Ketua Umum Partai Sejahtera Raya Anwar Lubis. Ia menilai, jasa tokoh itu sangat besar.',
  );
  assert.deepEqual(indirect(a).map((x) => x[1]), ['Anwar Lubis']);
  const b = story(
    '"Tempat ini harus dirawat," kata penulis Sinta Maharani.',
    'Pandangan serupa datang dari Rendra Wiguna (41), dosen.',
    '"Saya sering ke sini mencari buku lama," katanya.',
  );
  assert.deepEqual(direct(b).map((x) => x[1]), ['Sinta Maharani', 'Rendra Wiguna']);
});

test('a vox-pop source named with an age after `salah satunya` speaks the next quote', () => {
  const a = story(
    'Koordinator Pemasaran Kedai Senja Laras Wening mengatakan pengunjung naik.',
    'Salah satunya Dimas (23), pengunjung asal Cibiru.',
    '"Saya suka duduk di luar karena udaranya segar," ujarnya.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Dimas']);
});

test('a name in brackets or quote marks after an office names a body in passing', () => {
  const a = story(
    '### 3. Rudi Hartanto (CEO Sentosa Wijaya Corp)',
    'Rudi Hartanto memilih kemeja biru muda.',
    'Ia menambahkan, pakaian itu dibeli di pasar.',
  );
  assert.deepEqual(indirect(a).map((x) => x[1]), ['Rudi Hartanto']);
  const b = story('Rudi Hartanto memakai topi bertuliskan "Sentosa Wijaya".', 'Ia menambahkan, pakaian itu dibeli di pasar.');
  assert.deepEqual(indirect(b).map((x) => x[1]), ['Rudi Hartanto']);
});

test('tanggung jawab, tanya jawab, kata sandi: a speech verb inside a noun is no cue', () => {
  const a = story(
    'Ekonom Sari Wulandari mengatakan pengawasan perusahaan negara masih lemah.',
    'Pengawasan juga harus menjadi tanggung jawab Menteri Perhubungan Joko Prasetyo.',
    '"Jangan hanya diserahkan ke direksi," tambahnya.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Sari Wulandari']);
  const b = story(
    'Ekonom Sari Wulandari mengatakan pengawasan perusahaan negara masih lemah.',
    'Hal itu dibahas dalam sesi tanya jawab Direktur Utama Bank Sentosa Rudi Halim.',
    '"Jangan hanya diserahkan ke direksi," tambahnya.',
  );
  assert.deepEqual(direct(b).map((x) => x[1]), ['Sari Wulandari']);
});

test('a nickname given after a name (yang biasa disapa X, (X)) and a short start of a name link to the person', () => {
  const a = story(
    'Wakil Gubernur Bali Cokorda Gede Arta Wisnawa, yang biasa disapa Cok Arta, meninjau pasar.',
    'Harga cabai naik.',
    '"Kami pantau setiap hari," kata Cok Arta.',
  );
  assert.deepEqual(direct(a), [['kata', 'Cokorda Gede Arta Wisnawa', 'Wakil Gubernur Bali']]);
  const b = story('Menteri Sosial Sri Wulandarini (Wulan) mengunjungi panti.', 'Kepala Dinas Sosial Andi Saputra mendampingi.', '"Panti ini harus diperbaiki," ujar Wulan.');
  assert.deepEqual(direct(b).map((x) => x[1]), ['Sri Wulandarini']);
  const c = story('Menteri Sosial Tri Wulandarini mengunjungi panti.', 'Kepala Dinas Sosial Andi Saputra mendampingi.', '"Panti ini harus diperbaiki," ujar Wulan.');
  assert.deepEqual(direct(c).map((x) => x[1]), ['Tri Wulandarini']);
});

test('a blend of the first and last names (Jokowi for Joko Widodo) links to the person; a look-alike word does not', () => {
  const a = story(
    'Gubernur Jambi Hasbullah Nurdin meresmikan jembatan itu.',
    'Bupati Tebo Rahmat Santoso ikut hadir.',
    '"Jembatan ini untuk warga," kata Hasnur.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Hasbullah Nurdin']);
  // `Rasan` is no blend of Rahmat Santoso: the start of the first name must be three letters or more.
  const b = story('Bupati Tebo Rahmat Santoso meninjau pasar.', '"Harga stabil," kata Rasan.');
  assert.deepEqual(direct(b).map((x) => x[1]), ['Rasan']);
});

test('a pronoun after a new subject of a speech verb in its paragraph points to that subject, so a later katanya does too', () => {
  const a = story(
    'Ronaldo Sitepu mengatakan harga ikan turun sejak Juli.',
    '"Nelayan rugi besar," katanya.',
    'Bendahara koperasi periode lalu, Sunarto Widagdo menambahkan bahwa solar langka. Ia menegaskan hal itu bukan salah koperasi.',
    '"Kami hanya mengikuti aturan dinas," katanya.',
    'Sunarto menjelaskan, kuota solar turun. Ia mengatakan dinas belum menjawab surat koperasi.',
    '"Kami tunggu sampai bulan depan," katanya.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Ronaldo Sitepu', 'Sunarto Widagdo', 'Sunarto Widagdo']);
});

test('a name inside what a speaker says (after the speech verb, same clause) does not become the source', () => {
  const a = story(
    'Manajer Yayasan Pelita, Hartini Basuki, meninjau posko.',
    'Di sisi lain, Hartini mengatakan keterlibatan yayasan di acara Wolio Runfest 2025 juga menjadi momentum mengajak warga membantu korban. Dia berharap wilayah terdampak segera pulih.',
    '"Kita bersinergi dengan semua pihak," jelasnya.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Hartini Basuki']);
  assert.deepEqual(indirect(a).map((x) => [x[0], x[1]]), [['mengatakan', 'Hartini Basuki'], ['berharap', 'Hartini Basuki']]);
  // A subject set off by a comma opens the main clause: it speaks.
  const b = story(
    'Kepala Pos Pengamatan Gunung Wolio, Sutarjo Hadi, meninjau kawah.',
    'Kendati mengakui tidak mendengar, Sutarjo menyebut suara itu biasa.',
    '"Itu ciri khas gunung ini," ungkapnya.',
  );
  assert.deepEqual(direct(b).map((x) => x[1]), ['Sutarjo Hadi']);
});

test('a person named by initials after a role (tersangka M) who is the subject of the sentence before `Dia pun membantah` speaks the next ujarnya', () => {
  const a = story(
    'Seorang guru berinisial R ditetapkan sebagai tersangka.',
    '"Pelaku sudah kami tahan," kata Kasat Reskrim Polres Wolio, AKP Darmanto Sihite.',
    '"Ancaman pidananya 15 tahun penjara," imbuh Darmanto.',
    'Sementara tersangka R memohon maaf atas kegaduhan itu. Dia pun membantah telah memukul muridnya.',
    '"Saya tidak pernah memukul. Saya minta maaf kepada keluarga," ujarnya.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Darmanto Sihite', 'Darmanto Sihite', 'R']);
  assert.deepEqual(indirect(a).map((x) => [x[0], x[1]]), [['membantah', 'R']]);
});

test('initials in a list, after a charge, or a body short name after a role bring in no source', () => {
  const a = story(
    'Kapolres Wolio AKBP Hendra Lubis mengatakan tiga tersangka sudah ditahan.',
    'Ketiga pelaku berinisial JP, N, dan AR mengaku membeli sabu dari seorang kurir.',
    'Ketiga, tersangka BS dijerat pasal penghasutan.',
    '"Ancaman hukumannya enam tahun penjara," ujarnya.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Hendra Lubis']);
  assert.equal(indirect(a).find((q) => q[0] === 'mengaku')?.[1] ?? null, null);
});

test('`lanjutnya` earlier in the sentence: a subject inside it reports what the source said', () => {
  const a = story(
    'Kepala SMA Negeri 9 Wolio, Ratna Dewi Anggraini mengatakan sekolah sudah memediasi kedua pihak.',
    'Selain itu, lanjutnya, guru berinisial SR yang memukul siswa juga sudah menyampaikan permohonan maaf.',
    '"Kami sangat menyayangkan kejadian ini," katanya.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Ratna Dewi Anggraini']);
});

test('a speech verb glued to the name by a lost space is the cue and the name', () => {
  const glued = story('"Berkasnya masih kami periksa," kataSurya Atmaja.', '"Kapal tertahan di pelabuhan," demikian dilaporkanNusantara Press Agency (NPA).');
  const spaced = story('"Berkasnya masih kami periksa," kata Surya Atmaja.', '"Kapal tertahan di pelabuhan," demikian dilaporkan Nusantara Press Agency (NPA).');
  assert.deepEqual(direct(glued), direct(spaced));
  assert.deepEqual(direct(glued)[0].slice(0, 2), ['kata', 'Surya Atmaja']);
  assert.equal(direct(glued)[1][0], 'dilaporkan');
  assert.match(String(direct(glued)[1][1]), /^Nusantara/);
});

test('a lawyer speaks for the client named in the role: kuasa hukum Budi, Anton → Anton; no lawyer named → the role', () => {
  const named = story('"Klien kami tidak bersalah," kata kuasa hukum Budi Santoso, Anton Wijaya.', '"Kami ajukan banding," ujar pengacara Rina Kartika, Dedi Mulyana, Senin.');
  assert.deepEqual(direct(named), [['kata', 'Anton Wijaya', 'kuasa hukum Budi Santoso'], ['ujar', 'Dedi Mulyana', 'pengacara Rina Kartika']]);
  const role = story('Terdakwa Budi Santoso hadir di ruang sidang.', '"Dakwaan itu kabur," ujar kuasa hukum Budi Santoso.');
  assert.deepEqual(direct(role), [['ujar', 'kuasa hukum Budi Santoso', null]]);
  const subject = story(
    'Terdakwa Budi Santoso membacakan pleidoi.',
    '"Saya tidak bersalah," ujar Budi.',
    'Kuasa hukum Budi menyinggung bukti baru. Dia mengatakan bukti itu tidak sah.',
    '"Bukti itu diambil tanpa izin," katanya.',
  );
  assert.deepEqual(direct(subject).map((x) => x[1]), ['Budi Santoso', 'Kuasa hukum Budi']);
  assert.deepEqual(indirect(subject).map((x) => x.slice(0, 2)), [['mengatakan', 'Kuasa hukum Budi']]);
});

test('a body behind what it published, and a body noun pointing back: sinopsis resmi X, grup tersebut', () => {
  const a = story(
    '"Dua sahabat menempuh perjalanan jauh," tulis sinopsis resmi Layar+.',
    '"Harap waspada terhadap penipuan," tulis akun Instagram resmi BPKN, Senin.',
    '"Angka itu naik tajam," tulis laporan tersebut.',
  );
  assert.deepEqual(direct(a), [['tulis', 'Layar+', 'sinopsis resmi'], ['tulis', 'BPKN', 'akun Instagram resmi'], ['tulis', null, null]]);
  const band = story('Band Sinar Senja merilis album baru pekan lalu.', 'Konser digelar di Bandung.', '"Kami akan tur keliling Jawa," ujar band tersebut.');
  assert.deepEqual(direct(band), [['ujar', 'Sinar Senja', 'band tersebut']]);
  const group = story('"Kami akan kembali tahun depan," ujar grup tersebut.');
  assert.deepEqual(direct(group), [['ujar', 'grup tersebut', null]]);
});

test('a whole-paragraph quote with no cue takes the speaker named after the quote of the next paragraph', () => {
  const a = story(
    'Bupati Wolio, Rusdin Lamba, meresmikan pasar baru.',
    'Pasar itu menampung 300 pedagang.',
    '"Pasar ini akan menggerakkan ekonomi kampung."',
    '"Kami berterima kasih kepada semua pihak," ungkap Rusdin.',
  );
  assert.deepEqual(direct(a).map((x) => x[1]), ['Rusdin Lamba', 'Rusdin Lamba']);
  assert.equal(direct(a)[0][0], null);
  // The next quote's cue comes before it: no telling who said the first.
  const b = story('Pasar itu menampung 300 pedagang.', '"Pasar ini akan menggerakkan ekonomi kampung."', 'Rusdin Lamba mengatakan: "Kami berterima kasih kepada semua pihak."');
  assert.equal(direct(b)[0][1], null);
});

test('a body named in English after the cue is the source, whole (… Press Agency, … Daily News)', () => {
  const a = story(
    '"Hukuman telah dilaksanakan," demikian dilaporkan Oman Press Agency (OPA), Selasa (21/10/2025).',
    '"Harga minyak naik," tulis Borneo Daily News.',
  );
  assert.deepEqual(direct(a), [
    ['dilaporkan', 'Oman Press Agency', null], ['tulis', 'Borneo Daily News', null],
  ]);
});

test('a lone body word after a role (juru bicara Wolionet) is the body: the speaker is the role as written', () => {
  const a = story(
    'Harga saham Wolionet turun tajam pekan ini. CEO baru Wolionet Budi Hartono menyebut perusahaan bukan lagi yang terbesar.',
    '"Kami masih yang terdepan dalam inovasi," jelas juru bicara Wolionet dalam pernyataan resminya.',
    'Hartono tidak menanggapi lebih jauh.',
  );
  assert.deepEqual(direct(a), [['jelas', 'juru bicara Wolionet', null]]);
});

test('a person named again with the office, as the subject of a verb, is the one Menurutnya means', () => {
  const a = story(
    'Kapolres Wolio AKBP Hendra Pasaribu mengatakan razia digelar setiap malam di Wolio.',
    'Pemusnahan itu dihadiri Bupati Wolio Rusdin Lamba dan unsur Forkopimda.',
    '"Angka kriminalitas turun," kata Hendra.',
    'Sementara itu, Bupati Wolio Rusdin Lamba mengapresiasi langkah tegas kepolisian.',
    'Menurutnya, upaya tersebut menunjukkan keseriusan aparat.',
  );
  assert.deepEqual(indirect(a).map((q) => [q[0], q[1]]), [['mengatakan', 'Hendra Pasaribu'], ['Menurutnya', 'Rusdin Lamba']]);
});
