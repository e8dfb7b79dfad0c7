// The app's state outside the editor: settings, the inbox, open tabs, dialogs, batches, messages.
// A tiny external store (React reads it with useSyncExternalStore); actions talk to `window.meja`.
import { useSyncExternalStore } from 'react';
import type { BatchResult, ProgressEvent, StoryView } from '../../../electron/ipc/contract.ts';
import type { Settings } from '../../../electron/services/settings.ts';
import type { Notice, StorySummary } from '../../../electron/services/workspace/types.ts';
import type { DeskProfile } from '../../../core/model/profile.ts';
import { api, errorText } from '../lib/api.ts';
import { translator, type Lang, type MessageKey } from '../i18n/index.tsx';
import { StorySession } from '../editor/session.ts';
import type { Labels } from '../editor/story-plugin.ts';

export type View = 'desk' | 'archive';
export type Dialog = null | 'export' | 'settings' | 'help' | 'clean';
export type PanelTab = 'checks' | 'related' | 'meta' | 'history';

export interface Toast {
  id: number;
  kind: 'info' | 'ok' | 'error';
  text: string;
}

export interface AppState {
  ready: boolean;
  loadError: string | null;
  settings: Settings | null;
  profiles: DeskProfile[];
  stories: StorySummary[];
  notices: Notice[];
  /** Stories ticked in the inbox for a batch (export). */
  selected: string[];
  /** The inbox row under the keyboard cursor. */
  cursor: string | null;
  tabs: string[];
  active: string | null;
  view: View;
  dialog: Dialog;
  panel: PanelTab;
  /** The find-and-replace bar is open. */
  finding: boolean;
  progress: ProgressEvent[];
  toasts: Toast[];
  /** Archive id to preview when the Arsip view opens from elsewhere. */
  archiveQuery: string;
}

const initial: AppState = {
  ready: false, loadError: null, settings: null, profiles: [], stories: [], notices: [], selected: [], cursor: null,
  tabs: [], active: null, view: 'desk', dialog: null, panel: 'checks', finding: false, progress: [], toasts: [], archiveQuery: '',
};

let state: AppState = initial;
const listeners = new Set<() => void>();
const sessions = new Map<string, StorySession>();
let toastId = 1;

export function getState(): AppState {
  return state;
}

export function setState(patch: Partial<AppState> | ((s: AppState) => Partial<AppState>)): void {
  const p = typeof patch === 'function' ? patch(state) : patch;
  const layoutChanged = 'tabs' in p || 'active' in p || 'panel' in p;
  state = { ...state, ...p };
  if (layoutChanged && state.ready) saveLayout();
  for (const l of listeners) l();
}

// The open tabs and panel survive a restart (the stories themselves live in the store).
const LAYOUT_KEY = 'meja.layout.v1';
interface Layout { tabs: string[]; active: string | null; panel: PanelTab }

function saveLayout(): void {
  try {
    const l: Layout = { tabs: state.tabs, active: state.active, panel: state.panel };
    localStorage.setItem(LAYOUT_KEY, JSON.stringify(l));
  } catch {
    // Storage may be unavailable (private mode, quota): the layout is a convenience only.
  }
}

function loadLayout(): Layout | null {
  try {
    const l = JSON.parse(localStorage.getItem(LAYOUT_KEY) ?? 'null') as Layout | null;
    return l && Array.isArray(l.tabs) ? l : null;
  } catch {
    return null;
  }
}

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export function useApp<T>(select: (s: AppState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state));
}

export function lang(): Lang {
  return state.settings?.language ?? 'id';
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translator(lang())(key, params);
}

export function profile(): DeskProfile | null {
  const id = state.settings?.profileId ?? 'antara';
  return state.profiles.find((p) => p.id === id) ?? state.profiles[0] ?? null;
}

export function toast(text: string, kind: Toast['kind'] = 'info', ms = 3000): void {
  const id = toastId++;
  setState((s) => ({ toasts: [...s.toasts.slice(-2), { id, kind, text }] }));
  setTimeout(() => dismissToast(id), ms);
}

export function dismissToast(id: number): void {
  setState((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) }));
}

export function labels(): Labels {
  return {
    roles: {
      lead: t('role.lead'), body: t('role.body'), related: t('role.related'), 'source-credit': t('role.source-credit'),
      credit: t('role.credit'), copyright: t('role.copyright'), junk: t('role.junk'),
    },
    dateline: t('role.dateline'),
    dragHandle: t('editor.dragHandle'),
    headlinePlaceholder: t('editor.headlinePlaceholder'),
    speaker: (name, cue) => (cue ? t('editor.quoteBy', { name, cue }) : t('editor.quoteByNoCue', { name })),
  };
}

