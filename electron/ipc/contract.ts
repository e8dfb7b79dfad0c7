// The one declaration of every IPC channel: name (`noun:verb`), the renderer's method name, the zod
// schema of its argument, and its result type. Main registers handlers from it (register.ts), the
// preload builds `window.meja` from it (api.ts), and the renderer imports only its types.
import { z } from 'zod';
import type { Article, StoryMeta } from '../../core/model/article.ts';
import type { Finding } from '../../core/model/finding.ts';
import type { CleanChange } from '../../core/clean/index.ts';
import type { DeclinedLink } from '../../core/baca-juga/insert.ts';
import type { DeskProfile } from '../../core/model/profile.ts';
import type { Settings } from '../services/settings.ts';
import type { RelatedHit, SearchHit as ArchiveSearchHit } from '../services/archive/index.ts';
import type { Notice, StoryRecord, StorySummary } from '../services/workspace/types.ts';

const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const text = (max: number) => z.string().max(max);
const MAX_TEXT = 60 * 1024 * 1024;
const absPath = z.string().min(1).max(4096);
const isWebUrl = (u: string) => /^https?:\/\/[^\s]+$/i.test(u) && URL.canParse(u);
/** A link an editor inserts: only http(s), never `javascript:` or `data:`. */
const webUrl = z.string().max(2048).refine(isWebUrl, 'only http: and https: links are accepted');

import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/formats.ts';
export { EXPORT_FORMATS, type ExportFormat };

const ParagraphSchema = z.object({
  role: z.enum(['lead', 'body', 'related', 'source-credit', 'credit', 'copyright', 'junk']),
  text: text(4 * 1024 * 1024),
  // A link that is not http(s) is dropped, not refused: a save must never fail over a stray link,
  // and nothing but http(s) is ever stored.
  url: z.string().max(2048).nullable().transform((u) => (u === null || isWebUrl(u) ? u : null)).optional(),
});

/** The most an article sent back may hold; an import refuses a story beyond them (it could never be saved). */
export const MAX_PARAGRAPHS = 20_000;
export const MAX_HEADLINE = 2000;

/** An article as the renderer sends it back: validated in shape; main re-derives the rest. */
export const ArticleSchema = z.object({
  headline: text(MAX_HEADLINE).nullable(),
  paragraphs: z.array(ParagraphSchema).max(MAX_PARAGRAPHS),
}).passthrough();

export const MetaPatchSchema = z.object({
  slug: text(200).nullable(),
  section: text(200).nullable(),
  tags: z.array(text(100)).max(100),
  caption: text(4000).nullable(),
  embargo: z.string().datetime({ offset: true }).nullable(),
  priority: z.enum(['biasa', 'urgent', 'flash']),
  headline: text(2000).nullable(),
  datelinePlace: text(200).nullable(),
  reporter: text(200).nullable(),
  editor: text(200).nullable(),
  translator: text(200).nullable(),
}).partial().strict();

export const SearchArgsSchema = z.object({
  query: text(500),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  source: text(200).optional(),
  section: text(200).optional(),
  author: text(200).optional(),
  sort: z.enum(['relevance', 'date']).optional(),
  limit: z.number().int().min(1).max(200).optional(),
  offset: z.number().int().min(0).max(1_000_000).optional(),
  includeWorkspace: z.boolean().optional(),
  /** As-you-type: the last word may be unfinished and also matches as a prefix. */
  prefix: z.boolean().optional(),
}).strict();

export interface ImportItemResult {
  name: string;
  ok: boolean;
  storyIds: string[];
  /** The same bytes were imported before: the existing stories are returned, nothing new is made. */
  duplicate?: boolean;
  error?: { code: string; message: string };
}
export interface BatchResult {
  batchId: string;
  items: ImportItemResult[];
  cancelled: boolean;
}
/** An archive hit; `inWorkspace` marks a story still in work (the search's workspace switch). */
export interface SearchHit extends ArchiveSearchHit {
  inWorkspace?: boolean;
}
export interface SearchResult {
  total: number;
  results: SearchHit[];
  /** `total` is an estimate (very common words). */
  approximate?: boolean;
  /** Words searched as a close spelling instead. */
  corrected?: Record<string, string[]>;
}
/** A whole archive story, for the Arsip preview (plain text: the renderer shows it as text). */
export interface ArchiveStoryView {
  id: string;
  title: string;
  body: string;
  url: string | null;
  date: string | null;
  source: string | null;
  section: string | null;
  authors: string[];
}
/** What a bulk load into the archive did: counts, the stories kept undated, the refused lines. */
export interface ArchiveImportResult {
  batchId: string;
  cancelled: boolean;
  added: number;
  updated: number;
  duplicates: number;
  files: { name: string; added: number; duplicates: number; skipped: boolean; error: string | null }[];
  /** At most 200 listed; `undatedCount` is the full number. */
  undated: { file: string; line: number | null; title: string; date: string | null }[];
  undatedCount: number;
  /** At most 200 listed; `errorCount` is the full number. */
  errors: { file: string; line: number | null; message: string }[];
  errorCount: number;
}
export type { RelatedHit };

