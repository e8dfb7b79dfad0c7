// One writer per data folder. The app holds the lock while it runs; a command-line verb that writes
// waits briefly for another command, and refuses at once when the app holds the folder, rather than
// let two processes rewrite the same workspace.
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

export async function acquireDataLock(dir: string, owner: LockOwner, waitMs = owner === 'cli' ? 10_000 : 0): Promise<DataLock> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, '.meja.lock');
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const h = await fs.open(file, 'wx');
      await h.writeFile(JSON.stringify({ owner, pid: process.pid, at: new Date().toISOString() }));
      await h.close();
      return { release: () => fs.rm(file, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let held: { owner: LockOwner; pid: number } | null = null;
    try {
      held = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch {
      held = null; // half-written by a process that died: stale
    }
    if (!held || !alive(held.pid)) {
      // A lock left by a process that is gone (killed, crashed) is taken over.
      await fs.rm(file, { force: true });
      continue;
    }
    if (held.owner === 'app' || Date.now() >= deadline) throw new DataFolderLocked(held.owner, held.pid, dir);
    await new Promise((r) => setTimeout(r, 100));
  }
}
