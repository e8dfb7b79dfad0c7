import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { acquireDataLock, DataFolderLocked } from '../../electron/services/data-lock.ts';
import { tempDir } from '../helpers/tmp.ts';

test('while the app holds the data folder, a second writer is refused at once', async () => {
  const dir = await tempDir();
  // The "app" is another live process holding the lock.
  const app = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
  await fs.writeFile(path.join(dir, '.meja.lock'), JSON.stringify({ owner: 'app', pid: app.pid, at: new Date().toISOString() }));
  const t = Date.now();
  await assert.rejects(acquireDataLock(dir, 'cli'), (err: unknown) => err instanceof DataFolderLocked && /in use by the Meja Redaksi app/.test(err.message));
  assert.ok(Date.now() - t < 1000, 'refused without waiting');
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
