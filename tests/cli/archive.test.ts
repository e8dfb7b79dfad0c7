// The archive verbs as automation sees them: `archive import` reports undated stories and refused
// lines (exit 3 when lines were refused), `search` and `related` refuse bad input with one line and
// exit 2, never create a data folder, and apply their filters; the limits match the services' caps.
import { test, before, after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { tempDir, ROOT } from '../helpers/tmp.ts';

function meja(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, MEJA_DATA_DIR: '' }, timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'archive', 'stories.jsonl');
let data = '';

before(async () => {
  data = mkdtempSync(path.join(os.tmpdir(), 'meja-cli-archive-'));
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  // Two stories either side of midnight WIB on 15 October, to check the day bounds.
  const edge = path.join(data, 'tepi.jsonl');
  await fs.writeFile(edge, [
    { id: 'tepi-pagi', title: 'Gerhana bulan terlihat dini hari', body: 'JAKARTA (ANTARA) - Gerhana bulan terlihat dini hari.\n\nWarga menonton.', url: 'https://x.test/pagi', date: '2025-10-15T00:30:00+07:00', source: 'ANTARA', section: 'Sains', authors: ['Nina Putri'] },
    { id: 'ratna-baru', title: 'Ratna Wibisono: Kementerian Keuangan siap bantu daerah', body: 'JAKARTA (ANTARA) - Menteri Keuangan Ratna Wibisono mengatakan Kementerian Keuangan siap membantu daerah.\n\nRatna Wibisono menyebut anggaran transfer cukup.', url: 'https://x.test/ratna-baru', date: daysAgo(10), source: 'ANTARA' },
    { id: 'harga-baru', title: 'Kenaikan harga pangan, pemerintah daerah minta warga tenang', body: 'JAKARTA (ANTARA) - Pemerintah daerah meminta warga tenang menghadapi kenaikan harga pangan di pasar.\n\nKenaikan harga pangan terjadi menjelang akhir tahun.\n\nHarga kebutuhan pokok lain stabil.', url: 'https://x.test/harga-baru', date: daysAgo(2), source: 'ANTARA' },
    { id: 'tepi-malam', title: 'Gerhana bulan akan terlihat besok', body: 'JAKARTA (ANTARA) - Gerhana bulan akan terlihat besok dini hari.\n\nBMKG mengimbau warga.', url: 'https://x.test/malam', date: '2025-10-14T23:30:00+07:00', source: 'Kompas', section: 'Sains', authors: ['Joko Susilo'] },
  ].map((o) => JSON.stringify(o)).join('\n') + '\n');
  for (const f of [FIXTURE, edge]) {
    const r = meja(['archive', 'import', f, '--data', data, '--json']);
    assert.equal(r.code, 0, r.err);
  }
});
after(() => rmSync(data, { recursive: true, force: true }));

test('archive import reports undated stories and refused lines with line numbers; exit 3 when lines were refused', async () => {
  const dir = await tempDir();
  const file = path.join(dir, 'campur.jsonl');
  await fs.writeFile(file, [
    JSON.stringify({ id: 'a1', title: 'Banjir di Jakarta', body: 'JAKARTA - Banjir melanda.\n\nWarga mengungsi.', url: 'https://x.test/a1', date: '05/06/2025' }),
    'bukan json',
    JSON.stringify({ id: 'a2', title: '', body: 'x' }),
    JSON.stringify({ id: 'a3', title: 'Gempa di Palu', body: 'PALU - Gempa terjadi.\n\nWarga panik.', url: 'https://x.test/a3', date: '21/10/2025' }),
  ].join('\n') + '\n');
  const r = meja(['archive', 'import', file, '--data', path.join(dir, 'data'), '--json']);
  assert.equal(r.code, 3, r.err);
  const report = JSON.parse(r.out);
  assert.equal(report.added, 2);
  assert.deepEqual(report.undated.map((u: { line: number; id: string; date: string }) => [u.line, u.id, u.date]), [[1, 'a1', '05/06/2025']]);
  assert.deepEqual(report.errors.map((e: { line: number }) => e.line), [2, 3]);
  assert.match(report.errors[0].message, /JSON/);

  // The same without --json: a readable summary on stdout, refused lines on stderr with file:line.
  const again = path.join(dir, 'lagi.jsonl');
  await fs.writeFile(again, 'bukan json\n' + JSON.stringify({ id: 'b1', title: 'Judul', body: 'Isi berita.', url: 'https://x.test/b1', date: '05/06/2025' }) + '\n');
  const t = meja(['archive', 'import', again, '--data', path.join(dir, 'data')]);
  assert.equal(t.code, 3);
  assert.match(t.out, /tanpa tanggal\t.*lagi\.jsonl:2\tb1\t05\/06\/2025/);
  assert.match(t.out, /1 ditambahkan, 0 diperbarui, 0 duplikat, 1 tanpa tanggal, 1 baris ditolak/);
  assert.match(t.err, /lagi\.jsonl:1: JSON/);
});

test('read-only verbs on a folder without an archive: one line, exit 2, nothing created', async () => {
  const parent = await tempDir();
  const missing = path.join(parent, 'salah-ketik');
  const story = path.join(ROOT, 'tests', 'fixtures', 'antara-nato-brussel.txt');
  for (const args of [['search', 'harga'], ['related', story], ['archive', 'stats']]) {
    const r = meja([...args, '--data', missing, '--json']);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.equal(r.out, '');
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.match(r.err, /no such data folder/);
  }
  await assert.rejects(fs.access(missing), 'the mistyped folder was not created');
  // An existing folder with no archive in it: refused too, and no archive file appears.
  const r = meja(['search', 'harga', '--data', parent, '--json']);
  assert.equal(r.code, 2);
  assert.match(r.err, /no archive here/);
  assert.deepEqual(await fs.readdir(parent), [], 'neither the mistyped folder nor an archive file was made');
});

