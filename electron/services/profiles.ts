// Desk profiles: the built-in ones (antara, kompas, detik) plus the desk's own, kept with lowdb in
// `<data>/profiles.json`. A desk shares its profile as one JSON file.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Low } from 'lowdb';
import type { DeskProfile } from '../../core/model/profile.ts';
import { BUILTIN_PROFILES, validateProfile } from '../../core/profiles/index.ts';
import { readLow, writeFileAtomic } from './json-store.ts';
import type { Notice } from './workspace/types.ts';

interface ProfilesFile {
  version: 1;
  profiles: DeskProfile[];
}

export class ProfileStore {
  private db: Low<ProfilesFile>;
  readonly notices: Notice[];
  private constructor(db: Low<ProfilesFile>, notices: Notice[]) {
    this.db = db;
    this.notices = notices;
  }

  static async open(dataDir: string): Promise<ProfileStore> {
    const notices: Notice[] = [];
    const db = await readLow<ProfilesFile>(path.join(dataDir, 'profiles.json'), () => ({ version: 1, profiles: [] }),
      (d): d is ProfilesFile => Array.isArray((d as ProfilesFile)?.profiles),
      (s) => notices.push({ kind: 'set-aside', file: s.file, detail: `${s.movedTo}: ${s.reason}` }));
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
    this.db.data = { version: 1, profiles: [...rest, profile] };
    await this.db.write();
    return this.list();
  }

  async exportTo(id: string, file: string): Promise<void> {
    await writeFileAtomic(file, `${JSON.stringify(this.require(id), null, 2)}\n`);
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
