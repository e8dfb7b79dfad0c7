// One handler per channel of the contract, over the plain services. What needs the desktop (dialogs,
// the clipboard, the shell, pushing events) comes in as ports, so the browser tests run these very
// handlers with their own ports and Electron main with its own.
import crypto from 'node:crypto';
import type { Services } from '../services/app-services.ts';
import { SettingsPatchSchema, type Settings } from '../services/settings.ts';
import { summarize } from '../services/workspace/store.ts';
import { importIntoArchive } from '../services/archive/index.ts';
import { folderWriter } from '../services/export-files.ts';
import { createWorkspaceSearch } from '../services/archive/workspace-search.ts';
import path from 'node:path';
import { isTrustedExternalUrl } from '../security/policies.ts';
import { PathGrants } from '../security/path-grants.ts';
import type { EventName, EventPayloads, ProgressEvent } from './contract.ts';
import { IpcArgumentError, type Handlers } from './dispatch.ts';
import type { z } from 'zod';
import { validateProfile } from '../../core/profiles/index.ts';
import { translator } from '../../renderer/src/i18n/translate.ts';

export interface Ports {
  openFiles(opts: { title: string; folders?: boolean }): Promise<string[] | null>;
  chooseFolder(opts: { title: string }): Promise<string | null>;
  saveFile(opts: { title: string; defaultName: string }): Promise<string | null>;
  writeClipboard(html: string, text: string): Promise<void> | void;
  openExternal(url: string): Promise<void>;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** Settings changed (main rebuilds the menu in the new language). */
  settingsChanged?(settings: Settings): void;
  version: string;
}

