// The hot folder: files dropped into a folder the editor chose are handed over for import, each
// once, even across restarts. A ledger (JSON, written to a temp file and renamed, so a crash never
// leaves half of it) remembers every file taken by path, size and mtime: the same name with new
// content is new copy. A file is taken only once two looks at least stableMs apart saw the same
// size and mtime, so one still being written waits. fs.watch only hurries things along: the
// folder is always polled too, because on network shares change events may never arrive. A folder
// that disappears is reported through onError and polled until it is back.

import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isIgnoredName } from './temp-names.ts';

export interface HotFolderOptions {
  dir: string;
  /** Where the ledger of files already handed over is kept (JSON). */
  ledgerPath: string;
  onFile: (path: string) => Promise<void>;
  /** Folder unreachable, ledger unreadable, or onFile failed: reported, never thrown. */
  onError?: (error: Error) => void;
  /** How often the folder is polled (ms). */
  pollMs?: number;
  /** How long a file's size and mtime must stay the same before it is taken (ms). */
  stableMs?: number;
  /** Poll only, without fs.watch (network shares). */
  usePolling?: boolean;
}

export interface HotFolder {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One look at the folder now; resolves when the files found ready have been handed over. */
  scanNow(): Promise<void>;
}

interface LedgerEntry { size: number; mtimeMs: number; takenAt: string; failed?: boolean }
interface Ledger { version: 1; files: Record<string, LedgerEntry> }

export function createHotFolder(options: HotFolderOptions): HotFolder {
  const dir = resolve(options.dir);
  const ledgerPath = resolve(options.ledgerPath);
  const pollMs = options.pollMs ?? 2000;
  const stableMs = options.stableMs ?? 1500;
  const report = (error: Error) => {
    try { options.onError?.(error); } catch { /* a failing reporter must not stop the folder */ }
  };

  let ledger: Ledger = { version: 1, files: {} };
  const pending = new Map<string, { size: number; mtimeMs: number; since: number }>();
  let started = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;
  let unreachable = false;
  let running: Promise<void> | null = null;
  let again = false;
  let ledgerWrites = 0;
  let ledgerLoaded = false;

  async function loadLedger(): Promise<void> {
    if (ledgerLoaded) return;
    ledgerLoaded = true;
    let raw: string;
    try {
      raw = await readFile(ledgerPath, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') report(new Error(`hot folder ledger could not be read: ${(e as Error).message}`));
      return;
    }
    try {
      const parsed = JSON.parse(raw) as Ledger;
      if (parsed && typeof parsed.files === 'object' && parsed.files !== null) ledger = { version: 1, files: parsed.files };
    } catch {
      // Renames make a torn ledger impossible; a hand-edited one is kept aside for a person to see.
      report(new Error('hot folder ledger is damaged; it was set aside and a new one started'));
      await rename(ledgerPath, `${ledgerPath}.damaged-${Date.now()}`).catch(() => undefined);
    }
  }

  async function saveLedger(): Promise<void> {
    const temp = `${ledgerPath}.${process.pid}.${ledgerWrites++}.tmp`;
    await mkdir(dirname(ledgerPath), { recursive: true });
    await writeFile(temp, JSON.stringify(ledger));
    await rename(temp, ledgerPath);
  }

  function startWatcher(): void {
    if (options.usePolling || watcher || stopped) return;
    try {
      watcher = watch(dir, { persistent: false }, () => { void scanNow(); });
      watcher.on('error', () => {
        // The folder went away under the watcher; polling notices and reports it.
        watcher?.close();
        watcher = null;
      });
    } catch {
      watcher = null;
    }
  }

  function schedule(delay: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void scanNow().finally(() => schedule(pending.size > 0 ? Math.min(pollMs, Math.max(10, stableMs)) : pollMs));
    }, delay);
  }

  async function scanOnce(): Promise<void> {
    await loadLedger(); // scanNow() before start() must not forget what was taken
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (e) {
      if (!unreachable) {
        unreachable = true;
        report(new Error(`hot folder ${dir} is not reachable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); retrying`));
      }
      watcher?.close();
      watcher = null;
      pending.clear();
      return;
    }
    if (unreachable) {
      unreachable = false;
      startWatcher();
    }

    const now = Date.now();
    const present = new Set<string>();
    const ready: string[] = [];
    for (const name of names) {
      if (isIgnoredName(name)) continue;
      const path = join(dir, name);
      let info;
      try {
        info = await stat(path);
      } catch {
        continue;
      }
      if (!info.isFile()) continue;
      present.add(path);
      const taken = ledger.files[path];
      if (taken && taken.size === info.size && taken.mtimeMs === info.mtimeMs) {
        pending.delete(path);
        continue;
      }
      const seen = pending.get(path);
      if (!seen || seen.size !== info.size || seen.mtimeMs !== info.mtimeMs) {
        pending.set(path, { size: info.size, mtimeMs: info.mtimeMs, since: now });
        continue;
      }
      if (now - seen.since >= stableMs) ready.push(path);
    }
    for (const path of pending.keys()) if (!present.has(path)) pending.delete(path);

    // Forget files that were removed from the folder, so the ledger does not grow forever.
    let pruned = false;
    for (const path of Object.keys(ledger.files)) {
      if (dirname(path) === dir && !present.has(path)) {
        delete ledger.files[path];
        pruned = true;
      }
    }
    if (pruned) await saveLedger().catch((e: Error) => report(new Error(`hot folder ledger could not be written: ${e.message}`)));

    ready.sort();
    for (const path of ready) {
      if (stopped) break;
      const seen = pending.get(path)!;
      let failed = false;
      try {
        await options.onFile(path);
      } catch (e) {
        failed = true;
        report(e instanceof Error ? e : new Error(String(e)));
      }
      pending.delete(path);
      ledger.files[path] = { size: seen.size, mtimeMs: seen.mtimeMs, takenAt: new Date().toISOString(), ...(failed ? { failed } : {}) };
      try {
        await saveLedger();
      } catch (e) {
        report(new Error(`hot folder ledger could not be written: ${(e as Error).message}`));
      }
    }
  }

  function scanNow(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await scanOnce();
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    async start() {
      if (started) return;
      started = true;
      stopped = false;
      await loadLedger();
      startWatcher();
      await scanNow();
      schedule(pending.size > 0 ? Math.min(pollMs, Math.max(10, stableMs)) : pollMs);
    },
    async stop() {
      stopped = true;
      started = false;
      if (timer) clearTimeout(timer);
      timer = null;
      watcher?.close();
      watcher = null;
      if (running) await running.catch(() => undefined);
    },
    scanNow,
  };
}
