// A generated archive of a few hundred published stories (deterministic): mixed desks and topics,
// some about NATO and Ukraine so the seed story has something to link to, one with hostile markup.
import type { Archive } from '../../electron/services/archive/index.ts';

const PLACES = ['Jakarta', 'Surabaya', 'Medan', 'Makassar', 'Brussel', 'Kyiv', 'Bandung', 'Denpasar', 'Jayapura', 'Semarang'];
const TOPICS = [
  { section: 'Dunia', title: (p: string, i: number) => `NATO bahas bantuan militer untuk Ukraina di ${p} (${i})`, body: (p: string) => `${p} (ANTARA) - Sekretaris Jenderal NATO Mark Rutte mengatakan sekutu akan menambah bantuan pertahanan udara bagi Ukraina.\n\nPara menteri pertahanan membahas kebutuhan mendesak Ukraina menjelang musim dingin.\n\n"Kami berdiri bersama Ukraina," kata Rutte.` },
  { section: 'Ekonomi', title: (p: string, i: number) => `Inflasi di ${p} terkendali pada bulan ke-${i % 12 + 1}`, body: (p: string) => `${p} (ANTARA) - Badan Pusat Statistik mencatat inflasi tahunan tetap terkendali berkat pasokan pangan yang lancar.\n\nHarga beras dan cabai stabil di pasar tradisional.\n\nPemerintah daerah memantau harga bahan pokok setiap pekan.` },
  { section: 'Nusantara', title: (p: string, i: number) => `Banjir rendam ratusan rumah warga ${p}, hari ke-${i % 9 + 1}`, body: (p: string) => `${p} (ANTARA) - Banjir merendam ratusan rumah warga setelah hujan deras mengguyur sejak Senin malam.\n\nBadan Penanggulangan Bencana Daerah mengerahkan perahu karet untuk mengevakuasi warga.\n\nTidak ada korban jiwa dalam peristiwa itu.` },
  { section: 'Olahraga', title: (p: string, i: number) => `Tim sepak bola ${p} menang 2-1 di laga ke-${i}`, body: (p: string) => `${p} (ANTARA) - Tim tuan rumah menang tipis 2-1 dalam laga lanjutan liga.\n\nPelatih mengatakan pemainnya bermain disiplin sepanjang pertandingan.\n\nKemenangan itu membawa tim naik ke peringkat ketiga.` },
  { section: 'Dunia', title: (p: string, i: number) => `Menhan Ukraina Rustem Umerov temui mitra Eropa di ${p} (${i})`, body: (p: string) => `${p} (ANTARA) - Menteri Pertahanan Ukraina Rustem Umerov bertemu para mitra Eropa untuk membahas produksi amunisi.\n\nUmerov mengatakan Ukraina membutuhkan sistem pertahanan udara tambahan.\n\nPertemuan berlangsung di sela rapat Dewan NATO-Ukraina.` },
];

const EXTRA = [
  'Gubernur meninjau lokasi bersama kepala dinas', 'Warga berharap pemerintah bertindak cepat', 'Anggaran tambahan disiapkan dalam APBD perubahan',
  'Kepolisian menurunkan personel untuk pengamanan', 'Pengamat menilai langkah itu tepat waktu', 'Rapat lanjutan dijadwalkan pekan depan',
  'Sejumlah relawan membantu di posko', 'Harga tiket pesawat ikut naik menjelang libur', 'Sekolah diliburkan selama dua hari',
  'Petani mengeluhkan harga pupuk', 'Nelayan tidak melaut karena gelombang tinggi', 'DPRD meminta laporan tertulis',
  'Universitas setempat menyiapkan kajian', 'Bank Indonesia memantau nilai tukar', 'Festival budaya tetap digelar',
  'Jalur kereta sempat terganggu', 'Rumah sakit menambah tempat tidur', 'Pasar murah digelar di lima kecamatan',
];

function extra(i: number): string {
  const a = EXTRA[i % EXTRA.length];
  const b = EXTRA[(i * 5 + 3) % EXTRA.length];
  const c = EXTRA[(i * 11 + 7) % EXTRA.length];
  return `${a} pada hari ke-${i}.\n\n${b}, menurut catatan ${i * 13 % 97}.\n\n${c} sejak pukul ${8 + i % 10}.00 WIB.`;
}

export const HOSTILE_TITLE = 'Uji keamanan: naskah berisi markup berbahaya';

/** Adds `count` generated stories (and one hostile one) to the archive; returns how many it holds. */
export function fillArchive(archive: Archive, count = 300, now = new Date()): number {
  archive.transaction(() => {
    for (let i = 0; i < count; i++) {
      const topic = TOPICS[i % TOPICS.length];
      const place = PLACES[(i * 7) % PLACES.length];
      const date = new Date(now.getTime() - (i % 120) * 86_400_000 - i * 60_000);
      archive.addStory({
        id: `gen-${i}`,
        title: topic.title(place, i),
        body: `${topic.body(place)}\n\n${extra(i)}\n\nCatatan arsip nomor ${i}.`,
        url: `https://arsip.contoh.test/${topic.section.toLowerCase()}/${i}`,
        date: date.toISOString(),
        source: i % 4 === 0 ? 'Kompas' : 'ANTARA',
        section: topic.section,
        authors: [i % 2 ? 'Ratna Sari' : 'Budi Santoso'],
      });
    }
    archive.addStory({
      id: 'hostile-1',
      title: HOSTILE_TITLE,
      body: 'Jakarta (ANTARA) - Naskah uji <img src=x onerror="window.__pwned=1"> dan <script>window.__pwned=1</script> serta <a href="javascript:window.__pwned=1">tautan</a> keamanan.\n\nParagraf kedua keamanan.',
      url: 'https://arsip.contoh.test/uji/keamanan',
      date: now.toISOString(),
      source: 'ANTARA',
      section: 'Uji',
    });
  });
  return archive.stats().stories;
}
