import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { acquireDataLock, DataFolderLocked } from '../../electron/services/data-lock.ts';
import { tempDir, ROOT, SEED } from '../helpers/tmp.ts';

const HOLDER = path.join(import.meta.dirname, 'workers', 'lock-holder.ts');

/** Starts `n` processes that all grab the lock at one instant; returns each one's held interval. */
async function race(dir: string, n: number, holdMs: number): Promise<{ t0: number; t1: number }[]> {
  const startAt = Date.now() + 1500;
  return Promise.all(Array.from({ length: n }, () => new Promise<{ t0: number; t1: number }>((resolve, reject) => {
    const c = spawn(process.execPath, [HOLDER, dir, String(startAt), String(holdMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => { out += d; });
    c.stderr.on('data', (d) => { err += d; });
    c.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`holder exited ${code}: ${err}`))));
  })));
}

function overlaps(iv: { t0: number; t1: number }[]): number {
  const s = [...iv].sort((a, b) => a.t0 - b.t0);
  let n = 0;
  for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) if (s[j].t0 < s[i].t1) n++;
  return n;
}

test('while the app holds the data folder, a second writer is refused at once', async () => {
  const dir = await tempDir();
  // The "app" is another live process holding the lock.
  const app = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
  await fs.writeFile(path.join(dir, '.meja.lock'), JSON.stringify({ owner: 'app', pid: app.pid, at: new Date().toISOString() }));
  const t = Date.now();
  await assert.rejects(acquireDataLock(dir, 'cli'), (err: unknown) => err instanceof DataFolderLocked && /in use by the Meja Redaksi app/.test(err.message));
  // "At once" is against the 10 s a command waits for another command: under half of it, so a loaded
  // machine's slow start of the check cannot pass for waiting (1 s could).
  assert.ok(Date.now() - t < 5_000, `refused without waiting (${Date.now() - t} ms)`);
  app.kill('SIGKILL');
});

test('a command waits for another command, and a lock left by a dead process is taken over', async () => {
  const dir = await tempDir();
  const first = await acquireDataLock(dir, 'cli');
  setTimeout(() => void first.release(), 300);
  const t = Date.now();
  const second = await acquireDataLock(dir, 'cli');
  assert.ok(Date.now() - t >= 250, 'the second command waited');
  await second.release();
  await fs.writeFile(path.join(dir, '.meja.lock'), JSON.stringify({ owner: 'app', pid: 999_999_9, at: 'x' }));
  const third = await acquireDataLock(dir, 'app');
  await third.release();
  await assert.rejects(fs.access(path.join(dir, '.meja.lock')));
});

test('processes that grab the lock at the same instant hold it one after another, never together', async () => {
  // From a free folder, and from a lock left by a dead process (every racer sees it stale at once).
  for (const stale of [false, true]) {
    const dir = await tempDir();
    if (stale) await fs.writeFile(path.join(dir, '.meja.lock'), JSON.stringify({ owner: 'cli', pid: 999_999_9, token: 'x' }));
    const held = await race(dir, 5, 150);
    assert.equal(held.length, 5);
    assert.equal(overlaps(held), 0, `overlapping holds${stale ? ' after a stale lock' : ''}: ${JSON.stringify(held)}`);
    await assert.rejects(fs.access(path.join(dir, '.meja.lock')), 'the last holder released it');
    assert.deepEqual((await fs.readdir(dir)).filter((f) => f.startsWith('.meja.lock')), [], 'no temp or steal files left');
  }
});

test('a lock file being written (unreadable, fresh) counts as held; an old unreadable one as stale', async () => {
  const dir = await tempDir();
  const file = path.join(dir, '.meja.lock');
  await fs.writeFile(file, '');
  await assert.rejects(acquireDataLock(dir, 'cli', 200), DataFolderLocked);
  const old = new Date(Date.now() - 60_000);
  await fs.utimes(file, old, old);
  const lock = await acquireDataLock(dir, 'cli', 200);
  await lock.release();
});

test('release never removes another holder\'s lock', async () => {
  const dir = await tempDir();
  const first = await acquireDataLock(dir, 'cli');
  const file = path.join(dir, '.meja.lock');
  const other = JSON.stringify({ owner: 'app', pid: process.pid, token: 'someone-else' });
  await fs.writeFile(file, other);
  await first.release();
  assert.equal(await fs.readFile(file, 'utf8'), other);
});

test('meja import on a folder the app holds is refused at once: exit 2, one line, nothing written', async () => {
  const dir = await tempDir();
  const app = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
  try {
    await fs.writeFile(path.join(dir, '.meja.lock'), JSON.stringify({ owner: 'app', pid: app.pid, token: 't' }));
    const before = (await fs.readdir(dir)).sort();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), 'import', SEED, '--data', dir], { encoding: 'utf8', env: { ...process.env, MEJA_DATA_DIR: '' }, timeout: 60_000 });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^meja import: the data folder .* is in use by the Meja Redaksi app \(pid \d+\)[^\n]*\n$/);
    assert.deepEqual((await fs.readdir(dir)).sort(), before, 'nothing written');
  } finally {
    app.kill('SIGKILL');
  }
});

test('meja import waits for another command holding the folder, then does its work', async () => {
  const dir = await tempDir();
  const other = await acquireDataLock(dir, 'cli');
  const t = Date.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), 'import', SEED, '--data', dir, '--json'], { env: { ...process.env, MEJA_DATA_DIR: '' } });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  setTimeout(() => void other.release(), 1500);
  const code = await new Promise((r) => child.on('exit', r));
  assert.equal(code, 0);
  assert.ok(Date.now() - t >= 1500, 'it waited for the other command');
  assert.equal(JSON.parse(out.trim()).ok, true);
});