export function createHandlers(s: Services, ports: Ports): Handlers & { grants: PathGrants; dropKey: string } {
  const grants = new PathGrants(() => [s.dataDir, s.settings.get().hotFolder, s.settings.get().archiveDir]);
  // Main hands this key to the preload only (secureWebPreferences → process.argv); a drop without it
  // was not made by the preload's importFiles from a real File, so its paths are forged.
  const dropKey = crypto.randomBytes(32).toString('hex');
  const batches = new Map<string, AbortController>();
  const progress = (e: ProgressEvent) => ports.emit('batch:progress', e);
  // Native dialog titles in the editor's language, from the page's catalogue.
  const tr: ReturnType<typeof translator> = (key, params) => translator(s.settings.get().language)(key, params);
  // A story file found damaged while the app runs is set aside; the page hears it at once.
  s.onNotice((n) => ports.emit('notices:added', n));
  const workspaceSearch = createWorkspaceSearch(s.workspace);
  // An archive whose index another version wrote opens at once and is rebuilt here in steps, with
  // a progress bar and Batal; searches say plainly that it is being rebuilt until it is done. After
  // a Batal it waits for the editor's own "Bangun ulang indeks".
  let autoRebuild: Promise<unknown> | null = null;
  let autoRebuildCancelled = false;
  const archive = () => {
    const a = s.archive();
    if (a.indexRebuildPending && !autoRebuild && !autoRebuildCancelled) {
      autoRebuild = batch(async (o) => {
        try {
          const res = await a.rebuildIndexAsync({
            signal: o.signal,
            onProgress: (done, total) => progress({ batchId: o.batchId, kind: 'index-build', done, total, current: null, finished: false }),
          });
          if (res.cancelled) autoRebuildCancelled = true;
        } finally {
          progress({ batchId: o.batchId, kind: 'index-build', done: 1, total: 1, current: null, finished: true });
          autoRebuild = null;
        }
      }).catch((e: unknown) => console.error('archive rebuild', e));
    }
    return a;
  };

  async function batch<T>(run: (opts: { batchId: string; signal: AbortSignal; onProgress: typeof progress }) => Promise<T>): Promise<T> {
    const batchId = crypto.randomUUID();
    const ctl = new AbortController();
    batches.set(batchId, ctl);
    try {
      return await run({ batchId, signal: ctl.signal, onProgress: progress });
    } finally {
      batches.delete(batchId);
    }
  }

  async function importPaths(paths: string[]) {
    grants.check(paths);
    const res = await batch((o) => s.stories.importPaths(paths, o));
    ports.emit('stories:changed', { ids: res.items.flatMap((i) => i.storyIds) });
    return res;
  }

  const handlers: Handlers = {
    'app:get-info': async () => ({ version: ports.version, dataDir: s.dataDir, notices: s.notices(), platform: process.platform }),
    'stories:list': async () => s.workspace.list(),
    'stories:get': async ({ id }) => s.stories.view(id),
    'stories:import-text': async ({ text, html }) => s.stories.importText(text, html),
    'stories:import-bytes': async ({ files }) => batch((o) => s.stories.importBytes(files, o)),
    'stories:import-dropped': async ({ paths, dropKey: key }) => {
      // Paths of a drop come from the preload's webUtils.getPathForFile: granted as the user's choice,
      // but only with the preload's key and only paths whose real place is outside the system folders.
      if (!keysMatch(key, dropKey)) throw new Error('path refused: not dropped on the window (the drop key is missing or wrong)');
      const ok = grants.grant(paths);
      const bad = paths.find((p) => !ok.includes(p));
      if (bad !== undefined) throw new Error(`path refused: a dropped file must be a plain absolute path outside system folders, symlinks resolved: ${bad}`);
      return importPaths(paths);
    },
    'stories:import-dialog': async () => {
      const paths = await ports.openFiles({ title: tr('dialog.importStories') });
      if (!paths?.length) return null;
      grants.grant(paths);
      return importPaths(paths);
    },
    'stories:save': async ({ id, article }) => s.stories.save(id, { headline: article.headline, paragraphs: article.paragraphs }),
    'stories:set-status': async ({ id, status }) => summarize(await s.workspace.update(id, (r) => { r.status = status; })),
    'stories:set-meta': async ({ id, meta }) => s.stories.setMeta(id, meta),
    'stories:restore': async ({ id, revisionId }) => s.stories.restore(id, revisionId),
    'stories:delete': async ({ id }) => {
      await s.workspace.remove(id);
      return { ok: true as const };
    },
    'stories:fix-all': async ({ id }) => s.stories.fixAll(id),
    'stories:clean-preview': async ({ id }) => s.stories.previewClean(id),
    'stories:clean': async ({ id }) => s.stories.clean(id),
    'stories:export-preview': async ({ id, format, blockquotes }) => s.stories.previewExport(id, format, { blockquotes }),
    'stories:export': async ({ ids, format, toFile, blockquotes }) => {
      let dir: string | null = null;
      if (toFile) {
        dir = await ports.chooseFolder({ title: 'Simpan ekspor ke folder' });
        if (!dir) return [];
        grants.grant([dir]);
      }
      return batch((o) => s.stories.exportStories(ids, format, dir ? folderWriter(dir) : null, { ...o, blockquotes }));
    },
    'stories:correct': async ({ id }) => s.stories.correct(id),
    'stories:replace-all': async ({ query, replacement, caseSensitive, wholeWord }) => {
      const res = await s.stories.replaceInStories({ query, caseSensitive, wholeWord }, replacement);
      if (res.ids.length) ports.emit('stories:changed', { ids: res.ids });
      return res;
    },
    'stories:insert-related': async ({ id, links }) => s.stories.insertRelated(id, links),
    'archive:search': async ({ includeWorkspace, ...q }) => {
      if (!includeWorkspace) return archive().search(q.query, q);
      // Stories in work first (matched like the archive, filters applied), then the archive's; one
      // list paged as a whole, so no story repeats from one page to the next.
      const inWork = await workspaceSearch.search(q.query, q);
      const limit = q.limit ?? 20;
      const offset = q.offset ?? 0;
      const own = inWork.slice(offset, offset + limit);
      const room = limit - own.length;
      const res = archive().search(q.query, { ...q, offset: Math.max(0, offset - inWork.length), limit: Math.max(1, room) });
      return { ...res, total: res.total + inWork.length, results: [...own, ...(room > 0 ? res.results : [])] };
    },
    'archive:related': async ({ id, limit }) => {
      const rec = await s.stories.record(id);
      const linked = rec.article.related.map((r) => r.url).filter((u): u is string => !!u);
      const profile = s.stories.profile();
      return archive().related(rec.article, { limit: limit ?? 5, windowMonths: profile.bacaJugaWindowMonths, excludeUrls: linked });
    },
    'archive:import-dialog': async ({ folders }) => {
      const paths = await ports.openFiles({ title: tr(folders ? 'dialog.loadArchiveFolder' : 'dialog.loadArchive'), folders: !!folders });
      if (!paths?.length) return null;
      grants.grant(paths);
      return batch(async (o) => {
        const report = await importIntoArchive(archive(), paths, {
          signal: o.signal,
          onProgress: (p) => progress({
            batchId: o.batchId, kind: 'archive-import', done: p.done, total: p.total, current: path.basename(p.file), finished: false,
            counts: { added: p.added, duplicates: p.duplicates, undated: p.undated, errors: p.errors },
          }),
        });
        progress({ batchId: o.batchId, kind: 'archive-import', done: 1, total: 1, current: null, finished: true });
        const titleOf = (id: string) => archive().getStory(id)?.title ?? id;
        return {
          batchId: o.batchId, cancelled: report.cancelled || o.signal.aborted,
          added: report.added, updated: report.updated, duplicates: report.duplicates,
          files: report.files.map((f) => ({ name: path.basename(f.file), added: f.added, duplicates: f.duplicates, skipped: !!f.skipped, error: f.error ?? null })),
          undated: report.undated.slice(0, 200).map((u) => ({ file: path.basename(u.file), line: u.line ?? null, title: titleOf(u.id), date: u.date })),
          undatedCount: report.undated.length,
          errors: report.errors.slice(0, 200).map((e) => ({ file: path.basename(e.file), line: e.line ?? null, message: e.message })),
          errorCount: report.errors.length,
        };
      });
    },
    'archive:get': async ({ id }) => {
      const st = archive().getStory(id);
      return st ? { id: st.id, title: st.title, body: st.body, url: st.url, date: st.date, source: st.source, section: st.section, authors: st.authors } : null;
    },
    'archive:open': async ({ id }) => {
      const st = archive().getStory(id);
      if (!st) throw new Error('Berita arsip tidak ditemukan / archive story not found');
      const storyId = await s.stories.openFromArchive(st);
      ports.emit('stories:changed', { ids: [storyId] });
      return { storyId };
    },
    'archive:stats': async () => archive().stats(),
    'archive:rebuild': async () => batch(async (o) => {
      const res = await s.archive().rebuildIndexAsync({
        signal: o.signal,
        onProgress: (done: number, total: number) => progress({ batchId: o.batchId, kind: 'index-build', done, total, current: null, finished: false }),
      });
      progress({ batchId: o.batchId, kind: 'index-build', done: 1, total: 1, current: null, finished: true });
      return { batchId: o.batchId, ...res };
    }),
    'batch:cancel': async ({ batchId }) => {
      const ctl = batches.get(batchId);
      ctl?.abort();
      return { ok: !!ctl };
    },
    'settings:get': async () => s.settings.get(),
    'settings:set': async ({ patch }) => {
      const parsed = fields('settings:set', 'patch', SettingsPatchSchema.strict(), patch);
      if (parsed.hotFolder) grants.check([parsed.hotFolder]);
      if (parsed.archiveDir) grants.check([parsed.archiveDir]);
      const next = await s.settings.set(parsed);
      if ('archiveDir' in parsed) {
        s.reopenArchive();
        autoRebuildCancelled = false;
      }
      ports.settingsChanged?.(next);
      if ('hotFolder' in parsed) await s.watchHotFolder((ids) => ports.emit('stories:changed', { ids }));
      return next;
    },
    'settings:choose-hot-folder': async () => {
      const dir = await ports.chooseFolder({ title: tr('dialog.hotFolder') });
      if (!dir) return s.settings.get();
      grants.grant([dir]);
      const next = await s.settings.set({ hotFolder: dir });
      await s.watchHotFolder((ids) => ports.emit('stories:changed', { ids }));
      return next;
    },
    'settings:choose-archive-folder': async () => {
      const dir = await ports.chooseFolder({ title: tr('dialog.archiveFolder') });
      if (!dir) return s.settings.get();
      grants.grant([dir]);
      const next = await s.settings.set({ archiveDir: dir });
      s.reopenArchive();
      return next;
    },
    'profiles:list': async () => s.profiles.list(),
    'profiles:save': async ({ profile }) => {
      try {
        validateProfile(profile);
      } catch (err) {
        // Every problem on one line, as the contract's own refusals read.
        throw new IpcArgumentError('profiles:save', (err as Error).message.replace(/^Invalid desk profile:\n/, '').split('\n').map((l) => `profile.${l}`).join('; '));
      }
      return s.profiles.save(profile);
    },
    'profiles:export': async ({ id }) => {
      const file = await ports.saveFile({ title: tr('dialog.exportProfile'), defaultName: `profil-${id}.json` });
      if (!file) return { path: null };
      grants.grant([file]);
      await s.profiles.exportTo(id, file);
      return { path: file };
    },
    'profiles:import': async () => {
      const paths = await ports.openFiles({ title: tr('dialog.importProfile') });
      if (!paths?.length) return null;
      grants.grant(paths);
      return s.profiles.importFrom(paths[0]);
    },
    'clipboard:write': async ({ html, text }) => {
      await ports.writeClipboard(html, text);
      return { ok: true as const };
    },
    'shell:open-external': async ({ url }) => {
      if (!isTrustedExternalUrl(url)) return { opened: false };
      await ports.openExternal(url);
      return { opened: true };
    },
  };
  return Object.assign(handlers, { grants, dropKey });
}

/** Parses a field-level schema the contract could not hold; a mismatch reads like the contract's refusals. */
function fields<T>(channel: string, at: string, schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new IpcArgumentError(channel, r.error.issues.map((i) => `${[at, ...i.path].join('.')}: ${i.message}`).join('; '));
  return r.data;
}

function keysMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