export interface ExportItemResult {
  id: string;
  ok: boolean;
  path: string | null;
  archiveId: string | null;
  error?: string;
}
export interface CleanPreview {
  article: Article;
  changes: CleanChange[];
}
export interface StoryView {
  record: StoryRecord;
  findings: Finding[];
}
export interface AppInfo {
  version: string;
  dataDir: string;
  notices: Notice[];
  platform: string;
}
export interface ProgressEvent {
  batchId: string;
  kind: 'import' | 'archive-import' | 'index-build' | 'export';
  done: number;
  total: number;
  current: string | null;
  finished: boolean;
  /** Archive loads: stories so far (for the label beside the byte-based bar). */
  counts?: { added: number; duplicates: number; undated: number; errors: number };
}

// The result type rides on a phantom field so that one object carries both schema and type.
function channel<R>() {
  return <M extends string, A extends z.ZodType>(method: M, args: A) => ({ method, args, result: undefined as unknown as R });
}
const none = z.object({}).strict();

export const contract = {
  'app:get-info': channel<AppInfo>()('appInfo', none),
  'stories:list': channel<StorySummary[]>()('listStories', none),
  'stories:get': channel<StoryView>()('getStory', z.object({ id }).strict()),
  'stories:import-text': channel<BatchResult>()('importText', z.object({ text: text(MAX_TEXT), html: text(MAX_TEXT).optional() }).strict()),
  'stories:import-bytes': channel<BatchResult>()('importBytes', z.object({ files: z.array(z.object({ name: text(1024), bytes: z.instanceof(Uint8Array) })).min(1).max(5000) }).strict()),
  // Preload-only (see INTERNAL_CHANNELS): the key proves the call came from the preload's importFiles.
  'stories:import-dropped': channel<BatchResult>()('importDroppedPaths', z.object({ paths: z.array(absPath).min(1).max(5000), dropKey: z.string().max(200) }).strict()),
  'stories:import-dialog': channel<BatchResult | null>()('importDialog', none),
  'stories:save': channel<StoryView>()('saveStory', z.object({ id, article: ArticleSchema }).strict()),
  'stories:set-status': channel<StorySummary>()('setStatus', z.object({ id, status: z.enum(['baru', 'disunting', 'diperiksa', 'diekspor']) }).strict()),
  'stories:set-meta': channel<StoryView>()('setMeta', z.object({ id, meta: MetaPatchSchema }).strict()),
  'stories:restore': channel<StoryView>()('restoreRevision', z.object({ id, revisionId: id }).strict()),
  'stories:delete': channel<{ ok: true }>()('deleteStory', z.object({ id }).strict()),
  'stories:fix-all': channel<StoryView>()('fixAll', z.object({ id }).strict()),
  'stories:clean-preview': channel<CleanPreview>()('previewClean', z.object({ id }).strict()),
  'stories:clean': channel<StoryView>()('cleanStory', z.object({ id }).strict()),
  'stories:export-preview': channel<{ content: string; findings: Finding[] }>()('previewExport', z.object({ id, format: z.enum(EXPORT_FORMATS), blockquotes: z.boolean().optional() }).strict()),
  'stories:export': channel<ExportItemResult[]>()('exportStories', z.object({ ids: z.array(id).min(1).max(5000), format: z.enum(EXPORT_FORMATS), toFile: z.boolean(), blockquotes: z.boolean().optional() }).strict()),
  'stories:correct': channel<StoryView>()('correctStory', z.object({ id }).strict()),
  'stories:replace-all': channel<{ stories: number; replacements: number; ids: string[] }>()('replaceInInbox', z.object({ query: text(1000).min(1), replacement: text(1000), caseSensitive: z.boolean(), wholeWord: z.boolean() }).strict()),
  'stories:insert-related': channel<StoryView & { inserted: number; declined: DeclinedLink[] }>()('insertRelated', z.object({ id, links: z.array(z.object({ title: text(500), url: webUrl }).strict()).min(1).max(20) }).strict()),
  'archive:search': channel<SearchResult>()('searchArchive', SearchArgsSchema),
  'archive:related': channel<{ results: RelatedHit[] }>()('relatedStories', z.object({ id, limit: z.number().int().min(1).max(20).optional() }).strict()),
  'archive:import-dialog': channel<ArchiveImportResult | null>()('importArchiveDialog', z.object({ folders: z.boolean().optional() }).strict()),
  'archive:get': channel<ArchiveStoryView | null>()('getArchiveStory', z.object({ id: z.string().min(1).max(512) }).strict()),
  'archive:open': channel<{ storyId: string }>()('openArchiveStory', z.object({ id: z.string().min(1).max(512) }).strict()),
  'archive:stats': channel<{ stories: number; indexBytes: number; storeBytes: number }>()('archiveStats', none),
  'archive:rebuild': channel<{ batchId: string; stories: number; cancelled: boolean }>()('rebuildArchive', none),
  'batch:cancel': channel<{ ok: boolean }>()('cancelBatch', z.object({ batchId: id }).strict()),
  'settings:get': channel<Settings>()('getSettings', none),
  // The patch's fields are checked in main against SettingsPatchSchema (handlers.ts): the schema lives
  // with the settings store, which the sandboxed preload bundle (built from this file) cannot import.
  'settings:set': channel<Settings>()('setSettings', z.object({ patch: z.record(z.string(), z.unknown()) }).strict()),
  'settings:choose-hot-folder': channel<Settings>()('chooseHotFolder', none),
  'settings:choose-archive-folder': channel<Settings>()('chooseArchiveFolder', none),
  'profiles:list': channel<DeskProfile[]>()('listProfiles', none),
  'profiles:save': channel<DeskProfile[]>()('saveProfile', z.object({ profile: z.record(z.string(), z.unknown()) }).strict()),
  'profiles:export': channel<{ path: string | null }>()('exportProfile', z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) }).strict()),
  'profiles:import': channel<DeskProfile[] | null>()('importProfile', none),
  'clipboard:write': channel<{ ok: true }>()('copyToClipboard', z.object({ html: text(MAX_TEXT), text: text(MAX_TEXT) }).strict()),
  'shell:open-external': channel<{ opened: boolean }>()('openExternal', z.object({ url: z.string().max(2048) }).strict()),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ArgsOf<C extends Channel> = z.infer<Contract[C]['args']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** Events main pushes to the renderer. */