test('search: bad dates, offsets and limits are refused (exit 2, one line, no output); the caps are the service\'s', () => {
  for (const bad of [['--from', 'notadate'], ['--to', '2025-13-45'], ['--from', '2025-02-30'], ['--offset', 'abc'], ['--offset', '-1'], ['--limit', '0'], ['--limit', '201'], ['--limit', '5x'], ['--sort', 'judul']]) {
    const r = meja(['search', 'harga', '--data', data, '--json', ...bad]);
    assert.equal(r.code, 2, `${bad.join(' ')}: ${r.code} ${r.err}`);
    assert.equal(r.out, '', bad.join(' '));
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
  const r = meja(['search', 'harga', '--data', data, '--json', '--limit', '200']);
  assert.equal(r.code, 0, r.err);
  const rel = meja(['related', path.join(ROOT, 'tests', 'fixtures', 'antara-nato-brussel.txt'), '--data', data, '--json', '--limit', '80']);
  assert.equal(rel.code, 2);
  assert.match(rel.err, /--limit must be a whole number from 1 to 50/);
});

test('search filters: source, section, author, WIB day bounds, date sort, pages without repeats', () => {
  const q = (args: string[]) => {
    const r = meja(['search', ...args, '--data', data, '--json']);
    assert.equal(r.code, 0, r.err);
    return JSON.parse(r.out) as { total: number; results: { id: string; source: string; date: string }[] };
  };
  const all = q(['harga']);
  assert.ok(all.results.length >= 4, JSON.stringify(all));
  const kompas = q(['beras', '--source', 'Kompas']);
  assert.ok(kompas.results.length >= 1);
  assert.ok(kompas.results.every((x) => x.source === 'Kompas'), JSON.stringify(kompas));
  assert.deepEqual(q(['harga', '--section', 'Olahraga']).results, []);
  assert.deepEqual(q(['inflasi', '--author', 'Sari Lestari']).results.map((x) => x.id), ['t-inflasi-2']);
  // 15 October in WIB: the story at 00:30 WIB is in, the one at 23:30 WIB the day before is out.
  assert.deepEqual(q(['gerhana', '--from', '2025-10-15', '--to', '2025-10-15']).results.map((x) => x.id), ['tepi-pagi']);
  assert.deepEqual(q(['gerhana', '--to', '2025-10-14']).results.map((x) => x.id), ['tepi-malam']);
  const byDate = q(['harga', '--sort', 'date']);
  const dates = byDate.results.map((x) => x.date).filter(Boolean);
  assert.deepEqual(dates, [...dates].sort().reverse());
  // Pages: the first two, then the rest, never a story twice and none missing.
  const p1 = q(['harga', '--limit', '2']).results.map((x) => x.id);
  const p2 = q(['harga', '--limit', '2', '--offset', '2']).results.map((x) => x.id);
  assert.equal(p1.length, 2);
  assert.deepEqual(p1.filter((id) => p2.includes(id)), []);
  assert.deepEqual([...p1, ...p2], all.results.slice(0, p1.length + p2.length).map((x) => x.id));
});

test('related: the JSON shape; the story sharing the named person before the one sharing common words; the limit honoured', async () => {
  const dir = await tempDir();
  const file = path.join(dir, 'ratna.txt');
  await fs.writeFile(file, 'Ratna Wibisono minta daerah waspadai kenaikan harga pangan\n\nJAKARTA (ANTARA) - Menteri Keuangan Ratna Wibisono meminta pemerintah daerah mewaspadai kenaikan harga pangan menjelang akhir tahun.\n\nRatna Wibisono mengatakan Kementerian Keuangan akan memantau inflasi bersama Badan Pusat Statistik.\n\nHarga kebutuhan pokok di pasar masih stabil, kata dia.\n');
  const r = meja(['related', file, '--data', data, '--json', '--limit', '3']);
  assert.equal(r.code, 0, r.err);
  const out = JSON.parse(r.out) as { results: { id: string; title: string; date: string | null; url: string; score: number; shared: string[] }[] };
  assert.equal(out.results[0]?.id, 'ratna-baru', r.out);
  assert.ok(out.results[0].shared.includes('Ratna Wibisono'), r.out);
  const common = out.results.findIndex((x) => x.id === 'harga-baru');
  assert.ok(common === -1 || common > 0);
  assert.deepEqual(Object.keys(out), ['results']);
  assert.ok(out.results.length <= 3);
  for (const x of out.results) {
    assert.deepEqual(Object.keys(x).sort(), ['date', 'id', 'score', 'shared', 'title', 'url']);
    assert.match(x.url, /^https:\/\//);
  }
});

test('an archive index from another version: the command line rebuilds it first, with progress on stderr', async () => {
  const { outdatedArchive } = await import('../services/archive/helpers.ts');
  const dir = await tempDir();
  outdatedArchive(dir);
  const r = meja(['search', 'inflasi', '--data', dir, '--json']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /membangun ulang indeks arsip \d+\/\d+/);
  assert.ok(JSON.parse(r.out).total > 0);
});
