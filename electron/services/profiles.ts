// Desk profiles: the built-in ones (antara, kompas, detik) plus the desk's own, kept with lowdb in
// `<data>/profiles.json`. A desk shares its profile as one JSON file.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Low } from 'lowdb';
import type { DeskProfile } from '../../core/model/profile.ts';
import { BUILTIN_PROFILES, validateProfile } from '../../core/profiles/index.ts';
import { readLow, writeFileAtomic } from './json-store.ts';
import { migrate, type Migrations } from './migrate.ts';
import type { Notice } from './workspace/types.ts';
import { storageErrorOf } from './storage-error.ts';

export const PROFILES_VERSION = 1;

interface ProfilesFile {
  version: typeof PROFILES_VERSION;
  profiles: DeskProfile[];
}

/** Steps from older profile files (migrate.ts); version 0 is a file written without a version. */
export const PROFILES_MIGRATIONS: Migrations = {
  0: (d) => ({ profiles: d.profiles }),
};

export class ProfileStore {
  private db: Low<ProfilesFile>;
  readonly notices: Notice[];
  private constructor(db: Low<ProfilesFile>, notices: Notice[]) {
    this.db = db;
    this.notices = notices;
  }

  static async open(dataDir: string): Promise<ProfileStore> {
    const notices: Notice[] = [];
    const file = path.join(dataDir, 'profiles.json');
    const db = await readLow<ProfilesFile>(file, () => ({ version: PROFILES_VERSION, profiles: [] }),
      (d): d is ProfilesFile => Array.isArray((d as ProfilesFile)?.profiles),
      (s) => notices.push({ kind: 'set-aside', file: s.file, movedTo: s.movedTo, detail: s.reason }),
      (d) => migrate(d, PROFILES_VERSION, PROFILES_MIGRATIONS),
      (from) => notices.push({ kind: 'migrated', file, detail: `from version ${from} to ${PROFILES_VERSION}` }));
    // A profile saved by an older version may hold options its rule now refuses: it is left out of
    // the list (and named) so one bad entry cannot break every check; it stays in the file untouched.
    for (const p of db.data.profiles) {
      try {
        validateProfile(p);
      } catch (err) {
        notices.push({ kind: 'set-aside', file: path.join(dataDir, 'profiles.json'), detail: `profile "${(p as { id?: string })?.id ?? '?'}" left out: ${(err as Error).message.split('\n').slice(1).join('; ')}` });
      }
    }
    return new ProfileStore(db, notices);
  }

  /** Built-ins first; a saved profile with a built-in's id overrides it (the desk tuned it). */
  list(): DeskProfile[] {
    const valid = this.db.data.profiles.filter(isValid);
    const own = new Map(valid.map((p) => [p.id, p]));
    const merged = BUILTIN_PROFILES.map((p) => own.get(p.id) ?? p);
    for (const p of valid) if (!BUILTIN_PROFILES.some((b) => b.id === p.id)) merged.push(p);
    return structuredClone(merged);
  }

  get(id: string): DeskProfile | null {
    return this.list().find((p) => p.id === id) ?? null;
  }

  /** Throws with the reason when `id` names no profile. */
  require(id: string): DeskProfile {
    const p = this.get(id);
    if (!p) throw new Error(`unknown profile "${id}" (known: ${this.list().map((x) => x.id).join(', ')})`);
    return p;
  }

  async save(input: unknown): Promise<DeskProfile[]> {
    const profile = validateProfile(input);
    const rest = this.db.data.profiles.filter((p) => p.id !== profile.id);
    const before = this.db.data;
    this.db.data = { version: PROFILES_VERSION, profiles: [...rest, profile] };
    try {
      await this.db.write();
    } catch (err) {
      this.db.data = before;
      throw storageErrorOf(err, 'profiles.json');
    }
    return this.list();
  }

  async exportTo(id: string, file: string): Promise<void> {
    await writeFileAtomic(file, `${JSON.stringify(this.require(id), null, 2)}\n`).catch((err: unknown) => {
      throw storageErrorOf(err, file);
    });
  }

  async importFrom(file: string): Promise<DeskProfile[]> {
    let data: unknown;
    try {
      data = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch (err) {
      throw new Error(`not a desk profile JSON file: ${(err as Error).message}`);
    }
    return this.save(data);
  }
}

// Checked once per profile object (list() runs on every check).
const validity = new WeakMap<object, boolean>();
function isValid(p: DeskProfile): boolean {
  let ok = validity.get(p);
  if (ok === undefined) {
    try {
      validateProfile(p);
      ok = true;
    } catch {
      ok = false;
    }
    validity.set(p, ok);
  }
  return ok;
}
