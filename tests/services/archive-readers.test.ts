// A command-line reader beside the running app: `meja search`, `related` and `archive stats` hold no
// lock, so they open the archive read-only and leave it exactly as the app has it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { openArchive } from '../../electron/services/archive/index.ts';
import { tempDir, ROOT, SEED } from '../helpers/tmp.ts';

const meja = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), ...args], { encoding: 'utf8', env: { ...process.env, MEJA_DATA_DIR: '' }, timeout: 60_000 });
const openFlag = (a: ReturnType<typeof openArchive>) => (a.db.prepare(`SELECT value FROM meta WHERE key = 'open'`).get() as { value: string }).value;

test('reading verbs do not reset the app\'s open flag, check or rebuild its index, or write at all', async () => {
  const dir = await tempDir();
  const app = openArchive(dir);
  for (let i = 0; i < 30; i++) app.addStory({ title: `Rapat anggaran daerah ${i}`, body: `Menteri mengatakan anggaran ke-${i} disetujui.`, url: `https://contoh.id/${i}`, date: '2026-01-01', source: 'ANTARA' });
  assert.equal(openFlag(app), '1');
  // The app's index marked mid-rebuild: a writer opening now would rebuild it; a reader must not.
  app.db.prepare(`INSERT INTO meta(key, value) VALUES ('index', 'building') ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run();
  const changes = () => (app.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const dataVersion = () => (app.db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
  const before = { changes: changes(), version: dataVersion() };

  const search = meja(['search', 'anggaran', '--data', dir, '--json']);
  assert.equal(search.status, 0, search.stderr);
  assert.ok(JSON.parse(search.stdout).total >= 30);
  const stats = meja(['archive', 'stats', '--data', dir, '--json']);
  assert.equal(stats.status, 0, stats.stderr);
  assert.equal(JSON.parse(stats.stdout).stories, 30);
  const related = meja(['related', SEED, '--data', dir, '--json']);
  assert.equal(related.status, 0, related.stderr);

  assert.equal(openFlag(app), '1', 'the app\'s archive still counts as open (a crash now is still seen)');
  // data_version changes when another connection commits: the readers committed nothing.
  assert.equal(dataVersion(), before.version, 'no other connection wrote to the archive');
  assert.equal(changes(), before.changes);
  app.close();
});

test('a reading verb on a folder without an archive says so in one line (exit 2) and creates nothing', async () => {
  const dir = await tempDir();
  const r = meja(['search', 'anggaran', '--data', dir, '--json']);
  // A mistyped --data must not pass for an empty archive.
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /no archive here/);
  assert.equal(r.stdout, '');
  assert.equal(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.includes('archive.sqlite'), false);
});

test('a writing verb on an archive another process is writing waits, then refuses in one line (exit 2), the archive unharmed', async () => {
  const dir = await tempDir();
  const seed = openArchive(dir);
  seed.addStory({ title: 'Rapat anggaran', body: 'Menteri mengatakan anggaran disetujui.', url: 'https://contoh.id/1' });
  seed.close();
  // Another process (not a meja command, so no data-folder lock) holds SQLite's write lock until the
  // test kills it: a fixed 12 s hold let a slow meja start on a loaded machine find the lock free.
  // (It lets go by itself after two minutes, should the test die before its finally.)
  const holder = spawn(process.execPath, ['-e', `
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(${JSON.stringify(path.join(dir, 'archive.sqlite'))});
    db.exec("PRAGMA busy_timeout = 1000; BEGIN IMMEDIATE; UPDATE meta SET value = value WHERE key = 'schema'");
    console.log('holding');
    setTimeout(() => { db.exec('COMMIT'); process.exit(0); }, 120_000);
  `], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve) => holder.stdout.on('data', (d) => { if (String(d).includes('holding')) resolve(); }));
    const t = Date.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), 'archive', 'import', SEED, '--data', dir], { encoding: 'utf8', env: { ...process.env, MEJA_DATA_DIR: '' }, timeout: 60_000 });
    const waited = Date.now() - t;
    assert.equal(r.status, 2, r.stderr);
    const lines = r.stderr.split('\n').filter((l) => l.replace(/\r?\d+\/\d+/g, '').trim());
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /^meja archive: .*database is locked/);
    assert.ok(waited >= 4000, `it waited for the lock (${waited} ms)`);
  } finally {
    holder.kill('SIGKILL');
  }
  const a = openArchive(dir);
  assert.equal(a.stats().stories, 1);
  assert.equal(a.checkIndex(), true);
  a.close();
});
