// lowdb files with the two guarantees the workspace needs: writes are atomic (lowdb's steno writes a
// temporary file and renames it), and a file that cannot be read is set aside, never deleted.
import fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';

export interface SetAside {
  file: string;
  movedTo: string;
  reason: string;
}

// Compact JSON: a story file is written on every autosave, and pretty-printing doubles its size.
export function lowFile<T>(file: string, defaults: T): Low<T> {
  return new Low<T>(new DataFile<T>(file, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) }), defaults);
}

/**
 * Reads a lowdb file. `upgrade` brings an older version's data to the current shape (migrate.ts)
 * and throws for a newer one. A file that cannot be read, is corrupt, or comes from a newer version
 * is renamed (`<name>.corrupt-<time>`, `<name>.newer-<time>`) and reported; the app goes on with
 * the defaults. `onMigrated` hears the version an older file was read from.
 */
export async function readLow<T>(
  file: string,
  defaults: () => T,
  validate: (data: unknown) => data is T,
  onSetAside: (s: SetAside) => void,
  upgrade?: (data: unknown) => { data: unknown; from: number },
  onMigrated?: (from: number) => void,
): Promise<Low<T>> {
  const fresh = defaults();
  const db = lowFile<T>(file, fresh);
  try {
    await db.read();
    // lowdb keeps the defaults object when the file does not exist: nothing to upgrade then.
    if (upgrade && db.data !== fresh) {
      const up = upgrade(db.data);
      db.data = up.data as T;
      if (!validate(db.data)) throw new Error('unexpected content');
      if (onMigrated && up.from !== versionOfData(up.data)) onMigrated(up.from);
    }
    if (!validate(db.data)) throw new Error('unexpected content');
  } catch (err) {
    const movedTo = await setAside(file, (err as Error).name === 'TooNewError' ? 'newer' : 'corrupt');
    onSetAside({ file, movedTo, reason: (err as Error).message });
    db.data = defaults();
  }
  return db;
}

function versionOfData(d: unknown): number | undefined {
  return (d as { version?: number } | null)?.version;
}

/** Renames a file that cannot be used to `<name>.<why>-<time>` beside it: kept, never deleted. */
export async function setAside(file: string, why: 'corrupt' | 'newer' = 'corrupt'): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedTo = `${file}.${why}-${stamp}`;
  await fs.rename(file, movedTo);
  return movedTo;
}

/** Writes bytes atomically: a temporary file in the same folder, flushed, then renamed over. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await fs.open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