// --- startup -------------------------------------------------------------------------------------

export async function init(): Promise<void> {
  try {
    const m = api();
    const [settings, profiles, stories, info] = await Promise.all([m.getSettings({}), m.listProfiles({}), m.listStories({}), m.appInfo({})]);
    setState({ ready: true, settings, profiles, stories, notices: info.notices });
    m.onProgress(onProgress);
    m.onStoriesChanged(() => { void refreshStories(); });
    // A story file found damaged while the app runs leaves the inbox at once, with the same notice.
    m.onNotice((n) => {
      showNotice(n);
      void refreshStories();
    });
    for (const n of info.notices) showNotice(n);
    const layout = loadLayout();
    if (layout) {
      const known = new Set(stories.map((s) => s.id));
      setState({ panel: layout.panel ?? 'checks' });
      for (const id of layout.tabs.filter((x) => known.has(x))) await openStory(id);
      if (layout.active && known.has(layout.active) && sessions.has(layout.active)) activate(layout.active);
    }
  } catch (err) {
    setState({ ready: true, loadError: errorText(err) });
  }
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** A notice in plain words: which story or file, and where the set-aside copy is now. */
export function noticeText(n: Notice): string | null {
  // A rebuilt index is housekeeping; a file set aside or migrated is something the editor must hear.
  if (n.kind === 'index-rebuilt') return null;
  if (n.kind === 'migrated') return t('notice.migrated', { file: baseName(n.file) });
  const newer = /newer version/.test(n.detail);
  const movedTo = n.movedTo ?? n.file;
  if (n.title) return t(newer ? 'notice.story-newer' : 'notice.story-set-aside', { title: n.title, movedTo });
  return t(newer ? 'notice.newer' : 'notice.set-aside', { file: baseName(n.file), movedTo });
}

function showNotice(n: Notice): void {
  const text = noticeText(n);
  if (text) toast(text, 'info', 12_000);
}

export async function refreshStories(): Promise<void> {
  try {
    const stories = await api().listStories({});
    setState((s) => ({ stories, cursor: s.cursor && stories.some((x) => x.id === s.cursor) ? s.cursor : null }));
  } catch (err) {
    toast(t('error.load', { message: errorText(err) }), 'error');
  }
}

function onProgress(e: ProgressEvent): void {
  setState((s) => {
    const rest = s.progress.filter((p) => p.batchId !== e.batchId);
    return { progress: e.finished ? rest : [...rest, e] };
  });
}

export async function cancelBatch(batchId: string): Promise<void> {
  await api().cancelBatch({ batchId });
  setState((s) => ({ progress: s.progress.filter((p) => p.batchId !== batchId) }));
}

// --- settings ------------------------------------------------------------------------------------

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  try {
    const settings = await api().setSettings({ patch });
    setState({ settings });
    if ('language' in patch) for (const s of sessions.values()) s.setLabels(labels());
    if ('profileId' in patch) for (const s of sessions.values()) void s.runLiveCheck();
  } catch (err) {
    toast(t('error.settings', { message: errorText(err) }), 'error');
  }
}

export async function chooseArchiveFolder(): Promise<void> {
  try {
    setState({ settings: await api().chooseArchiveFolder({}) });
  } catch (err) {
    toast(t('error.settings', { message: errorText(err) }), 'error');
  }
}

export async function chooseHotFolder(): Promise<void> {
  try {
    setState({ settings: await api().chooseHotFolder({}) });
  } catch (err) {
    toast(t('error.settings', { message: errorText(err) }), 'error');
  }
}

// --- import --------------------------------------------------------------------------------------

export async function reportBatch(res: BatchResult | null): Promise<void> {
  if (!res) return;
  await refreshStories();
  const ok = res.items.filter((i) => i.ok);
  const bad = res.items.filter((i) => !i.ok);
  const count = ok.reduce((n, i) => n + i.storyIds.length, 0);
  if (count) toast(t('import.done', { n: count }), 'ok');
  for (const b of bad.slice(0, 3)) toast(t('import.failed', { name: b.name.split(/[\\/]/).pop() ?? b.name, message: b.error?.message ?? '' }), 'error', 8000);
  if (res.cancelled) toast(t('batch.cancelled'), 'info');
  const first = ok[0]?.storyIds[0];
  if (first && count === 1) await openStory(first);
}

