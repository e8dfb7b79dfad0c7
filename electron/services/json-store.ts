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

/** Reads a lowdb file; an unreadable or corrupt one is renamed `<name>.corrupt-<time>` and reported. */
export async function readLow<T>(
  file: string,
  defaults: () => T,
  validate: (data: unknown) => data is T,
  onSetAside: (s: SetAside) => void,
): Promise<Low<T>> {
  const db = lowFile<T>(file, defaults());
  try {
    await db.read();
    if (!validate(db.data)) throw new Error('unexpected content');
  } catch (err) {
    const movedTo = await setAside(file);
    onSetAside({ file, movedTo, reason: (err as Error).message });
    db.data = defaults();
  }
  return db;
}

export async function setAside(file: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedTo = `${file}.corrupt-${stamp}`;
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
