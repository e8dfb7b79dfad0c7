// The workspace: stories in work, one lowdb file per story plus a small index, so that an autosave
// rewrites one story and never the whole workspace. The story files are the authority; the index is
// a cache rebuilt from them when it is missing, damaged or out of step, and checked against each
// file's size and time on opening so a story damaged behind an intact index is still found.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Low } from 'lowdb';
import type { Article } from '../../../core/model/article.ts';
import { lowFile, readLow, setAside, writeFileAtomic } from '../json-store.ts';
import { asStorageError, storageCode } from '../storage-error.ts';
import { migrate, type Migrations } from '../migrate.ts';
import type {
  Notice, Original, Revision, RevisionReason, StoryRecord, StoryStatus, StorySummary,
} from './types.ts';

/** The index's shape. It is a cache: an index of any other version is simply rebuilt. */
export const WORKSPACE_VERSION = 1;
/** The story files' shape: these are the data, so an older one is migrated and a newer one refused. */
export const STORY_VERSION = 1;
/** Typing that pauses this long records a revision, so the history stays readable. */
export const IDLE_REVISION_MS = 30_000;
const INDEX_FLUSH_MS = 150;

/** Steps from older story files (migrate.ts). Version 0 is a story file written without a version
 * (by hand or an outside tool): the fields the app keeps for itself get their starting values. */
export const STORY_MIGRATIONS: Migrations = {
  0: (d) => ({
    status: 'baru', revisions: [], lastEditAt: null, editsSinceRevision: 0, exports: [], errorCount: 0, warningCount: 0,
    updatedAt: d.createdAt, ...d,
  }),
};

interface IndexData {
  version: number;
  stories: StorySummary[];
  /** Size and modification time of each story file when its summary was taken: a file changed
   * behind the index's back (damaged, restored from a backup, saved just before a crash) is read again. */
  files?: Record<string, string>;
}

export interface NewStory {
  article: Article;
  original: Omit<Original, 'stored'>;
  originalBytes?: Uint8Array | null;
  status?: StoryStatus;
  errorCount?: number;
  warningCount?: number;
  now?: Date;
}

export interface Counts {
  errorCount: number;
  warningCount: number;
}

export interface OpenOptions {
  /** Open to read (`meja list`): a workspace that does not exist is empty and is not created. */
  readOnly?: boolean;
}

export function summarize(rec: StoryRecord): StorySummary {
  const a = rec.article;
  const lead = a.lead || a.paragraphs.find((p) => p.role === 'lead' || p.role === 'body')?.text || '';
  const title = a.headline?.trim() || truncateWords(lead, 12) || '(tanpa judul)';
  const source = a.sourceCredits[0] ?? a.dateline?.agency ?? a.provenance?.format ?? rec.original.format;
  return {
    id: rec.id, title, source, format: rec.original.format, sha256: rec.original.sha256,
    fileName: rec.original.fileName, status: rec.status,
    createdAt: rec.createdAt, updatedAt: rec.updatedAt, errorCount: rec.errorCount,
    warningCount: rec.warningCount, priority: a.meta.priority, embargo: a.meta.embargo,
    section: a.meta.section, correctionOf: a.meta.correctionOf,
  };
}

function truncateWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= n ? words.join(' ') : `${words.slice(0, n).join(' ')}…`;
}

function isIndex(d: unknown): d is IndexData {
  return !!d && typeof d === 'object' && Array.isArray((d as IndexData).stories)
    && typeof (d as IndexData).version === 'number';
}

function isStory(d: unknown): d is StoryRecord {
  const r = d as StoryRecord;
  return !!r && typeof r === 'object' && typeof r.id === 'string' && !!r.article
    && Array.isArray(r.article.paragraphs) && Array.isArray(r.revisions)
    && typeof r.createdAt === 'string' && !!r.original && typeof r.original.sha256 === 'string';
}

function stampOf(st: { size: number; mtimeMs: number }): string {
  return `${st.size}:${Math.trunc(st.mtimeMs)}`;
}

export class Workspace {
  readonly dir: string;
  readonly notices: Notice[] = [];
  readonly readOnly: boolean;
  private index: Low<IndexData>;
  private byId = new Map<string, StorySummary>();
  private stamps = new Map<string, string>();
  private queues = new Map<string, Promise<unknown>>();
  private idleTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private noticeListeners = new Set<(n: Notice) => void>();
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private indexDirty = false;

