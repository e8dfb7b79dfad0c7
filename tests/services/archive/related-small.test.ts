// Baca juga on a small or topical archive, where the names that matter appear in a good share of
// all stories: they still find the candidates, so a story sharing the named people beats one that
// shares only common words; and undated stories stay eligible under the desk's window.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { openArchive } from '../../../electron/services/archive/index.ts';
import { article, tempDir } from './helpers.ts';

const dir = tempDir();
const a = openArchive(dir);
after(() => { a.close(); rmSync(dir, { recursive: true, force: true }); });

const now = new Date('2026-11-20T03:00:00Z');
const day = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
const add = (id: string, title: string, body: string, date: string | null) =>
  a.addStory({ id, title, body, url: `https://arsip.contoh.test/${id}`, date, source: 'ANTARA' });

// A desk archive about a handful of people: "Ratna Wibisono" is in 4 of 9 stories (over 25%).
add('ratna-inflasi', 'Ratna Wibisono: Kementerian Keuangan siap bantu daerah', 'JAKARTA (ANTARA) - Menteri Keuangan Ratna Wibisono mengatakan Kementerian Keuangan siap membantu daerah.\n\nRatna Wibisono menyebut anggaran transfer cukup.', day(20));
add('ratna-pajak', 'Ratna Wibisono bahas penerimaan pajak', 'JAKARTA (ANTARA) - Ratna Wibisono menyampaikan penerimaan pajak tumbuh.\n\nKementerian Keuangan optimistis.', day(40));
add('ratna-apbn', 'Ratna Wibisono paparkan APBN 2027', 'JAKARTA (ANTARA) - Ratna Wibisono memaparkan rancangan APBN di DPR.\n\nDefisit dijaga di bawah tiga persen.', day(60));
add('beras', 'Kenaikan harga beras, pemerintah minta warga tenang', 'JAKARTA (ANTARA) - Pemerintah daerah meminta warga tenang menghadapi kenaikan harga pangan di pasar.\n\nKenaikan harga pangan terjadi menjelang akhir tahun, menurut Badan Pusat Statistik.\n\nHarga kebutuhan pokok lain terkendali.', day(3));
add('cabai', 'Harga cabai naik di pasar tradisional', 'SURABAYA (ANTARA) - Harga cabai naik di pasar tradisional, kata Badan Pusat Statistik.\n\nPemerintah daerah memantau kenaikan harga pangan.', day(5));
add('bola', 'Tim Persebaya menang 2-1', 'SURABAYA (ANTARA) - Persebaya menang 2-1 atas tamu.\n\nPelatih puas.', day(2));
add('banjir', 'Banjir rendam Kampung Melayu', 'JAKARTA (ANTARA) - Banjir merendam rumah warga di Kampung Melayu.\n\nBPBD mengerahkan perahu karet.', day(1));
add('jembatan', 'Jembatan Mahakam ditutup sementara', 'SAMARINDA (ANTARA) - Jembatan Mahakam ditutup untuk perbaikan.\n\nPengendara dialihkan.', day(9));
// Undated (the loader could not read its date): a strong match must still be found under a window.
add('ratna-tanpa-tanggal', 'Ratna Wibisono kunjungi Badan Pusat Statistik', 'JAKARTA (ANTARA) - Menteri Keuangan Ratna Wibisono mengunjungi Badan Pusat Statistik membahas inflasi pangan.\n\nRatna Wibisono meminta data harga pangan harian.', null);

const open = article('Ratna Wibisono minta daerah waspadai kenaikan harga pangan', [
  'JAKARTA (ANTARA) - Menteri Keuangan Ratna Wibisono meminta pemerintah daerah mewaspadai kenaikan harga pangan menjelang akhir tahun.',
  'Ratna Wibisono mengatakan Kementerian Keuangan akan memantau inflasi bersama Badan Pusat Statistik.',
  'Kenaikan harga kebutuhan pokok di pasar masih terkendali, kata dia.',
], { date: now.toISOString() });

test('names shared with the story find candidates even when frequent: the named people beat common words', () => {
  const r = a.related(open, { now, windowMonths: 6, limit: 5 });
  const ids = r.results.map((x) => x.id);
  assert.ok(ids.includes('ratna-inflasi'), ids.join());
  assert.ok(r.results[0].shared.includes('Ratna Wibisono'), JSON.stringify(r.results[0]));
  const commonOnly = Math.min(...['beras', 'cabai'].map((id) => (ids.includes(id) ? ids.indexOf(id) : 99)));
  assert.ok(ids.indexOf('ratna-inflasi') < commonOnly, `named people first: ${ids.join()}`);
});

test('an undated story that matches strongly is suggested under the desk window as without it', () => {
  const noWindow = a.related(open, { now, limit: 5 }).results.map((x) => x.id);
  const windowed = a.related(open, { now, windowMonths: 6, limit: 5 }).results.map((x) => x.id);
  assert.ok(noWindow.includes('ratna-tanpa-tanggal'), noWindow.join());
  assert.ok(windowed.includes('ratna-tanpa-tanggal'), windowed.join());
});

test('on a bigger archive too (a name in over a quarter of 60 stories): a story sharing only that name is still found, above ones sharing only common words', () => {
  const d = tempDir();
  const b = openArchive(d);
  try {
    const put = (id: string, title: string, body: string, days: number) => b.addStory({ id, title, body, url: `https://arsip.contoh.test/${id}`, date: day(days), source: 'ANTARA' });
    for (let i = 0; i < 20; i++) put(`ratna-${i}`, `Ratna Wibisono hadiri acara ke-${i}`, `JAKARTA (ANTARA) - Ratna Wibisono menghadiri acara ke-${i} di gedung ${i}.\n\nAcara berlangsung lancar.`, 30 + i);
    for (let i = 0; i < 30; i++) put(`lain-${i}`, `Pameran buku ke-${i} dibuka`, `BANDUNG (ANTARA) - Pameran buku ke-${i} dibuka untuk umum.\n\nPengunjung ramai.`, 10 + i);
    put('beras', 'Kenaikan harga pangan, pemerintah daerah minta warga tenang', 'JAKARTA (ANTARA) - Pemerintah daerah meminta warga tenang menghadapi kenaikan harga pangan di pasar.\n\nKenaikan harga pangan terjadi menjelang akhir tahun.\n\nHarga kebutuhan pokok lain terkendali.', 2);
    for (let i = 0; i < 8; i++) put(`pangan-${i}`, `Harga pangan di pasar ${i} naik`, `SURABAYA (ANTARA) - Harga pangan di pasar ${i} naik menjelang akhir tahun.\n\nPemerintah daerah memantau kenaikan harga.`, 3 + i);
    // Shares only the (frequent) name and common words with the open story.
    put('ratna-energi', 'Ratna Wibisono ajak hemat energi', 'JAKARTA (ANTARA) - Ratna Wibisono mengajak warga menghemat energi.\n\nRatna Wibisono menyebut listrik cukup.', 20);
    const r = b.related(open, { now, windowMonths: 6, limit: 5 });
    const ids = r.results.map((x) => x.id);
    // Found through the name alone (its rank then weighs how common the name is in this archive).
    const hit = r.results.find((x) => x.id === 'ratna-energi');
    assert.ok(hit, ids.join());
    assert.ok(hit.shared.includes('Ratna Wibisono'), JSON.stringify(hit));
    assert.ok(ids.indexOf('ratna-energi') < ids.findIndex((id) => id.startsWith('pangan-')) || !ids.some((id) => id.startsWith('pangan-')), ids.join());
  } finally {
    b.close();
    rmSync(d, { recursive: true, force: true });
  }
});
