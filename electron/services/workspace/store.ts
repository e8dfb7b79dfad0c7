// The workspace: stories in work, one lowdb file per story plus a small index, so that an autosave
// rewrites one story and never the whole workspace. The story files are the authority; the index is
// a cache rebuilt from them when it is missing, damaged or out of step.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Low } from 'lowdb';
import type { Article } from '../../../core/model/article.ts';
import { lowFile, readLow, setAside, writeFileAtomic } from '../json-store.ts';
import { asStorageError, storageCode } from '../storage-error.ts';
import type {
  Notice, Original, Revision, RevisionReason, StoryRecord, StoryStatus, StorySummary,
} from './types.ts';

export const WORKSPACE_VERSION = 1;
/** Typing that resumes after this pause starts a new revision, so the history stays readable. */
export const IDLE_REVISION_MS = 30_000;
const INDEX_FLUSH_MS = 150;

interface IndexData {
  version: number;
  stories: StorySummary[];
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
    && Array.isArray(r.article.paragraphs) && Array.isArray(r.revisions);
}

/** Migrations from older index versions; each step takes version n to n+1. */
const INDEX_MIGRATIONS: Record<number, (d: IndexData) => IndexData> = {
  0: (d) => ({ version: 1, stories: d.stories ?? [] }),
};

export function migrateIndex(d: IndexData): IndexData {
  let cur = d;
  while (cur.version < WORKSPACE_VERSION) {
    const step = INDEX_MIGRATIONS[cur.version];
    if (!step) throw new Error(`no migration from workspace version ${cur.version}`);
    cur = step(cur);
  }
  return cur;
}

export class Workspace {
  readonly dir: string;
  readonly notices: Notice[] = [];
  private index: Low<IndexData>;
  private byId = new Map<string, StorySummary>();
  private queues = new Map<string, Promise<unknown>>();
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private indexDirty = false;

  private constructor(dir: string, index: Low<IndexData>) {
    this.dir = dir;
    this.index = index;
    for (const s of index.data.stories) this.byId.set(s.id, s);
  }

  static async open(dataDir: string): Promise<Workspace> {
    const dir = path.join(dataDir, 'workspace');
    await fs.mkdir(path.join(dir, 'stories'), { recursive: true });
    const notices: Notice[] = [];
    const indexFile = path.join(dir, 'index.json');
    const existed = await exists(indexFile);
    const index = await readLow<IndexData>(indexFile, () => ({ version: WORKSPACE_VERSION, stories: [] }), isIndex,
      (s) => notices.push({ kind: 'set-aside', file: s.file, detail: `${s.movedTo}: ${s.reason}` }));
    if (index.data.version < WORKSPACE_VERSION) {
      index.data = migrateIndex(index.data);
      notices.push({ kind: 'migrated', file: indexFile, detail: `to version ${WORKSPACE_VERSION}` });
    }
    const ws = new Workspace(dir, index);
    ws.notices.push(...notices);
    const storyFiles = (await fs.readdir(path.join(dir, 'stories'))).filter((f) => f.endsWith('.json'));
    // The index is a cache: rebuild it when it was lost, damaged, or disagrees with the story files.
    if (!existed || notices.some((n) => n.kind === 'set-aside') || storyFiles.length !== index.data.stories.length) {
      await ws.rebuildIndex(storyFiles);
    }
    return ws;
  }

  private storyFile(id: string): string {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw new Error(`invalid story id: ${id}`);
    return path.join(this.dir, 'stories', `${id}.json`);
  }

  private async rebuildIndex(files: string[]): Promise<void> {
    const summaries: StorySummary[] = [];
    for (const f of files) {
      const file = path.join(this.dir, 'stories', f);
      const rec = await this.readStoryFile(file);
      if (rec) summaries.push(summarize(rec));
    }
    summaries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    this.byId = new Map(summaries.map((s) => [s.id, s]));
    this.index.data = { version: WORKSPACE_VERSION, stories: summaries };
    // The index is a cache: if the disk refuses it (read-only, full) the workspace opens from the
    // rebuilt copy in memory, and the write is retried with the next save.
    await this.index.write().catch((err: unknown) => {
      if (!storageCode(err)) throw err;
      this.indexDirty = true;
    });
    this.notices.push({ kind: 'index-rebuilt', file: path.join(this.dir, 'index.json'), detail: `${summaries.length} stories` });
  }

  private async readStoryFile(file: string): Promise<StoryRecord | null> {
    try {
      const data = JSON.parse(await fs.readFile(file, 'utf8'));
      if (!isStory(data)) throw new Error('not a story record');
      return data;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      // A damaged story is set aside alone; the rest of the workspace opens.
      const movedTo = await setAside(file);
      this.notices.push({ kind: 'set-aside', file, detail: `${movedTo}: ${(err as Error).message}` });
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

  /** Stories imported from these very bytes (corrections made from them are not counted). */
  findBySha(sha256: string): StorySummary[] {
    return [...this.byId.values()].filter((s) => s.sha256 === sha256 && !s.correctionOf);
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
      version: 1, id, createdAt: now, updatedAt: now, status: input.status ?? 'baru',
      original: { ...input.original, stored }, article: input.article,
      revisions: [{ id: crypto.randomUUID(), at: now, reason: 'import', article: input.article }],
      lastEditAt: null, editsSinceRevision: 0, exports: [],
      errorCount: input.errorCount ?? 0, warningCount: input.warningCount ?? 0,
    };
    await this.write(rec);
    return rec;
  }

  /** Autosave of an edit. Records a revision of the previous text when typing resumes after a pause. */
  saveEdit(id: string, article: Article, counts?: Counts, now = new Date()): Promise<StoryRecord> {
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
    await this.serial(id, async () => {
      await fs.rm(this.storyFile(id), { force: true });
      this.byId.delete(id);
      this.scheduleIndexFlush();
    });
  }

  private async write(rec: StoryRecord): Promise<void> {
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
    if (!this.indexDirty) return this.flushing;
    this.indexDirty = false;
    this.flushing = this.flushing.then(async () => {
      this.index.data = { version: WORKSPACE_VERSION, stories: [...this.byId.values()] };
      await this.index.write();
    }).catch(() => {
      this.indexDirty = true;
    });
    return this.flushing;
  }

  async close(): Promise<void> {
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

export function openWorkspace(dataDir: string): Promise<Workspace> {
  return Workspace.open(dataDir);
}
