// One writer per data folder. The app holds the lock while it runs; a command-line verb that writes
// waits briefly for another command, and refuses at once when the app holds the folder, rather than
// let two processes rewrite the same workspace.
//
// Acquiring is atomic: the owner is written to a private file first, then hard-linked to
// `.meja.lock`, which fails if the name exists; so the lock file is never seen empty or half-written.
// A lock whose owner process is dead is taken over only under a second lock (`.meja.lock.steal`),
// re-read there, so two processes that both see it stale cannot both remove it and both win.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export type LockOwner = 'app' | 'cli';

export class DataFolderLocked extends Error {
  readonly owner: LockOwner;
  readonly pid: number;
  constructor(owner: LockOwner, pid: number, dir: string) {
    super(owner === 'app'
      ? `the data folder ${dir} is in use by the Meja Redaksi app (pid ${pid}); close it, or drop files in its hot folder`
      : `the data folder ${dir} is in use by another meja command (pid ${pid})`);
    this.name = 'DataFolderLocked';
    this.owner = owner;
    this.pid = pid;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataLock {
  release(): Promise<void>;
}

interface Held { owner: LockOwner; pid: number; token: string }

/** An unreadable lock file younger than this is treated as held (a disk hiccup, not a dead owner). */
const UNREADABLE_GRACE_MS = 10_000;

/** Creates `file` with `content` only if the name is free; false when it is taken. */
async function createExclusive(file: string, content: string): Promise<boolean> {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  await fs.writeFile(tmp, content);
  try {
    await fs.link(tmp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** The lock's owner; null when the file is gone; 'stale' when its owner is dead (or it is unreadable and old). */
async function readHeld(file: string): Promise<Held | 'stale' | null> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const held = JSON.parse(raw) as Held;
    if (typeof held.pid !== 'number') throw new Error('no pid');
    return alive(held.pid) ? held : 'stale';
  } catch {
    const st = await fs.stat(file).catch(() => null);
    if (!st) return null;
    return Date.now() - st.mtimeMs > UNREADABLE_GRACE_MS ? 'stale' : { owner: 'cli', pid: 0, token: '' };
  }
}

/** Removes a stale lock, deciding again under the steal lock that it is still the same stale one. */
async function takeOverStale(file: string): Promise<void> {
  const steal = `${file}.steal`;
  const me = JSON.stringify({ owner: 'cli', pid: process.pid, token: crypto.randomUUID() });
  if (!(await createExclusive(steal, me))) {
    // Another process is taking it over; a steal lock whose owner died is cleared for the next try.
    if ((await readHeld(steal)) === 'stale') await fs.rm(steal, { force: true });
    return;
  }
  try {
    if ((await readHeld(file)) === 'stale') await fs.rm(file, { force: true });
  } finally {
    await fs.rm(steal, { force: true });
  }
}

export async function acquireDataLock(dir: string, owner: LockOwner, waitMs = owner === 'cli' ? 10_000 : 0): Promise<DataLock> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, '.meja.lock');
  const deadline = Date.now() + waitMs;
  const token = crypto.randomUUID();
  const content = JSON.stringify({ owner, pid: process.pid, token, at: new Date().toISOString() });
  for (;;) {
    if (await createExclusive(file, content)) {
      return {
        // Removed only while it is still ours (never another holder's lock).
        release: async () => {
          const now = await fs.readFile(file, 'utf8').catch(() => '');
          if (now === content) await fs.rm(file, { force: true });
        },
      };
    }
    const held = await readHeld(file);
    if (held === null) continue;
    if (held === 'stale') {
      // A lock left by a process that is gone (killed, crashed) is taken over.
      await takeOverStale(file);
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
      continue;
    }
    if (held.owner === 'app' || Date.now() >= deadline) throw new DataFolderLocked(held.owner, held.pid, dir);
    await new Promise((r) => setTimeout(r, 50 + Math.random() * 50));
  }
}