  private constructor(dir: string, index: Low<IndexData>, readOnly: boolean) {
    this.dir = dir;
    this.index = index;
    this.readOnly = readOnly;
    for (const s of index.data.stories) this.byId.set(s.id, s);
    for (const [id, stamp] of Object.entries(index.data.files ?? {})) this.stamps.set(id, stamp);
  }

  static async open(dataDir: string, opts: OpenOptions = {}): Promise<Workspace> {
    const dir = path.join(dataDir, 'workspace');
    const storiesDir = path.join(dir, 'stories');
    const indexFile = path.join(dir, 'index.json');
    const empty = (): IndexData => ({ version: WORKSPACE_VERSION, stories: [], files: {} });
    const readOnly = !!opts.readOnly;
    if (readOnly && !(await exists(dir))) return new Workspace(dir, lowFile(indexFile, empty()), true);
    if (!readOnly) await fs.mkdir(storiesDir, { recursive: true });
    const notices: Notice[] = [];
    const existed = await exists(indexFile);
    const index = await readLow<IndexData>(indexFile, empty, isIndex,
      (s) => notices.push({ kind: 'set-aside', file: s.file, movedTo: s.movedTo, detail: s.reason }));
    const ws = new Workspace(dir, index, readOnly);
    ws.notices.push(...notices);
    const storyFiles = (await fs.readdir(storiesDir).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
    // The index is a cache: rebuild it when it was lost, damaged, of another version, without the
    // files' stamps, or disagrees with the story files.
    if (!existed || notices.length > 0 || index.data.version !== WORKSPACE_VERSION || !index.data.files
      || storyFiles.length !== index.data.stories.length) {
      await ws.rebuildIndex(storyFiles);
    } else {
      await ws.recheckChanged(storyFiles);
    }
    return ws;
  }

  /** Hears notices that arise while the workspace is open (a story file found damaged on reading). */
  onNotice(cb: (n: Notice) => void): () => void {
    this.noticeListeners.add(cb);
    return () => this.noticeListeners.delete(cb);
  }

  private report(n: Notice): void {
    this.notices.push(n);
    for (const cb of this.noticeListeners) cb(n);
  }

  private storyFile(id: string): string {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw new Error(`invalid story id: ${id}`);
    return path.join(this.dir, 'stories', `${id}.json`);
  }

  private async rebuildIndex(files: string[]): Promise<void> {
    const summaries: StorySummary[] = [];
    // The old entries stay until the end, so a damaged story's notice can still name its title.
    this.stamps = new Map();
    for (const f of files) {
      const file = path.join(this.dir, 'stories', f);
      const rec = await this.readStoryFile(file);
      if (rec) {
        summaries.push(summarize(rec));
        const st = await fs.stat(file).catch(() => null);
        if (st) this.stamps.set(rec.id, stampOf(st));
      }
    }
    summaries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    this.byId = new Map(summaries.map((s) => [s.id, s]));
    this.index.data = { version: WORKSPACE_VERSION, stories: summaries, files: Object.fromEntries(this.stamps) };
    // The index is a cache: if the disk refuses it (read-only, full) the workspace opens from the
    // rebuilt copy in memory, and the write is retried with the next save.
    if (!this.readOnly) {
      await this.index.write().catch((err: unknown) => {
        if (!storageCode(err)) throw err;
        this.indexDirty = true;
      });
    }
    this.notices.push({ kind: 'index-rebuilt', file: path.join(this.dir, 'index.json'), detail: `${summaries.length} stories` });
  }

  // An intact index can still be behind a story file that changed without it (damaged on disk,
  // saved just before a crash, put back from a backup): a stat of each file finds those, and only
  // they are read again. A damaged one is set aside and leaves the inbox.
  private async recheckChanged(files: string[]): Promise<void> {
    const onDisk = new Set(files.map((f) => f.slice(0, -'.json'.length)));
    const changed: string[] = [];
    await Promise.all(files.map(async (f) => {
      const id = f.slice(0, -'.json'.length);
      const st = await fs.stat(path.join(this.dir, 'stories', f)).catch(() => null);
      if (st && (this.stamps.get(id) !== stampOf(st) || !this.byId.has(id))) changed.push(f);
    }));
    let dirty = false;
    for (const id of [...this.byId.keys()]) {
      if (onDisk.has(id)) continue;
      this.byId.delete(id);
      this.stamps.delete(id);
      dirty = true;
    }
    for (const f of changed) {
      const file = path.join(this.dir, 'stories', f);
      const rec = await this.readStoryFile(file);
      dirty = true;
      if (!rec) continue;
      this.byId.set(rec.id, summarize(rec));
      const st = await fs.stat(file).catch(() => null);
      if (st) this.stamps.set(rec.id, stampOf(st));
    }
    if (dirty && !this.readOnly) {
      this.indexDirty = true;
      await this.flushIndex();
    }
  }

  private async readStoryFile(file: string): Promise<StoryRecord | null> {
    try {
      const { data } = migrate<StoryRecord>(JSON.parse(await fs.readFile(file, 'utf8')), STORY_VERSION, STORY_MIGRATIONS);
      if (!isStory(data)) throw new Error('not a story record');
      return data;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      // A damaged story (or one from a newer version) is set aside alone; the rest of the workspace
      // opens. It leaves the inbox at once, so it can be imported again.
      const id = path.basename(file, '.json');
      const title = this.byId.get(id)?.title;
      const movedTo = await setAside(file, (err as Error).name === 'TooNewError' ? 'newer' : 'corrupt');
      if (this.byId.delete(id)) {
        this.stamps.delete(id);
        this.scheduleIndexFlush();
      }
      this.report({ kind: 'set-aside', file, movedTo, detail: (err as Error).message, ...(title ? { title } : {}) });
      return null;
    }
  }

  list(): StorySummary[] {
    return [...this.byId.values()];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  async get(id: string): Promise<StoryRecord | null> {
    if (!this.byId.has(id)) return null;
    return this.readStoryFile(this.storyFile(id));
  }

  /** Stories imported from these very bytes that can still be read (corrections made from them are
   * not counted): a story whose file turns out damaged is set aside, and the bytes can be imported again. */
  async findBySha(sha256: string): Promise<StorySummary[]> {
    const seen = [...this.byId.values()].filter((s) => s.sha256 === sha256 && !s.correctionOf);
    const readable: StorySummary[] = [];
    for (const s of seen) if (await this.get(s.id)) readable.push(s);
    return readable;
  }

  async create(input: NewStory): Promise<StoryRecord> {
    const now = (input.now ?? new Date()).toISOString();
    const id = crypto.randomUUID();
    let stored = false;
    if (input.originalBytes && input.originalBytes.length > 0) {
      const file = path.join(path.dirname(this.dir), 'originals', input.original.sha256);
      try {
        if (!(await exists(file))) await writeFileAtomic(file, input.originalBytes);
      } catch (err) {
        throw asStorageError(err, file);
      }
      stored = true;
    }
    const rec: StoryRecord = {
      version: STORY_VERSION, id, createdAt: now, updatedAt: now, status: input.status ?? 'baru',
      original: { ...input.original, stored }, article: input.article,
      revisions: [{ id: crypto.randomUUID(), at: now, reason: 'import', article: input.article }],
      lastEditAt: null, editsSinceRevision: 0, exports: [],
      errorCount: input.errorCount ?? 0, warningCount: input.warningCount ?? 0,
    };
    await this.write(rec);
    return rec;
  }

  /**
   * Autosave of an edit. After IDLE_REVISION_MS without another edit, the text becomes a revision
   * (checkpoint); should that timer not have run (the process ended), typing that resumes after the
   * pause records the text from before it.
   */
  saveEdit(id: string, article: Article, counts?: Counts, now = new Date()): Promise<StoryRecord> {
    this.armIdle(id);
    return this.update(id, (rec) => {
      const last = rec.lastEditAt ? Date.parse(rec.lastEditAt) : 0;
      if (rec.editsSinceRevision > 0 && now.getTime() - last >= IDLE_REVISION_MS) {
        rec.revisions.push({ id: crypto.randomUUID(), at: rec.lastEditAt!, reason: 'edit', article: rec.article });
        rec.editsSinceRevision = 0;
      }
      rec.article = article;
      rec.lastEditAt = now.toISOString();
      rec.editsSinceRevision += 1;
      if (rec.status === 'baru') rec.status = 'disunting';
      if (counts) Object.assign(rec, counts);
    }, now);
  }

  private armIdle(id: string): void {
    const prev = this.idleTimers.get(id);
    if (prev) clearTimeout(prev);
    const timer = setTimeout(() => {
      this.idleTimers.delete(id);
      // A failed checkpoint loses no text (the autosave has it); the next named step records it.
      void this.checkpoint(id).catch(() => undefined);
    }, IDLE_REVISION_MS);
    // A pending checkpoint never keeps a process (a test, the command line) alive; close() runs it.
    (timer as { unref?: () => void }).unref?.();
    this.idleTimers.set(id, timer);
  }

  /** Records the autosaved text as a revision if it was edited since the last one (idle, close, quit). */
  checkpoint(id: string): Promise<StoryRecord | null> {
    const timer = this.idleTimers.get(id);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(id);
    if (!this.byId.has(id)) return Promise.resolve(null);
    return this.serial(id, async () => {
      const rec = await this.get(id);
      if (!rec || rec.editsSinceRevision === 0) return rec;
      rec.revisions.push({ id: crypto.randomUUID(), at: rec.lastEditAt ?? rec.updatedAt, reason: 'edit', article: rec.article });
      rec.editsSinceRevision = 0;
      await this.write(rec);
      return rec;
    });
  }

  /** A named step (cleaning, a bulk fix, export, restore): the new text becomes a revision. */
  commit(id: string, reason: RevisionReason, article: Article, patch: Partial<Pick<StoryRecord, 'status' | 'errorCount' | 'warningCount'>> = {}, now = new Date()): Promise<StoryRecord> {
    return this.update(id, (rec) => {
      if (rec.editsSinceRevision > 0) {
        rec.revisions.push({ id: crypto.randomUUID(), at: rec.lastEditAt ?? now.toISOString(), reason: 'edit', article: rec.article });
      }
      rec.article = article;
      rec.revisions.push({ id: crypto.randomUUID(), at: now.toISOString(), reason, article });
      rec.editsSinceRevision = 0;
      Object.assign(rec, patch);
    }, now);
  }

  async restore(id: string, revisionId: string, now = new Date()): Promise<StoryRecord> {
    const rec = await this.get(id);
    const rev = rec?.revisions.find((r: Revision) => r.id === revisionId);
    if (!rec || !rev) throw new Error(`no revision ${revisionId} in story ${id}`);
    return this.commit(id, 'restore', rev.article, {}, now);
  }

  update(id: string, mutate: (rec: StoryRecord) => void, now = new Date()): Promise<StoryRecord> {
    return this.serial(id, async () => {
      const rec = await this.get(id);
      if (!rec) throw new Error(`no story ${id}`);
      mutate(rec);
      rec.updatedAt = now.toISOString();
      await this.write(rec);
      return rec;
    });
  }

  async remove(id: string): Promise<void> {
    const timer = this.idleTimers.get(id);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(id);
    await this.serial(id, async () => {
      await fs.rm(this.storyFile(id), { force: true });
      this.byId.delete(id);
      this.stamps.delete(id);
      this.scheduleIndexFlush();
    });
  }

  private async write(rec: StoryRecord): Promise<void> {
    if (this.readOnly) throw new Error('the workspace was opened read-only');
    const file = this.storyFile(rec.id);
    const db = lowFile<StoryRecord>(file, rec);
    try {
      await db.write();
    } catch (err) {
      // The rename never happened, so the story file on disk is still the last good save.
      await fs.rm(path.join(path.dirname(file), `.${path.basename(file)}.tmp`), { force: true }).catch(() => undefined);
      throw asStorageError(err, file);
    }
    this.byId.set(rec.id, summarize(rec));
    const st = await fs.stat(file).catch(() => null);
    if (st) this.stamps.set(rec.id, stampOf(st));
    else this.stamps.delete(rec.id);
    this.scheduleIndexFlush();
  }

  // Saves of one story run one after another; different stories save in parallel.
  private serial<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(id) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    this.queues.set(id, next.catch(() => undefined));
    return next;
  }

  // The index is rewritten shortly after a burst of saves, not on every keystroke.
  private scheduleIndexFlush(): void {
    this.indexDirty = true;
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      void this.flushIndex();
    }, INDEX_FLUSH_MS);
  }

  flushIndex(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    // A failed index write is not a lost edit (the story files are the authority); it is retried
    // with the next save and rebuilt on opening if it is out of step.
    // Nothing changed since the last write (a read-only use such as `meja list`): nothing is written.
    if (!this.indexDirty || this.readOnly) return this.flushing;
    this.indexDirty = false;
    this.flushing = this.flushing.then(async () => {
      this.index.data = { version: WORKSPACE_VERSION, stories: [...this.byId.values()], files: Object.fromEntries(this.stamps) };
      await this.index.write();
    }).catch(() => {
      this.indexDirty = true;
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    // Edits still waiting for their idle revision get it now (the story or the app is closing).
    await Promise.all([...this.idleTimers.keys()].map((id) => this.checkpoint(id).catch(() => null)));
    await Promise.all([...this.queues.values()]);
    await this.flushIndex();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

export function openWorkspace(dataDir: string, opts: OpenOptions = {}): Promise<Workspace> {
  return Workspace.open(dataDir, opts);
}
