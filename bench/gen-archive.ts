// Synthetic Indonesian wire stories for the archive benchmarks: ~600 words each, deterministic for a
// seed, with recurring people, places and organisations so search and Baca juga have real work.
// Usage: node bench/gen-archive.ts [count=100000] [out=bench/data/stories-<count>.jsonl]
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = 'Budi Siti Agus Dewi Rudi Sri Joko Ani Bambang Rina Hendra Wati Eko Lestari Andi Yuni Fajar Indah Rizky Putri Dimas Ayu Teguh Maya Arif Nur Bayu Ratna Surya Intan'.split(' ');
const LAST = 'Santoso Wijaya Prasetyo Hartono Susanto Nugroho Saputra Kurniawan Setiawan Hidayat Rahman Siregar Nasution Simanjuntak Lubis Pangaribuan Wibowo Gunawan Halim Sembiring'.split(' ');
const PLACES = 'Jakarta Surabaya Bandung Medan Makassar Semarang Palembang Denpasar Yogyakarta Pontianak Manado Ambon Jayapura Kupang Mataram Padang Pekanbaru Banjarmasin Samarinda Kendari Brussel Tokyo Beijing Kairo Canberra Singapura Kuala Lumpur Bangkok Manila Hanoi'.split(' ');
const ORGS = ['Kementerian Keuangan', 'Bank Indonesia', 'Badan Pusat Statistik', 'Kementerian Kesehatan', 'DPR', 'KPK', 'Polri', 'TNI', 'BMKG', 'Basarnas', 'Pertamina', 'PLN', 'OJK', 'Kementerian Luar Negeri', 'BNPB', 'Mahkamah Konstitusi', 'KPU', 'Bawaslu', 'Kementerian Pertanian', 'Bulog', 'NATO', 'PBB', 'ASEAN', 'WHO', 'IMF'];
const ROLES = ['Menteri', 'Kepala', 'Ketua', 'Direktur Utama', 'Juru Bicara', 'Gubernur', 'Wali Kota', 'Sekretaris Jenderal', 'Deputi', 'Kapolda'];
const TOPICS: { section: string; words: string[] }[] = [
  { section: 'Ekonomi', words: 'inflasi harga beras pasokan komoditas pasar ekspor impor investasi pertumbuhan anggaran subsidi pajak rupiah saham suku bunga kredit perbankan neraca perdagangan'.split(' ') },
  { section: 'Politik', words: 'pemilihan kampanye koalisi parlemen undang-undang rancangan anggota fraksi partai pemilu kandidat suara legislasi reformasi birokrasi kebijakan pemerintahan'.split(' ') },
  { section: 'Hukum', words: 'penyidik tersangka korupsi pengadilan hakim jaksa dakwaan vonis penyelidikan saksi gratifikasi suap penahanan banding kasasi perkara barang bukti'.split(' ') },
  { section: 'Bencana', words: 'banjir gempa longsor evakuasi pengungsi korban bantuan logistik relawan tanggap darurat curah hujan peringatan dini tsunami erupsi gunung kerusakan'.split(' ') },
  { section: 'Kesehatan', words: 'vaksinasi rumah sakit pasien dokter wabah imunisasi stunting gizi puskesmas obat layanan kesehatan penyakit demam berdarah tuberkulosis'.split(' ') },
  { section: 'Dunia', words: 'perundingan diplomatik kedutaan sanksi pertahanan perbatasan gencatan senjata delegasi konferensi perjanjian kerja sama bilateral keamanan kawasan'.split(' ') },
  { section: 'Olahraga', words: 'pertandingan tim nasional pelatih pemain turnamen medali kejuaraan stadion gol klasemen final latihan atlet juara sepak bola bulu tangkis'.split(' ') },
  { section: 'Teknologi', words: 'digital aplikasi data internet keamanan siber jaringan perangkat platform inovasi kecerdasan buatan startup transformasi layanan daring satelit'.split(' ') },
];
const FILLER = 'yang dan di ke dari untuk dengan pada dalam itu ini juga akan telah sudah tidak karena oleh sebagai bahwa menjadi dapat masih lebih para kami mereka kata ujar menurut mengatakan menjelaskan menyampaikan menambahkan menegaskan mengungkapkan pemerintah masyarakat wilayah daerah nasional pusat program kegiatan upaya langkah kondisi situasi sejumlah berbagai terkait mendatang sebelumnya selanjutnya diharapkan dilakukan meningkatkan memastikan mendukung melaksanakan menyiapkan'.split(' ');
const SOURCES = ['ANTARA', 'ANTARA', 'ANTARA', 'Reuters', 'AFP', 'Kompas', 'Tempo'];
const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];

