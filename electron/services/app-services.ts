// All the Node-side services of one data folder, composed once. Electron main, the command line and
// the tests call this same function; only how they talk to the user differs.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Speller } from '../../core/checks/index.ts';
import { openArchive, type Archive, type OpenOptions } from './archive/index.ts';
import { createHotFolder } from './import/hot-folder.ts';
import { acquireDataLock, type DataLock, type LockOwner } from './data-lock.ts';
import { StorageError, asStorageError, storageCode } from './storage-error.ts';
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
  /** Notices that arise after opening (a story file found damaged when it is read). */
  onNotice(cb: (n: Notice) => void): () => void;
  /** Starts watching the hot folder of the settings (again); new stories are reported to `onImported`. */
  watchHotFolder(onImported: (ids: string[]) => void, onError?: (err: Error) => void): Promise<void>;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Hold the data folder's writer lock: the app holds it while it runs, a writing verb while it works. */
  lock?: LockOwner;
  /** Skip loading the Indonesian word list (the spelling rule then stays silent). */
  speller?: boolean;
  /**
   * Only read the archive: no open flag, no check or rebuild. The command line's reading verbs
   * (search, related, stats) use it, so a running app's archive is left exactly as the app has it.
   */
  readOnly?: boolean;
  now?: () => Date;
  /** How the archive opens (e.g. the command line rebuilds an outdated index at once, with progress). */
  archive?: OpenOptions;
}

export async function createServices(dataDir: string, opts: ServiceOptions = {}): Promise<Services> {
  await fs.mkdir(dataDir, { recursive: true });
  // A data folder that cannot be written (a read-only mount, no permission): the app still opens it
  // to read, with a notice, and every save is refused plainly while the editor keeps the text.
  // A writing command refuses at once (nothing to lock, nothing it could write).
  let lock: DataLock | null = null;
  let readOnlyFolder = false;
  if (opts.lock) {
    try {
      lock = await acquireDataLock(dataDir, opts.lock);
    } catch (err) {
      const code = storageCode(err);
      if (code !== 'read-only' && code !== 'no-access') throw err;
      if (opts.lock !== 'app') throw new StorageError(code, dataDir);
      readOnlyFolder = true;
    }
  }
  const [workspace, settings, profiles] = await Promise.all([
    openWorkspace(dataDir), SettingsStore.open(dataDir), ProfileStore.open(dataDir),
  ]);
  const folderNotice: Notice[] = readOnlyFolder ? [{ kind: 'read-only', file: dataDir, detail: 'the data folder cannot be written' }] : [];
  let archive: Archive | null = null;
  const getArchive = () => {
    if (archive) return archive;
    const dir = settings.get().archiveDir ?? dataDir;
    try {
      archive = openArchive(dir, { ...opts.archive, readOnly: opts.readOnly || readOnlyFolder });
    } catch (err) {
      throw asStorageError(err, path.join(dir, 'archive.sqlite'));
    }
    return archive;
  };
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
    notices: () => [...folderNotice, ...workspace.notices, ...settings.notices, ...profiles.notices],
    onNotice: (cb) => workspace.onNotice(cb),
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
