// Baca juga by the whole vocabulary: the rest of the same story (its first sentence, a quote naming
// no one, as its title) beats stories that share only the famous name; and an older story opened
// from the archive gets the stories of its own time, not this month's.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { openArchive } from '../../../electron/services/archive/index.ts';
import { article, tempDir } from './helpers.ts';

const dir = tempDir();
const a = openArchive(dir);
after(() => { a.close(); rmSync(dir, { recursive: true, force: true }); });

const DAY = 86_400_000;
const now = new Date('2026-11-20T03:00:00Z');
const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
const add = (id: string, title: string, paras: string[], date: string | null) =>
  a.addStory({ id, title, body: paras.join('\n\n'), url: `https://arsip.contoh.test/${id}`, date, source: 'ANTARA' });

const topics = ['meresmikan bendungan di Jawa Tengah', 'menerima kunjungan Perdana Menteri Jepang', 'meninjau panen raya di Karawang',
  'membuka pameran industri pertahanan', 'melantik duta besar baru', 'menghadiri peringatan Hari Pahlawan', 'membahas harga pupuk dengan petani',
  'meninjau sekolah rakyat di Bogor', 'berpidato di sidang tahunan parlemen', 'meresmikan jalan tol baru di Sumatra'];
// The famous name and office in every title and lead: ten stories of the days around the open one,
// on other matters.
topics.forEach((t, i) => add(`prabowo-${i}`, `Prabowo Subianto ${t}, Kejaksaan Agung hadir`, [
  `JAKARTA (ANTARA) - Presiden Prabowo Subianto ${t} bersama Jaksa Agung ST Burhanuddin dari Kejaksaan Agung.`,
  `Prabowo Subianto didampingi Menteri Keuangan dan sejumlah menteri Kabinet Merah Putih dalam acara itu.`,
  `"Kita harus bekerja keras untuk rakyat," kata Prabowo Subianto.`,
], at(400 + (i % 3))));

// The second half of the open story, under its own first sentence (a quote).
add('pidato-bagian-2', '"Saya ucapkan terima kasih kepada semua jajaran yang gigih bekerja," ungkapnya.', [
  '"Saya ucapkan terima kasih kepada semua jajaran yang gigih bekerja," ungkapnya di gedung Kejaksaan Agung.',
  'Uang sitaan Rp13,2 triliun itu berasal dari Wilmar Group, Musim Mas Group, dan Permata Hijau Group dalam perkara ekspor minyak sawit mentah (CPO).',
  'Tumpukan uang sitaan itu dipajang di depan mimbar sebelum diserahkan kepada Menteri Keuangan untuk masuk kas negara.',
], at(400));

const open = article('Prabowo berpidato di depan gunungan uang sitaan Rp13 triliun', [
  'JAKARTA (ANTARA) - Presiden Prabowo Subianto berpidato di depan gunungan uang sitaan Rp13,2 triliun dari perkara korupsi ekspor minyak sawit mentah (CPO) di gedung Kejaksaan Agung.',
  'Uang sitaan dari Wilmar Group, Musim Mas Group, dan Permata Hijau Group itu ditumpuk di depan mimbar.',
  'Jaksa Agung ST Burhanuddin menyerahkan uang sitaan itu secara simbolis kepada Menteri Keuangan.',
], { date: at(400) });

test('the other half of the story, titled by a quote naming no one, beats stories sharing only the famous name', () => {
  const r = a.related(open, { now, limit: 5 });
  const ids = r.results.map((x) => x.id);
  assert.equal(ids[0], 'pidato-bagian-2', ids.join());
});

test('an older story opened from the archive: its own time, not the newest stories on the same name', () => {
  const b = openArchive(tempDir());
  try {
    const put = (id: string, title: string, lead: string, daysAgo: number) =>
      b.addStory({ id, title, body: `${lead}\n\nAcara berlangsung lancar.`, url: `https://arsip.contoh.test/${id}`, date: at(daysAgo), source: 'ANTARA' });
    // Two hundred newer stories on the same (frequent) name, all well after the open story's month.
    b.transaction(() => {
      for (let i = 0; i < 200; i++) put(`baru-${i}`, `Ratna Wibisono hadiri acara ke-${i}`, `JAKARTA (ANTARA) - Menteri Keuangan Ratna Wibisono menghadiri acara ke-${i}.`, 5 + (i % 60));
    });
    put('hari-itu', 'Ratna Wibisono hadiri rapat kabinet', 'JAKARTA (ANTARA) - Menteri Keuangan Ratna Wibisono menghadiri rapat kabinet.', 400);
    const old = article('Ratna Wibisono umumkan paket stimulus', [
      'JAKARTA (ANTARA) - Menteri Keuangan Ratna Wibisono mengumumkan paket stimulus ekonomi.',
      'Ratna Wibisono menyebut paket itu berlaku bulan depan.',
    ], { date: at(400) });
    const ids = b.related(old, { now, limit: 5 }).results.map((x) => x.id);
    assert.equal(ids[0], 'hari-itu', ids.join());
  } finally {
    b.close();
  }
});

test('a story older than the desk window still gets the window\'s stories (counted from today)', () => {
  const b = openArchive(tempDir());
  try {
    b.addStory({ id: 'baru', title: 'Ratna Wibisono umumkan paket stimulus lanjutan', body: 'JAKARTA (ANTARA) - Menteri Keuangan Ratna Wibisono mengumumkan paket stimulus lanjutan.\n\nPaket itu berlaku bulan depan.', url: 'https://arsip.contoh.test/baru', date: at(10), source: 'ANTARA' });
    const old = article('Ratna Wibisono umumkan paket stimulus', [
      'JAKARTA (ANTARA) - Menteri Keuangan Ratna Wibisono mengumumkan paket stimulus ekonomi.',
    ], { date: at(400) });
    const ids = b.related(old, { now, windowMonths: 6, limit: 5 }).results.map((x) => x.id);
    assert.deepEqual(ids, ['baru']);
  } finally {
    b.close();
  }
});
