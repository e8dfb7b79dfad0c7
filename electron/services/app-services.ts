// All the Node-side services of one data folder, composed once. Electron main, the command line and
// the tests call this same function; only how they talk to the user differs.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Speller } from '../../core/checks/index.ts';
import { openArchive, type Archive, type OpenOptions } from './archive/index.ts';
import { createHotFolder } from './import/hot-folder.ts';
import { acquireDataLock, type LockOwner } from './data-lock.ts';
import { ProfileStore } from './profiles.ts';
import { SettingsStore } from './settings.ts';
import { loadSpeller } from './speller.ts';
import { StoryService } from './stories.ts';
import { openWorkspace, type Workspace } from './workspace/store.ts';
import type { Notice } from './workspace/types.ts';

export interface Services {
  dataDir: string;
  workspace: Workspace;
  settings: SettingsStore;
  profiles: ProfileStore;
  stories: StoryService;
  archive(): Archive;
  /** Closes the open archive so the next use opens it where the settings now say. */
  reopenArchive(): void;
  notices(): Notice[];
  /** Starts watching the hot folder of the settings (again); new stories are reported to `onImported`. */
  watchHotFolder(onImported: (ids: string[]) => void, onError?: (err: Error) => void): Promise<void>;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Hold the data folder's writer lock: the app holds it while it runs, a writing verb while it works. */
  lock?: LockOwner;
  /** Skip loading the Indonesian word list (the spelling rule then stays silent). */
  speller?: boolean;
  now?: () => Date;
  /** How the archive opens (e.g. the command line rebuilds an outdated index at once, with progress). */
  archive?: OpenOptions;
}

export async function createServices(dataDir: string, opts: ServiceOptions = {}): Promise<Services> {
  await fs.mkdir(dataDir, { recursive: true });
  const lock = opts.lock ? await acquireDataLock(dataDir, opts.lock) : null;
  const [workspace, settings, profiles] = await Promise.all([
    openWorkspace(dataDir), SettingsStore.open(dataDir), ProfileStore.open(dataDir),
  ]);
  let archive: Archive | null = null;
  const getArchive = () => (archive ??= openArchive(settings.get().archiveDir ?? dataDir, opts.archive));
  let speller: Promise<Speller | undefined> | null = null;
  const getSpeller = () => (speller ??= opts.speller === false
    ? Promise.resolve(undefined)
    : loadSpeller(profiles.get(settings.get().profileId)?.dictionary ?? []).catch(() => undefined));
  const stories = new StoryService({ workspace, settings, profiles, archive: getArchive, speller: getSpeller, now: opts.now });
  let hot: { stop(): void } | null = null;

  return {
    dataDir, workspace, settings, profiles, stories,
    archive: getArchive,
    reopenArchive() {
      archive?.close();
      archive = null;
    },
    notices: () => [...workspace.notices, ...settings.notices, ...profiles.notices],
    async watchHotFolder(onImported, onError) {
      hot?.stop();
      hot = null;
      const dir = settings.get().hotFolder;
      if (!dir) return;
      const folder = createHotFolder({
        dir,
        ledgerPath: path.join(dataDir, 'hot-folder-ledger.json'),
        onFile: async (file: string) => {
          const res = await stories.importPath(file);
          if (res.ok) onImported(res.storyIds);
          else onError?.(new Error(`${path.basename(file)}: ${res.error?.message}`));
        },
        onError: (err: Error) => onError?.(err),
      });
      folder.start();
      hot = folder;
    },
    async close() {
      hot?.stop();
      await workspace.close();
      archive?.close();
      await lock?.release();
    },
  };
}