export const EVENTS = ['batch:progress', 'stories:changed', 'menu:command', 'notices:added'] as const;
export type MenuCommand = 'import' | 'export' | 'archive' | 'settings' | 'shortcuts' | 'find';
export type EventName = (typeof EVENTS)[number];
export interface EventPayloads {
  'batch:progress': ProgressEvent;
  'stories:changed': { ids: string[] };
  'menu:command': { command: MenuCommand };
  /** The app set a file aside (or migrated it) while running: the page tells the editor. */
  'notices:added': Notice;
}

/**
 * Channels only the preload calls, never put on `window.meja`: a dropped file's path comes from
 * webUtils.getPathForFile on a real File, so the page cannot name a path for main to read.
 */
export const INTERNAL_CHANNELS = ['stories:import-dropped'] as const;
type InternalChannel = (typeof INTERNAL_CHANNELS)[number];

type MethodMap = { [C in Exclude<Channel, InternalChannel> as Contract[C]['method']]: (args: ArgsOf<C>) => Promise<ResultOf<C>> };

/** `window.meja`: one narrow function per action, plus event subscriptions and the drop helper. */
export type MejaApi = MethodMap & {
  onProgress(cb: (e: ProgressEvent) => void): () => void;
  onStoriesChanged(cb: (e: { ids: string[] }) => void): () => void;
  /** Commands of the application menu (Berkas › Ekspor…, Tampilan › Arsip…) for the page to open. */
  onMenuCommand(cb: (e: { command: MenuCommand }) => void): () => void;
  onNotice(cb: (e: Notice) => void): () => void;
  /** Files dropped or chosen in the page: paths where the shell gives them, else their bytes. */
  importFiles(files: File[]): Promise<BatchResult>;
};

export type { Article, StoryMeta, Finding, DeskProfile, Settings, StoryRecord, StorySummary };