export interface GenStory {
  id: string; title: string; body: string; url: string; date: string;
  source: string; section: string; authors: string[];
}

const pick = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)];

// Skew: a few people and places recur often, most rarely (as in a real archive).
const skew = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(Math.pow(r(), 2) * a.length)];

const PEOPLE: string[] = [];
for (const f of FIRST) for (const l of LAST) PEOPLE.push(`${f} ${l}`);

export function* generateStories(count: number, seed = 20251021): Generator<GenStory> {
  const r = rng(seed);
  const start = Date.UTC(2023, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  for (let i = 0; i < count; i++) {
    const topic = pick(r, TOPICS);
    const person = skew(r, PEOPLE);
    const person2 = skew(r, PEOPLE);
    const place = skew(r, PLACES);
    const org = skew(r, ORGS);
    const role = pick(r, ROLES);
    const date = new Date(start + Math.floor((i / count) * span + r() * 86_400_000 * 20) % span);
    const tw = () => pick(r, topic.words);
    const title = `${role} ${org} ${person} soal ${tw()} ${tw()} di ${place}`;
    const paras: string[] = [];
    let wordsSoFar = 0;
    const lead = `${place.toUpperCase()} (${pick(r, SOURCES)}) - ${role} ${org} ${person} pada ${pick(r, DAYS)} menyampaikan ${tw()} dan ${tw()} di ${place} ${pick(r, FILLER)} ${tw()} ${pick(r, FILLER)} ${pick(r, FILLER)} ${tw()}.`;
    paras.push(lead);
    wordsSoFar += lead.split(' ').length;
    while (wordsSoFar < 590) {
      const n = 35 + Math.floor(r() * 30);
      const ws: string[] = [];
      for (let k = 0; k < n; k++) {
        const x = r();
        if (x < 0.62) ws.push(pick(r, FILLER));
        else if (x < 0.9) ws.push(tw());
        else if (x < 0.94) ws.push(person.split(' ')[1]);
        else if (x < 0.96) ws.push(person2);
        else if (x < 0.98) ws.push(place);
        else ws.push(org);
      }
      let p = ws.join(' ');
      p = p[0].toUpperCase() + p.slice(1) + '.';
      if (r() < 0.3) p = `"${p}" kata ${person.split(' ')[1]}.`;
      paras.push(p);
      wordsSoFar += n;
    }
    const id = `gen-${i}`;
    yield {
      id, title, body: paras.join('\n\n'),
      url: `https://contoh.antaranews.test/berita/${i}/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60)}`,
      date: date.toISOString(), source: pick(r, SOURCES), section: topic.section,
      authors: [pick(r, PEOPLE)],
    };
  }
}

/** Write `count` stories to a JSONL file once; later calls reuse it. Returns its path. */
export async function ensureStories(count: number, out?: string): Promise<string> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const file = out ?? path.join(root, 'bench', 'data', `stories-${count}.jsonl`);
  if (existsSync(file) && statSync(file).size > 0) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.part`;
  const ws = createWriteStream(tmp);
  for (const s of generateStories(count)) {
    if (!ws.write(JSON.stringify(s) + '\n')) await new Promise<void>((res) => ws.once('drain', () => res()));
  }
  await new Promise<void>((res) => ws.end(() => res()));
  const { renameSync } = await import('node:fs');
  renameSync(tmp, file);
  return file;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 100_000);
  const t0 = performance.now();
  const file = await ensureStories(count, process.argv[3]);
  console.error(`${file} (${(performance.now() - t0).toFixed(0)} ms)`);
}