export async function importDialog(): Promise<void> {
  try {
    await reportBatch(await api().importDialog({}));
  } catch (err) {
    toast(t('import.error', { message: errorText(err) }), 'error');
  }
}

export async function importFiles(files: File[]): Promise<void> {
  if (!files.length) return;
  try {
    await reportBatch(await api().importFiles(files));
  } catch (err) {
    toast(t('import.error', { message: errorText(err) }), 'error');
  }
}

export async function importText(text: string, html?: string): Promise<void> {
  if (!text.trim() && !html?.trim()) return;
  try {
    await reportBatch(await api().importText(html ? { text, html } : { text }));
  } catch (err) {
    toast(t('import.error', { message: errorText(err) }), 'error');
  }
}

// --- stories and tabs ----------------------------------------------------------------------------

export function session(id: string | null): StorySession | null {
  return id ? sessions.get(id) ?? null : null;
}

function onSaved(view: StoryView): void {
  const r = view.record;
  setState((s) => ({
    stories: s.stories.map((x) => (x.id === r.id ? { ...x, status: r.status, errorCount: r.errorCount, warningCount: r.warningCount, updatedAt: r.updatedAt, title: r.article.headline?.trim() || x.title } : x)),
  }));
}

/** The storage errors an editor can act on, in plain words. */
export function friendlySaveError(message: string): string {
  // Main's StorageError leads with its code in brackets (the code survives IPC, the class does not);
  // the raw errno words are a fallback for anything that reaches here unwrapped.
  const code = /\[(disk-full|read-only|no-access|io-error)\]/.exec(message)?.[1];
  if (code === 'disk-full' || (!code && /ENOSPC|no space/i.test(message))) return t('save.diskFull');
  if (code === 'read-only' || (!code && /EROFS/i.test(message))) return t('save.readOnly');
  if (code === 'no-access' || (!code && /EACCES|EPERM/i.test(message))) return t('save.noAccess');
  if (code === 'io-error') return t('save.ioError');
  return message;
}

export async function openStory(id: string): Promise<void> {
  setState({ view: 'desk', cursor: id });
  if (!sessions.has(id)) {
    try {
      const view = await api().getStory({ id });
      if (sessions.has(id)) return activate(id);
      const s = new StorySession(view, {
        profile, locale: lang, labels: labels(), onSaved,
        onSaveError: (message) => toast(t('save.failed', { message: friendlySaveError(message) }), 'error', 8000),
      });
      sessions.set(id, s);
      void s.runLiveCheck();
    } catch (err) {
      // A story whose file was found damaged has been set aside and left the inbox; its notice
      // already says so in plain words, so no second, technical message.
      await refreshStories();
      if (!state.stories.some((x) => x.id === id)) return;
      toast(t('error.open', { message: errorText(err) }), 'error');
      return;
    }
  }
  activate(id);
}

export function activate(id: string): void {
  setState((s) => ({ tabs: s.tabs.includes(id) ? s.tabs : [...s.tabs, id], active: id, view: 'desk' }));
}

export async function closeTab(id: string): Promise<void> {
  const s = sessions.get(id);
  if (s) {
    await s.flush();
    if (s.dirty) {
      toast(t('save.keepOpen'), 'error', 6000);
      return;
    }
    s.close();
    sessions.delete(id);
  }
  setState((st) => {
    const i = st.tabs.indexOf(id);
    const tabs = st.tabs.filter((x) => x !== id);
    const active = st.active === id ? tabs[Math.min(i, tabs.length - 1)] ?? null : st.active;
    return { tabs, active };
  });
}

/** Replace an open story's text with the store's version (after restore, insert, correction). */
export function applyView(view: StoryView): void {
  const s = sessions.get(view.record.id);
  if (s) s.replaceFromServer(view);
  onSaved(view);
}

/** Whether any open story has an edit the store does not have yet (inside the autosave pause, or failed). */
export function anyUnsaved(): boolean {
  return [...sessions.values()].some((s) => s.dirty);
}

export async function saveAll(): Promise<boolean> {
  await Promise.all([...sessions.values()].map((s) => s.flush()));
  return [...sessions.values()].every((s) => !s.dirty);
}

export function toggleSelected(id: string): void {
  setState((s) => ({ selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id] }));
}
