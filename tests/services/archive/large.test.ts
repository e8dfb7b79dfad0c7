import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { openArchive } from '../../../electron/services/archive/index.ts';
import { RANK_CAP } from '../../../electron/services/archive/search.ts';
import { tempDir } from './helpers.ts';

// More matches than RANK_CAP: totals are estimated (from the time span the newest matches cover), and
// ranking goes by where the words stand (title, then lead, then body), newest first.
const dir = tempDir();
const a = openArchive(dir);
after(() => { a.close(); rmSync(dir, { recursive: true, force: true }); });
const n = RANK_CAP + 300;
a.transaction(() => {
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
    const inTitle = i % 500 === 7;
    a.addStory({
      id: `s${i}`, url: `https://x.test/${i}`, date: day, source: i % 2 ? 'ANTARA' : 'Reuters',
      title: inTitle ? `Layanan umum nomor ${i}` : `Berita nomor ${i} hari ini`,
      body: `Paragraf pembuka cerita ${i} tentang kota ${i % 7}.\n\nLayanan umum di kota itu berjalan, kata petugas ${i}.`,
    });
  }
});

test('a word in every story: an estimated total, title matches first, newest first', () => {
  const r = a.search('umum', { limit: 10 });
  assert.equal(r.approximate, true);
  assert.ok(Math.abs(r.total - n) <= n * 0.05, String(r.total));
  assert.equal(a.search('umum', { section: 'tidak ada' }).total, 0);
  const titled = r.results.filter((x) => x.title.startsWith('Layanan umum'));
  // Ranked within the newest RANK_CAP matches: s7 is older than that window.
  assert.equal(titled.length, 4);
  assert.deepEqual(r.results.slice(0, 4).map((x) => x.id), ['s2007', 's1507', 's1007', 's507']);
  assert.deepEqual(r.results.slice(4).map((x) => x.id), ['s2299', 's2298', 's2297', 's2296', 's2295', 's2294']);
  const p2 = a.search('umum', { limit: 10, offset: 10 });
  assert.deepEqual(p2.results.map((x) => x.id), ['s2293', 's2292', 's2291', 's2290', 's2289', 's2288', 's2287', 's2286', 's2285', 's2284']);
  // Past the window: date order.
  assert.deepEqual(a.search('umum', { limit: 2, offset: RANK_CAP + 10 }).results.map((x) => x.id), ['s289', 's288']);
});

test('two common words: an estimated total, flagged; filters and date ranges', () => {
  const r = a.search('layanan petugas', { limit: 5 });
  assert.equal(r.approximate, true);
  assert.ok(Math.abs(r.total - n) < n * 0.1, String(r.total));
  const f = a.search('layanan petugas', { source: 'ANTARA', limit: 5 });
  assert.equal(f.total, n / 2);
  assert.ok(f.results.length === 5 && f.results.every((x) => x.source === 'ANTARA'));
  const byDate = a.search('layanan petugas', { sort: 'date', limit: 3, from: '2024-02-01', to: '2024-02-01' });
  // The day is the desk's (WIB): 1 Feb 00:00 WIB to 23:59 WIB is 31 Jan 17:00Z to 1 Feb 16:59Z.
  assert.deepEqual(byDate.results.map((x) => x.date), ['2024-02-01T16:00:00.000Z', '2024-02-01T15:00:00.000Z', '2024-02-01T14:00:00.000Z']);
  assert.equal(byDate.total, 24);
});
