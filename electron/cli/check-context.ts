// What `meja check` and `meja fix` need from the data folder, opened read-only: the desk profiles,
// the chosen profile and language, the speller and (when one exists) the archive for Baca juga
// lines. Checking a file must never create a data folder, a workspace or an archive, so a missing
// folder simply means the built-in profiles and default settings.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../../core/model/finding.ts';
import type { Article } from '../../core/model/article.ts';
import type { DeskProfile } from '../../core/model/profile.ts';
import { runChecks, type Speller } from '../../core/checks/index.ts';
import { BUILTIN_PROFILES, validateProfile } from '../../core/profiles/index.ts';
import { defaultSettings, SettingsSchema, type Settings } from '../services/settings.ts';
import type { Archive } from '../services/archive/index.ts';

export interface Checker {
  profile(id?: string): DeskProfile;
  check(article: Article, profile: DeskProfile): Promise<Finding[]>;
  close(): void;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return JSON.parse(text);
}

/** A damaged settings or profiles file is named on stderr and read as absent: checking goes on. */
async function readSettings(dir: string, warn: (line: string) => void): Promise<Settings> {
  const file = path.join(dir, 'settings.json');
  try {
    const data = await readJson(file) as { settings?: Partial<Settings> } | undefined;
    if (data === undefined) return defaultSettings();
    const parsed = SettingsSchema.safeParse({ ...defaultSettings(), ...data?.settings });
    if (parsed.success) return parsed.data;
    warn(`${file}: unreadable settings, defaults used`);
  } catch (err) {
    warn(`${file}: unreadable settings, defaults used (${(err as Error).message})`);
  }
  return defaultSettings();
}

async function readProfiles(dir: string, warn: (line: string) => void): Promise<DeskProfile[]> {
  const file = path.join(dir, 'profiles.json');
  let saved: unknown[] = [];
  try {
    const data = await readJson(file) as { profiles?: unknown } | undefined;
    if (data !== undefined) {
      if (Array.isArray(data?.profiles)) saved = data.profiles;
      else warn(`${file}: not a profiles file, built-in profiles used`);
    }
  } catch (err) {
    warn(`${file}: unreadable, built-in profiles used (${(err as Error).message})`);
  }
  const own: DeskProfile[] = [];
  for (const p of saved) {
    try {
      own.push(validateProfile(p));
    } catch (err) {
      // One bad desk profile must not stop checks with the others (it is named so it gets fixed).
      const id = (p as { id?: unknown })?.id;
      warn(`${file}: profile ${typeof id === 'string' ? `"${id}"` : '(no id)'} skipped: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  // The same merge as ProfileStore.list: a saved profile with a built-in's id overrides it.
  const byId = new Map(own.map((p) => [p.id, p]));
  const merged = BUILTIN_PROFILES.map((p) => byId.get(p.id) ?? p);
  for (const p of own) if (!BUILTIN_PROFILES.some((b) => b.id === p.id)) merged.push(p);
  return structuredClone(merged);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

export async function openChecker(dataDir: string, opts: { warn: (line: string) => void; speller?: boolean }): Promise<Checker> {
  const settings = await readSettings(dataDir, opts.warn);
  const profiles = await readProfiles(dataDir, opts.warn);
  const archiveDir = settings.archiveDir ?? dataDir;
  let archive: Archive | null | undefined;
  const getArchive = async (): Promise<Archive | null> => {
    if (archive !== undefined) return archive;
    archive = null;
    // Only an archive that is already there is read; none is created for a check.
    if (!(await exists(path.join(archiveDir, 'archive.sqlite')))) return null;
    try {
      const { openArchive } = await import('../services/archive/index.ts');
      archive = openArchive(archiveDir);
    } catch {
      archive = null; // no node:sqlite here: the Baca juga check stays silent
    }
    return archive;
  };
  const spellers = new Map<string, Promise<Speller | undefined>>();
  const getSpeller = (p: DeskProfile) => {
    if (opts.speller === false) return Promise.resolve(undefined);
    let s = spellers.get(p.id);
    if (!s) {
      s = import('../services/speller.ts').then(({ loadSpeller }) => loadSpeller(p.dictionary ?? [])).catch(() => undefined);
      spellers.set(p.id, s);
    }
    return s;
  };
  return {
    profile(id) {
      const want = id ?? settings.profileId;
      const p = profiles.find((x) => x.id === want);
      if (!p) throw new Error(`unknown profile "${want}" (known: ${profiles.map((x) => x.id).join(', ')})`);
      return p;
    },
    async check(article, profile) {
      const speller = await getSpeller(profile);
      const store = article.related.some((r) => !r.url) ? await getArchive() : null;
      return runChecks(article, profile, {
        speller, now: new Date(), locale: settings.language,
        resolveRelated: store ? (title: string) => store.resolveTitle(title) : undefined,
      });
    },
    close() {
      archive?.close();
    },
  };
}
