// The editor's settings, kept with lowdb in `<data>/settings.json`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Low } from 'lowdb';
import { readLow } from './json-store.ts';
import { migrate, type Migrations } from './migrate.ts';
import type { Notice } from './workspace/types.ts';
import { storageErrorOf } from './storage-error.ts';

export const SettingsSchema = z.object({
  language: z.enum(['id', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  profileId: z.string().min(1).max(64),
  editorName: z.string().max(120),
  hotFolder: z.string().max(4096).nullable(),
  /** Where the archive database lives (a shared or larger disk); null: the data folder. */
  archiveDir: z.string().max(4096).nullable(),
  quoteStyle: z.enum(['straight', 'curly']).nullable(),
  window: z.object({ x: z.number().int().optional(), y: z.number().int().optional(), width: z.number().int().min(400), height: z.number().int().min(300), maximized: z.boolean() }).nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export function defaultSettings(): Settings {
  return { language: 'id', theme: 'system', profileId: 'antara', editorName: '', hotFolder: null, archiveDir: null, quoteStyle: null, window: null };
}

export const SETTINGS_VERSION = 1;

interface SettingsFile {
  version: typeof SETTINGS_VERSION;
  settings: Settings;
}

/** Steps from older settings files (migrate.ts); version 0 is a file written without a version. */
export const SETTINGS_MIGRATIONS: Migrations = {
  0: (d) => ({ settings: d.settings ?? d }),
};

/**
 * The language setting read before the app is ready, for Chromium's own locale (date and time
 * inputs follow it, not the page): `id-ID` unless the editor chose English; any trouble gives `id-ID`.
 */
export function chromiumLocaleSync(dataDir: string): 'id-ID' | 'en-GB' {
  try {
    const raw = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as { settings?: { language?: unknown } };
    return raw.settings?.language === 'en' ? 'en-GB' : 'id-ID';
  } catch {
    return 'id-ID';
  }
}

export class SettingsStore {
  private db: Low<SettingsFile>;
  readonly notices: Notice[];
  private constructor(db: Low<SettingsFile>, notices: Notice[]) {
    this.db = db;
    this.notices = notices;
  }

  static async open(dataDir: string): Promise<SettingsStore> {
    const notices: Notice[] = [];
    const db = await readLow<SettingsFile>(path.join(dataDir, 'settings.json'),
      () => ({ version: SETTINGS_VERSION, settings: defaultSettings() }),
      (d): d is SettingsFile => SettingsSchema.safeParse({ ...defaultSettings(), ...(d as SettingsFile)?.settings }).success,
      (s) => notices.push({ kind: 'set-aside', file: s.file, movedTo: s.movedTo, detail: s.reason }),
      (d) => migrate(d, SETTINGS_VERSION, SETTINGS_MIGRATIONS),
      (from) => notices.push({ kind: 'migrated', file: path.join(dataDir, 'settings.json'), detail: `from version ${from} to ${SETTINGS_VERSION}` }));
    // Settings written by an older version lack newer keys: fill them with defaults.
    db.data.settings = { ...defaultSettings(), ...db.data.settings };
    return new SettingsStore(db, notices);
  }

  get(): Settings {
    return structuredClone(this.db.data.settings);
  }

  async set(patch: SettingsPatch): Promise<Settings> {
    const next = SettingsSchema.parse({ ...this.db.data.settings, ...patch });
    const before = this.db.data;
    this.db.data = { version: SETTINGS_VERSION, settings: next };
    try {
      await this.db.write();
    } catch (err) {
      // Not written: keep what is on disk, and say why plainly (a full or read-only disk).
      this.db.data = before;
      throw storageErrorOf(err, 'settings.json');
    }
    return this.get();
  }
}
