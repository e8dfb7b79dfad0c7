// The local archive: published stories in one SQLite file (`<dataDir>/archive.sqlite`) with FTS5
// indexes for Indonesian search and "Baca juga" suggestions. A plain module that takes its folder,
// so the app, the command line and the tests use it alike.
import { existsSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Article } from '../../../core/model/article.ts';
import type { ArchiveStoryView } from '../../ipc/contract.ts';
import { stemText, words } from '../../../core/search/text.ts';
import { extractTerms, sourceFromArticle, sourceFromText } from '../../../core/related/terms.ts';
import { scoreRelated } from '../../../core/related/score.ts';
import { contentStemsOf, profileCosine, storyProfile, weighProfile } from '../../../core/related/profile.ts';
import { INDEX_DDL, DROP_INDEX_DDL, DROP_NEW_INDEX_DDL, VOCAB_DDL, RANK_CONFIG, ftsTablesDdl, STORE_DDL, SCHEMA_VERSION, INDEX_VERSION, DKEY_PER_SECOND, UNDATED_BASE, assertFts5, loadSqlite } from './schema.ts';
import { bandKeys, blobToSig, containment, minhash, NEAR_DUPLICATE, shingleSet, sigToBlob, similarity, textHash } from './dedupe.ts';
import { parseArchiveDate } from './dates.ts';
import { checkInWorker } from './check-worker.ts';
import { runSearch } from './search.ts';
import type { SearchOptions, SearchResponse } from './search.ts';

export type { SearchOptions, SearchResponse, SearchHit } from './search.ts';
export { importIntoArchive } from './import.ts';
export type { ImportOptions, ImportReport, ImportProgress, ImportFileReport } from './import.ts';

export interface ArchiveStoryInput {
  id?: string;
  title: string;
  /** Paragraphs joined by `\n\n`; the first is the lead. */
  body: string;
  url?: string | null;
  /** ISO 8601, or an unambiguous `21/10/2025`; anything else is stored undated. */
  date?: string | null;
  source?: string | null;
  section?: string | null;
  authors?: string[];
  /** What the export produced (format, file, CMS id…), kept as JSON. */
  exportRecord?: unknown;
}

/** FTS5's integrity check of each index table, one statement a table. */
const INTEGRITY_CHECKS = [
  `INSERT INTO fts_stem(fts_stem) VALUES('integrity-check')`,
  `INSERT INTO fts_head(fts_head) VALUES('integrity-check')`,
  `INSERT INTO fts_text(fts_text, rank) VALUES('integrity-check', 1)`,
];

/** A stored story: what the Arsip preview shows (the contract's view), with its archive record. */
export interface ArchiveStory extends ArchiveStoryView {
  addedAt: string;
  exportRecord: unknown;
}

export interface AddResult {
  id: string;
  /** Set when the story was not added because the archive already holds it (same URL, same text or near-identical text). */
  duplicateOf?: string;
  /** True when a story with the same id was replaced (a corrected re-export). */
  updated?: boolean;
}

export interface RelatedOptions {
  limit?: number;
  /** Only stories from the last N months (relative to `now`); 0 or undefined: no window. */
  windowMonths?: number;
  now?: Date;
  excludeIds?: string[];
  excludeUrls?: string[];
}

export interface RelatedHit {
  id: string;
  title: string;
  date: string | null;
  url: string;
  score: number;
  shared: string[];
}

export interface ResolvedTitle {
  id: string;
  url: string | null;
  title: string;
  exact: boolean;
}

export interface ArchiveStats {
  stories: number;
  indexBytes: number;
  storeBytes: number;
}

export interface OpenOptions {
  /**
   * Run FTS5's integrity-check on open: 'auto' (default) after an unclean shutdown, when the archive
   * is small enough to check within the open-time budget (else `indexCheckPending`).
   */
  checkIndex?: 'auto' | 'always' | 'never';
  /**
   * An index that must be rebuilt on open (written by another version): 'now' rebuilds before
   * returning (the command line, with progress); 'defer' returns at once with `indexRebuildPending`
   * set, for the app to run rebuildIndexAsync with a progress bar and Batal; 'auto' (default) rebuilds
   * now only when that takes about a second (REBUILD_ON_OPEN_MAX stories), else defers.
   */
  rebuild?: 'auto' | 'now' | 'defer';
  onRebuildProgress?: (done: number, total: number) => void;
  /**
   * Read only: no set-up, no open flag, no check or rebuild. For reads beside a running app (a
   * command-line search must not reset the app's open flag or rebuild without the lock) and for a
   * read-only data folder. A missing archive reads as an empty one, kept in memory.
   */
  readOnly?: boolean;
}

/** Up to this many stories an outdated index is rebuilt while opening (about a second here). */
export const REBUILD_ON_OPEN_MAX = 2000;

/** Search and Baca juga while the index is being rebuilt after an upgrade: said plainly. */
export class IndexRebuildPendingError extends Error {
  constructor() {
    super('Indeks arsip sedang dibangun ulang setelah pembaruan; pencarian tersedia lagi setelah selesai. / The archive index is being rebuilt after an update; search is back when it is done.');
    this.name = 'IndexRebuildPending';
  }
}

export interface Archive {
  readonly file: string;
  addStory(story: ArchiveStoryInput): AddResult;
  getStory(id: string): ArchiveStory | null;
  removeStory(id: string): boolean;
  search(q: string, opts?: SearchOptions): SearchResponse;
  related(article: Article, opts?: RelatedOptions): { results: RelatedHit[] };
  resolveTitle(title: string): ResolvedTitle | null;
  stats(): ArchiveStats;
  /** Rebuilds the search indexes from the stored stories, in one go (opening, the command line). */
  rebuildIndex(onProgress?: (done: number, total: number) => void): void;
  /**
   * The same, a thousand stories per step with the event loop free between steps (the app): searches
   * keep using the old index until the new one is swapped in, and a stop (the signal, or the archive
   * closing) leaves the old index as it was.
   */
  rebuildIndexAsync(opts?: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void }): Promise<{ stories: number; cancelled: boolean }>;
  /** FTS5 integrity-check of the indexes (seconds on 100,000 stories): true when sound. */
  checkIndex(): boolean;
  /** The same check in a worker thread on its own connection, so the caller's thread stays free. */
  checkIndexAsync(): Promise<boolean>;
  /**
   * Set after an unclean shutdown of a big archive, whose check would make opening slow: the app
   * runs verifyIndex() when idle. (Small archives are checked, and rebuilt if damaged, on open.)
   */
  readonly indexCheckPending: boolean;
  /**
   * Set when opening found an index written by another version and deferred its rebuild (see
   * OpenOptions.rebuild): search and related throw IndexRebuildPendingError (the old index may not
   * fit this version), title lookups stay exact-only, adding stories works. Cleared by a rebuild.
   */
  readonly indexRebuildPending: boolean;
  /** checkIndex(), then rebuildIndex() if it failed. */
  verifyIndex(onProgress?: (done: number, total: number) => void): { damaged: boolean };
  /** Run `fn` in one transaction (nested calls become savepoints). */
  transaction<T>(fn: () => T): T;
  /** The database handle, for the importer's checkpoints and the benchmarks. */
  readonly db: DatabaseSync;
  close(): void;
}

/** Folded words of a title joined by spaces: the key for exact title lookups. */
export function titleKey(title: string): string {
  return words(title.replace(/^\s*(baca juga|lihat juga|berita terkait|related news)\s*:\s*/i, '')).join(' ');
}

function splitLead(body: string): { lead: string; rest: string } {
  const m = /\n\s*\n/.exec(body);
  if (!m) return { lead: body, rest: '' };
  return { lead: body.slice(0, m.index), rest: body.slice(m.index + m[0].length) };
}

const DAY = 86_400_000;
/** Document frequencies are counted exactly up to this many stories, estimated above. */
const DF_EXACT = 2000;
/** The most stories a word may be in and still retrieve by rarity (its doclist is read whole for bm25). */
const RARE_DF_MAX = 300;
/** Archives up to this size are index-checked on open after a crash (about a second here). */
const CHECK_ON_OPEN_MAX = 20_000;

export function openArchive(dataDir: string, options: OpenOptions = {}): Archive {
  const { DatabaseSync } = loadSqlite();
  const file = path.join(dataDir, 'archive.sqlite');
  const readOnly = !!options.readOnly && existsSync(file);
  if (!options.readOnly) mkdirSync(dataDir, { recursive: true });
  const db = readOnly ? openReadOnly(DatabaseSync, file) : new DatabaseSync(options.readOnly ? ':memory:' : file);
  try {
    assertFts5(db);
  } catch (e) {
    db.close();
    throw e;
  }
  if (readOnly) {
    db.exec('PRAGMA busy_timeout = 5000; PRAGMA cache_size = -16000; PRAGMA temp_store = MEMORY;');
  } else {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -16000; PRAGMA temp_store = MEMORY;');
    db.exec(STORE_DDL);
    db.exec(INDEX_DDL);
    db.exec(DROP_NEW_INDEX_DDL);
  }
  const getMeta = (k: string): string | null => {
    const r = db.prepare('SELECT value FROM meta WHERE key = ?').get(k) as { value: string } | undefined;
    return r ? r.value : null;
  };
  const setMeta = (k: string, v: string) => db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(k, v);
  if (!readOnly && getMeta('schema') === null) {
    setMeta('schema', String(SCHEMA_VERSION));
    setMeta('index_version', String(INDEX_VERSION));
    db.exec(RANK_CONFIG());
  }
  const wasDirty = getMeta('open') === '1';
  const indexState = getMeta('index');
  if (!readOnly) setMeta('open', '1');

  const st = {
    byId: db.prepare('SELECT rowid AS r, * FROM stories WHERE id = ?'),
    byUrl: db.prepare('SELECT id FROM stories WHERE url = ?'),
    byHash: db.prepare('SELECT id FROM stories WHERE text_hash = ? LIMIT 1'),
    insert: db.prepare(`INSERT INTO stories (id, dkey, title, title_key, body, url, date, date_ms, source, section, authors, text_hash, minhash, added_at, export_record)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    maxDkey: db.prepare('SELECT max(dkey) AS k FROM stories WHERE dkey BETWEEN ? AND ?'),
    del: db.prepare('DELETE FROM stories WHERE rowid = ?'),
    lshInsert: db.prepare('INSERT INTO lsh (band, story) VALUES (?, ?)'),
    lshDelete: db.prepare('DELETE FROM lsh WHERE story = ?'),
    textInsert: db.prepare('INSERT INTO fts_text (rowid, title, body) VALUES (?, ?, ?)'),
    textDelete: db.prepare(`INSERT INTO fts_text (fts_text, rowid, title, body) VALUES ('delete', ?, ?, ?)`),
    stemInsert: db.prepare('INSERT INTO fts_stem (rowid, title, lead, body) VALUES (?, ?, ?, ?)'),
    stemDelete: db.prepare('DELETE FROM fts_stem WHERE rowid = ?'),
    headInsert: db.prepare('INSERT INTO fts_head (rowid, title, lead) VALUES (?, ?, ?)'),
    headDelete: db.prepare('DELETE FROM fts_head WHERE rowid = ?'),
    count: db.prepare('SELECT count(*) AS n FROM stories'),
    minhashOf: db.prepare('SELECT id, minhash FROM stories WHERE rowid = ?'),
    dfHead: db.prepare(`SELECT count(*) AS n, min(r) AS edge FROM (SELECT rowid AS r FROM fts_stem WHERE fts_stem MATCH ? ORDER BY rowid DESC LIMIT ${DF_EXACT + 1})`),
  };
  const lshCandidates = new Map<number, StatementSync>();
  let storyCount = (st.count.get() as { n: number }).n;
  let depth = 0;

  function transaction<T>(fn: () => T): T {
    const name = `sp${depth}`;
    db.exec(depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${name}`);
    depth++;
    try {
      const out = fn();
      depth--;
      db.exec(depth === 0 ? 'COMMIT' : `RELEASE ${name}`);
      return out;
    } catch (e) {
      depth--;
      // After SQLITE_FULL or an I/O error SQLite may already have rolled the whole transaction back;
      // a ROLLBACK then fails ("no such savepoint"), and that must not hide the real error.
      if (db.isTransaction) {
        try {
          db.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${name}; RELEASE ${name}`);
        } catch {
          // The original error below says what went wrong.
        }
      }
      throw e;
    }
  }

  type IndexStatements = Pick<typeof st, 'textInsert' | 'textDelete' | 'stemInsert' | 'stemDelete' | 'headInsert' | 'headDelete'>;
  const indexStatements = (suffix: string): IndexStatements => ({
    textInsert: db.prepare(`INSERT INTO fts_text${suffix} (rowid, title, body) VALUES (?, ?, ?)`),
    textDelete: db.prepare(`INSERT INTO fts_text${suffix} (fts_text${suffix}, rowid, title, body) VALUES ('delete', ?, ?, ?)`),
    stemInsert: db.prepare(`INSERT INTO fts_stem${suffix} (rowid, title, lead, body) VALUES (?, ?, ?, ?)`),
    stemDelete: db.prepare(`DELETE FROM fts_stem${suffix} WHERE rowid = ?`),
    headInsert: db.prepare(`INSERT INTO fts_head${suffix} (rowid, title, lead) VALUES (?, ?, ?)`),
    headDelete: db.prepare(`DELETE FROM fts_head${suffix} WHERE rowid = ?`),
  });
  // A rebuild in progress: its tables, and the last story row they hold. A story added or removed at
  // or below that row meanwhile is written to them too, so the swapped-in index misses nothing.
  let rebuilding: { ins: IndexStatements; last: number } | null = null;
  let closed = false;
  let indexRebuildPending = false;

  function writeIndex(to: IndexStatements, dkey: number, title: string, body: string): void {
    to.textInsert.run(dkey, title, body);
    writeStemmed(to, dkey, title, body);
  }

  function writeStemmed(to: IndexStatements, dkey: number, title: string, body: string): void {
    const { lead, rest } = splitLead(body);
    const t = stemText(title);
    const l = stemText(lead);
    to.stemInsert.run(dkey, t, l, stemText(rest));
    to.headInsert.run(dkey, t, l);
  }

  function indexStory(rowid: number, dkey: number, title: string, body: string): void {
    writeIndex(st, dkey, title, body);
    if (rebuilding && rowid <= rebuilding.last) writeIndex(rebuilding.ins, dkey, title, body);
  }

  function unindexStory(rowid: number, dkey: number, title: string, body: string): void {
    const from = rebuilding && rowid <= rebuilding.last ? [st, rebuilding.ins] : [st];
    for (const to of from) {
      to.textDelete.run(dkey, title, body);
      to.stemDelete.run(dkey);
      to.headDelete.run(dkey);
    }
    st.lshDelete.run(rowid);
  }

  /** A free index key for a date: see DKEY_PER_SECOND. */
  function newDkey(dateMs: number | null): number {
    const base = dateMs === null ? UNDATED_BASE : Math.floor(dateMs / 1000) * DKEY_PER_SECOND;
    const span = dateMs === null ? 2 ** 40 : DKEY_PER_SECOND;
    const r = st.maxDkey.get(base, base + span - 1) as { k: number | null };
    return r.k === null ? base : r.k + 1;
  }

  function nearDuplicate(sig: Uint32Array, bands: number[]): string | null {
    let q = lshCandidates.get(bands.length);
    if (!q) {
      q = db.prepare(`SELECT DISTINCT story FROM lsh WHERE band IN (${bands.map(() => '?').join(',')}) LIMIT 50`);
      lshCandidates.set(bands.length, q);
    }
    for (const row of q.all(...bands) as { story: number }[]) {
      const other = st.minhashOf.get(row.story) as { id: string; minhash: Uint8Array } | undefined;
      if (other && similarity(sig, blobToSig(other.minhash)) >= NEAR_DUPLICATE) return other.id;
    }
    return null;
  }

  function addStory(input: ArchiveStoryInput): AddResult {
    if (typeof input?.title !== 'string' || typeof input.body !== 'string') {
      throw new TypeError('Cerita arsip perlu title dan body (string). An archive story needs a string title and body.');
    }
    const title = input.title.trim();
    const body = input.body.replace(/\r\n?/g, '\n').trim();
    const hash = textHash(title, body);
    const id = input.id?.trim() || `arsip-${hash.slice(0, 16)}`;
    const url = input.url?.trim() || null;
    return transaction(() => {
      const existing = st.byId.get(id) as { r: number; dkey: number; title: string; body: string } | undefined;
      if (!existing) {
        if (url) {
          const u = st.byUrl.get(url) as { id: string } | undefined;
          if (u) return { id, duplicateOf: u.id };
        }
        const h = st.byHash.get(hash) as { id: string } | undefined;
        if (h) return { id, duplicateOf: h.id };
      }
      const sig = minhash(`${title}\n${body}`);
      const bands = bandKeys(sig);
      if (!existing) {
        const near = nearDuplicate(sig, bands);
        if (near) return { id, duplicateOf: near };
      } else {
        unindexStory(existing.r, existing.dkey, existing.title, existing.body);
        st.del.run(existing.r);
      }
      const date = parseArchiveDate(input.date ?? null);
      const dkey = newDkey(date ? Date.parse(date) : null);
      const res = st.insert.run(
        id, dkey, title, titleKey(title), body, url, date, date ? Date.parse(date) : null,
        input.source?.trim() || null, input.section?.trim() || null,
        JSON.stringify((input.authors ?? []).filter((a) => typeof a === 'string' && a.trim()).map((a) => a.trim())),
        hash, sigToBlob(sig), new Date().toISOString(),
        input.exportRecord === undefined ? null : JSON.stringify(input.exportRecord),
      );
      const rowid = Number(res.lastInsertRowid);
      for (const b of bands) st.lshInsert.run(b, rowid);
      indexStory(rowid, dkey, title, body);
      if (!existing) storyCount++;
      docFreqCache.clear();
      return existing ? { id, updated: true } : { id };
    });
  }

  function rowToStory(r: Record<string, unknown>): ArchiveStory {
    return {
      id: r.id as string, title: r.title as string, body: r.body as string,
      url: (r.url as string | null) ?? null, date: (r.date as string | null) ?? null,
      source: (r.source as string | null) ?? null, section: (r.section as string | null) ?? null,
      authors: JSON.parse((r.authors as string) || '[]') as string[],
      addedAt: r.added_at as string,
      exportRecord: r.export_record ? JSON.parse(r.export_record as string) : null,
    };
  }

  function getStory(id: string): ArchiveStory | null {
    const r = st.byId.get(id) as Record<string, unknown> | undefined;
    return r ? rowToStory(r) : null;
  }

  function removeStory(id: string): boolean {
    return transaction(() => {
      const r = st.byId.get(id) as { r: number; dkey: number; title: string; body: string } | undefined;
      if (!r) return false;
      unindexStory(r.r, r.dkey, r.title, r.body);
      st.del.run(r.r);
      storyCount--;
      docFreqCache.clear();
      return true;
    });
  }

  // How many stories hold a stem: exact up to DF_EXACT (reading at most that many postings, newest
  // first), else estimated from the share of the archive's time span those newest postings cover.
  // fts5vocab would read every posting of a common word: 25 ms for `yang` in a million stories.
  const docFreqCache = new Map<string, { n: number; exact: boolean }>();
  function docFreqInfo(stemmed: string): { n: number; exact: boolean } {
    let v = docFreqCache.get(stemmed);
    if (v === undefined) {
      const r = st.dfHead.get(`"${stemmed.replace(/"/g, '""')}"`) as { n: number; edge: number | null };
      if (r.n <= DF_EXACT) v = { n: r.n, exact: true };
      else {
        const span = keySpan();
        const est = Math.round((DF_EXACT * Math.max(span.max - span.min, 1)) / Math.max(span.max - (r.edge ?? span.min), 1));
        v = { n: Math.min(storyCount, Math.max(DF_EXACT + 1, est)), exact: false };
      }
      if (docFreqCache.size > 20_000) docFreqCache.clear();
      docFreqCache.set(stemmed, v);
    }
    return v;
  }
  const docFreq = (stemmed: string) => docFreqInfo(stemmed).n;

  const spanMin = db.prepare('SELECT dkey AS k FROM stories WHERE dkey > ? ORDER BY dkey LIMIT 1');
  const spanMax = db.prepare('SELECT dkey AS k FROM stories ORDER BY dkey DESC LIMIT 1');
  /** Lowest and highest index key of dated stories (two index seeks). */
  function keySpan(): { min: number; max: number } {
    const lo = spanMin.get(UNDATED_BASE + 2 ** 41) as { k: number } | undefined;
    const hi = spanMax.get() as { k: number } | undefined;
    return { min: lo?.k ?? 0, max: hi?.k ?? 0 };
  }

  function related(article: Article, opts: RelatedOptions = {}): { results: RelatedHit[] } {
    if (indexRebuildPending) throw new IndexRebuildPendingError();
    const limit = Math.max(1, Math.min(opts.limit ?? 5, 50));
    const src = sourceFromArticle(article);
    const terms = extractTerms(src, 25);
    if (terms.length === 0 || storyCount === 0) return { results: [] };
    const N = Math.max(storyCount, 1);
    const df = new Map<string, number>();
    for (const t of terms) {
      const parts = t.key.split(' ');
      df.set(t.key, Math.min(...parts.map(docFreq)));
    }
    const usable = terms.filter((t) => (df.get(t.key) ?? 0) > 0);
    const idf = (k: string) => Math.log(1 + N / ((df.get(k) ?? 0) + 1));
    // Query with the terms that tell most (weight × idf); very common words only rank, never
    // retrieve. Names (people, places, organisations) always retrieve, however frequent: on a small
    // or topical archive the people a story is about are in a good share of it, and they are what
    // Baca juga should follow. Each retrieval is capped in rows, so a frequent name stays cheap.
    const frequent = (t: { key: string }) => N >= 40 && (df.get(t.key) ?? 0) > N * 0.25;
    const retrieves = (t: { key: string; kind: string }) => t.kind !== 'term' || !frequent(t);
    const picked = usable
      .filter(retrieves)
      .sort((a, b) => b.weight * idf(b.key) - a.weight * idf(a.key))
      .slice(0, 10);
    if (picked.length === 0) return { results: [] };
    // Candidates without bm25 (its per-query statistics scan whole doclists, phrases included): the
    // newest matches of each telling term and of pairs of the top ones, pre-scored by the terms they carry.
    const now = opts.now ?? new Date();
    // The open story's own day: recency and retrieval count from it (an older story opened from the
    // archive wants the stories of its time, not this week's).
    const refMs = article.meta?.date ? Date.parse(article.meta.date) || now.getTime() : now.getTime();
    const pre = new Map<number, number>();
    // Index keys sort by date: the window is a key range, "newest" is the index's own order.
    const lowKey = opts.windowMonths && opts.windowMonths > 0
      ? Math.floor((now.getTime() - opts.windowMonths * 30.44 * DAY) / 1000) * DKEY_PER_SECOND : UNDATED_BASE;
    // Retrieval uses words and two-word names only (a long phrase makes FTS5 check positions along
    // every posting of each of its words); longer names still count in the scoring below. The small
    // title+lead index first (titles and leads weigh most), then the full text for the top terms.
    const newestIn = (table: 'fts_stem' | 'fts_head') => db.prepare(`SELECT rowid AS r FROM ${table} WHERE ${table} MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT ?`);
    const headQ = newestIn('fts_head');
    const bodyQ = newestIn('fts_stem');
    // Undated stories (keys at UNDATED_BASE, below every date) stay eligible, window or not, as the
    // scoring intends ("undated sit midway"): newest-first would reach them only after every dated
    // match, so a second, smaller pass over their key range.
    const datedLow = Math.max(lowKey, UNDATED_BASE + 2 ** 41);
    // One index seek saves that pass on an archive with no undated story (each costs an FTS5 query).
    const lowest = spanMin.get(UNDATED_BASE - 1) as { k: number } | undefined;
    const hasUndated = lowest !== undefined && lowest.k < UNDATED_BASE + 2 ** 41;
    // "Newest" is counted back from a month after the story's day: its follow-ups come in, and for a
    // story of today that is the whole archive, as before. A story older than the desk's window
    // (whose own time the window excludes) counts from today, as before.
    const refHigh = Math.floor((refMs + 30 * DAY) / 1000 + 1) * DKEY_PER_SECOND;
    const highKey = refHigh > lowKey + 30 * 86_400 * DKEY_PER_SECOND ? Math.min(Number.MAX_SAFE_INTEGER, refHigh) : Number.MAX_SAFE_INTEGER;
    const newest = (stmt: StatementSync, expr: string, n: number) => {
      const rows = stmt.all(expr, datedLow, highKey, n) as { r: number }[];
      if (hasUndated) rows.push(...stmt.all(expr, UNDATED_BASE, UNDATED_BASE + 2 ** 41, Math.ceil(n / 3)) as { r: number }[]);
      return rows.map((x) => x.r);
    };
    const q = (t: { key: string }) => `"${t.key.replace(/"/g, '""')}"`;
    // Frequent names (in over a quarter of a big archive) look only at titles and leads, fewer rows,
    // at most two of them: enough to bring their stories in, cheap on a common name.
    const short = [...picked.filter((t) => !frequent(t)), ...picked.filter(frequent).slice(0, 2)].filter((t) => t.key.split(' ').length <= 2);
    for (const [i, t] of short.entries()) {
      const v = t.weight * idf(t.key);
      const common = frequent(t);
      for (const r of newest(headQ, q(t), common ? 60 : 150)) pre.set(r, (pre.get(r) ?? 0) + v * 1.5);
      if (i < 3 && !common) for (const r of newest(bodyQ, q(t), 100)) pre.set(r, (pre.get(r) ?? 0) + v);
    }
    const top = short.slice(0, 3);
    for (let i = 0; i < top.length; i++) {
      for (let j = i + 1; j < top.length; j++) {
        const v = 0.5 * (top[i].weight * idf(top[i].key) + top[j].weight * idf(top[j].key));
        for (const r of newest(headQ, `${q(top[i])} AND ${q(top[j])}`, 100)) pre.set(r, (pre.get(r) ?? 0) + v);
      }
    }
    // Stories whose headline shares two words with this one's: the same story line, however old.
    const titled = usable.filter((t) => t.inTitle && !t.key.includes(' ') && retrieves(t))
      .sort((a, b) => idf(b.key) - idf(a.key)).slice(0, 4);
    for (let i = 0; i < titled.length; i++) {
      for (let j = i + 1; j < titled.length; j++) {
        const v = 0.5 * (titled[i].weight * idf(titled[i].key) + titled[j].weight * idf(titled[j].key));
        for (const r of newest(headQ, `{title} : (${q(titled[i])} AND ${q(titled[j])})`, 50)) pre.set(r, (pre.get(r) ?? 0) + v);
      }
    }
    const candIds = [...pre.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, 30).map(([r]) => r);
    // A second route, by the story's whole vocabulary: the full-text matches of its rarest words
    // (bm25 over short doclists: cheap). It finds the rest of this very story, or the same event
    // elsewhere, when they share little of the names and terms above (a half that opens with a quote).
    const profileStems = storyProfile(src);
    const profile = weighProfile(profileStems, (w) => { const n = docFreq(w); return n > 0 ? Math.log(1 + N / (n + 1)) : 0; });
    const rare = [...profile.idf.entries()].filter(([w]) => docFreq(w) <= Math.max(5, Math.min(N * 0.05, RARE_DF_MAX)))
      .sort((a, b) => b[1] - a[1]).slice(0, 8).map(([w]) => `"${w.replace(/"/g, '""')}"`);
    if (rare.length >= 2) {
      const seen = new Set(candIds);
      const rows = db.prepare('SELECT rowid AS r FROM fts_stem WHERE fts_stem MATCH ? AND rowid < ? ORDER BY rank LIMIT ?')
        .all(rare.join(' OR '), highKey, 16) as { r: number }[];
      for (const { r } of rows) if (!seen.has(r)) { candIds.push(r); seen.add(r); }
    }
    if (candIds.length === 0) return { results: [] };
    const where: string[] = [`s.dkey IN (${candIds.map(() => '?').join(',')})`, 's.url IS NOT NULL'];
    const params: number[] = [...candIds];
    if (opts.windowMonths && opts.windowMonths > 0) {
      where.push('(s.date_ms IS NULL OR s.date_ms >= ?)');
      params.push(now.getTime() - opts.windowMonths * 30.44 * DAY);
    }
    const rows = db.prepare(`SELECT s.rowid AS r, s.id, s.title, s.body, s.url, s.date, s.date_ms, s.title_key, s.minhash FROM stories s WHERE ${where.join(' AND ')}`)
      .all(...params) as {
      r: number; id: string; title: string; body: string; url: string; date: string | null; date_ms: number | null; title_key: string; minhash: Uint8Array;
    }[];
    const selfSig = minhash([src.title, src.lead, ...src.body].join('\n\n'));
    let selfShingles: Set<number> | null = null;
    const excludeIds = new Set(opts.excludeIds ?? []);
    const excludeUrls = new Set([...(opts.excludeUrls ?? []), ...(article.meta?.url ? [article.meta.url] : []),
      ...article.related.map((l) => l.url).filter((u): u is string => !!u)]);
    const excludeTitles = new Set([titleKey(src.title), ...article.related.map((l) => titleKey(l.title))].filter(Boolean));
    const scored: RelatedHit[] = [];
    for (const row of rows) {
      if (excludeIds.has(row.id) || excludeUrls.has(row.url) || excludeTitles.has(row.title_key)) continue;
      // The open story itself or a copy of it (perhaps under another headline): the signature says
      // when to look closer, the exact shingle overlap decides.
      if (similarity(selfSig, blobToSig(row.minhash)) >= 0.4) {
        selfShingles ??= shingleSet([src.lead, ...src.body].join('\n\n'));
        if (containment(selfShingles, shingleSet(row.body)) >= NEAR_DUPLICATE) continue;
      }
      // Stemmed once: the whole text for its vocabulary, title, lead and body apart for where a
      // name appears.
      const cand = sourceFromText(row.title, row.body);
      const stemmed: [string, string, string] = [stemText(cand.title), stemText(cand.lead), stemText(cand.body.join(' '))];
      const cosine = profileCosine(profile, contentStemsOf(stemmed.join(' ')));
      const s = scoreRelated(terms, cand, idf, row.date_ms, refMs, { cosine, stemmed });
      if (s.score <= 0) continue;
      scored.push({ id: row.id, title: row.title, date: row.date, url: row.url, score: Math.round(s.score * 1000) / 1000, shared: s.shared });
    }
    scored.sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? ''));
    return { results: scored.slice(0, limit) };
  }

  function resolveTitle(title: string): ResolvedTitle | null {
    const key = titleKey(title);
    if (!key) return null;
    const exact = db.prepare('SELECT id, url, title FROM stories WHERE title_key = ? ORDER BY url IS NULL, date_ms DESC LIMIT 1').get(key) as
      { id: string; url: string | null; title: string } | undefined;
    if (exact) return { ...exact, exact: true };
    if (indexRebuildPending) return null;
    const qWords = key.split(' ');
    // The rarest title words find the candidates (newest first); word overlap decides.
    const stems = [...new Set(stemText(key).split(' ').filter((w) => w.length > 1))]
      .map((w) => [w, docFreq(w)] as const).filter(([, n]) => n > 0).sort((a, b) => a[1] - b[1]).slice(0, 3).map(([w]) => w);
    if (stems.length === 0) return null;
    const expr = `{title} : (${stems.map((s) => `"${s}"`).join(' OR ')})`;
    const rows = db.prepare(`SELECT s.id, s.url, s.title, s.title_key FROM stories s WHERE s.dkey IN (SELECT rowid FROM fts_stem WHERE fts_stem MATCH ? ORDER BY rowid DESC LIMIT 300)`)
      .all(expr) as { id: string; url: string | null; title: string; title_key: string }[];
    let best: { row: (typeof rows)[number]; sim: number } | null = null;
    for (const row of rows) {
      const sim = titleSimilarity(qWords, row.title_key.split(' '));
      if (!best || sim > best.sim || (sim === best.sim && !best.row.url && row.url)) best = { row, sim };
    }
    if (!best || best.sim < 0.75) return null;
    return { id: best.row.id, url: best.row.url, title: best.row.title, exact: false };
  }

  /** Index bytes are the FTS5 segment data (a scan of blob lengths, not of every page as dbstat does). */
  function stats(): ArchiveStats {
    let indexBytes = 0;
    for (const t of ['fts_stem_data', 'fts_head_data', 'fts_text_data']) {
      indexBytes += (db.prepare(`SELECT coalesce(sum(length(block)), 0) AS b FROM ${t}`).get() as { b: number }).b;
    }
    const pages = (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
    const free = (db.prepare('PRAGMA freelist_count').get() as { freelist_count: number }).freelist_count;
    const size = (db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size;
    return { stories: storyCount, indexBytes, storeBytes: Math.max(0, (pages - free) * size - indexBytes) };
  }

  /**
   * The rebuild, one step per thousand stories: the new index is written into `_new` tables beside
   * the live ones and swapped in by one transaction at the end, so searches work throughout and a
   * rebuild stopped midway (`return()` on the generator, or the app closing) changes nothing.
   */
  function* rebuildSteps(onProgress?: (done: number, total: number) => void): Generator<void, number> {
    if (rebuilding) throw new Error('Indeks arsip sedang dibangun ulang. / The archive index is already being rebuilt.');
    db.exec(DROP_NEW_INDEX_DDL);
    db.exec(ftsTablesDdl('_new'));
    db.exec(RANK_CONFIG('_new'));
    // No incremental merging while loading: one 'optimize' at the end does it once.
    for (const t of ['fts_text_new', 'fts_stem_new', 'fts_head_new']) db.exec(`INSERT INTO ${t}(${t}, rank) VALUES('automerge', 0); INSERT INTO ${t}(${t}, rank) VALUES('crisismerge', 64);`);
    // The plain-text index reads the stored rows in SQL; only the stemmed ones need JavaScript.
    const textPage = db.prepare('INSERT INTO fts_text_new (rowid, title, body) SELECT dkey, title, body FROM stories WHERE rowid > ? AND rowid <= ?');
    const job = { ins: indexStatements('_new'), last: 0 };
    rebuilding = job;
    let swapped = false;
    try {
      const page = db.prepare('SELECT rowid AS r, dkey, title, body FROM stories WHERE rowid > ? ORDER BY rowid LIMIT 1000');
      let done = 0;
      onProgress?.(0, storyCount);
      for (;;) {
        const rows = page.all(job.last) as { r: number; dkey: number; title: string; body: string }[];
        if (rows.length === 0) break;
        transaction(() => {
          textPage.run(job.last, rows[rows.length - 1].r);
          for (const row of rows) writeStemmed(job.ins, row.dkey, row.title, row.body);
          job.last = rows[rows.length - 1].r;
        });
        done += rows.length;
        onProgress?.(done, Math.max(storyCount, done));
        yield;
      }
      for (const t of ['fts_text_new', 'fts_stem_new', 'fts_head_new']) db.exec(`INSERT INTO ${t}(${t}) VALUES('optimize')`);
      transaction(() => {
        db.exec(DROP_INDEX_DDL);
        for (const t of ['fts_text', 'fts_stem', 'fts_head']) db.exec(`ALTER TABLE ${t}_new RENAME TO ${t}`);
        db.exec(VOCAB_DDL);
        for (const t of ['fts_text', 'fts_stem', 'fts_head']) db.exec(`INSERT INTO ${t}(${t}, rank) VALUES('automerge', 4); INSERT INTO ${t}(${t}, rank) VALUES('crisismerge', 16);`);
        setMeta('index', 'ok');
        setMeta('index_version', String(INDEX_VERSION));
      });
      swapped = true;
      indexRebuildPending = false;
      // Statements prepared on the dropped tables are stale.
      Object.assign(st, indexStatements(''));
      st.dfHead = db.prepare(`SELECT count(*) AS n, min(r) AS edge FROM (SELECT rowid AS r FROM fts_stem WHERE fts_stem MATCH ? ORDER BY rowid DESC LIMIT ${DF_EXACT + 1})`);
      docFreqCache.clear();
      return storyCount;
    } finally {
      rebuilding = null;
      if (!swapped && !closed) db.exec(DROP_NEW_INDEX_DDL);
    }
  }

  function rebuildIndex(onProgress?: (done: number, total: number) => void): void {
    const steps = rebuildSteps(onProgress);
    while (!steps.next().done);
  }

  async function rebuildIndexAsync(opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<{ stories: number; cancelled: boolean }> {
    const steps = rebuildSteps(opts.onProgress);
    for (;;) {
      if (opts.signal?.aborted || closed) {
        steps.return(0);
        return { stories: storyCount, cancelled: true };
      }
      const r = steps.next();
      if (r.done) return { stories: r.value, cancelled: false };
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  function checkIndex(): boolean {
    try {
      for (const sql of INTEGRITY_CHECKS) db.exec(sql);
      return true;
    } catch {
      return false;
    }
  }
  function checkIndexAsync(): Promise<boolean> {
    // An in-memory or read-only archive has no file another connection could check.
    if (readOnly || !existsSync(file)) return Promise.resolve(checkIndex());
    return checkInWorker(file, INTEGRITY_CHECKS, checkIndex);
  }

  let indexCheckPending = false;
  function verifyIndex(onProgress?: (done: number, total: number) => void): { damaged: boolean } {
    const damaged = !checkIndex();
    if (damaged) rebuildIndex(onProgress);
    indexCheckPending = false;
    return { damaged };
  }

  const archive: Archive = {
    get indexCheckPending() { return indexCheckPending; },
    get indexRebuildPending() { return indexRebuildPending; },
    verifyIndex,
    file, db, transaction, addStory, getStory, removeStory, related, resolveTitle, stats, rebuildIndex, rebuildIndexAsync, checkIndex, checkIndexAsync,
    search: (q, opts = {}) => {
      if (indexRebuildPending) throw new IndexRebuildPendingError();
      return runSearch(db, q, opts, { docFreq, docFreqInfo, storyCount: () => storyCount, keySpan });
    },
    close() {
      closed = true;
      if (readOnly) {
        db.close();
        return;
      }
      try {
        setMeta('open', '0');
        db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      } catch {
        // A full or failing disk: the flag stays "open", so the next opening checks the index; the
        // stories themselves are committed already.
      } finally {
        db.close();
      }
    },
  };

  const mode = options.checkIndex ?? 'auto';
  if (readOnly) {
    // A reader never repairs: the app (or the next writing verb) holds the lock and does that. A
    // rebuild in progress leaves the old index live, so the reader answers from it; an index another
    // version wrote cannot answer, so it is marked and the reader may ask for the lock and a rebuild.
    if (getMeta('index_version') !== String(INDEX_VERSION)) indexRebuildPending = true;
  } else if (indexState === 'building' || getMeta('index_version') !== String(INDEX_VERSION)) {
    const how = options.rebuild ?? 'auto';
    if (how === 'now' || (how === 'auto' && storyCount <= REBUILD_ON_OPEN_MAX)) rebuildIndex(options.onRebuildProgress);
    else indexRebuildPending = true;
  } else if (mode === 'always' || (mode === 'auto' && wasDirty && storyCount <= CHECK_ON_OPEN_MAX)) {
    verifyIndex(options.onRebuildProgress);
  } else if (mode === 'auto' && wasDirty) {
    indexCheckPending = true;
  }
  return archive;
}

/**
 * A read-only connection. A WAL database needs its `-shm` beside it; on a read-only file system that
 * cannot be made, and since nothing can write there either, the file is read as immutable.
 */
function openReadOnly(DatabaseSync: ReturnType<typeof loadSqlite>['DatabaseSync'], file: string): DatabaseSync {
  try {
    const db = new DatabaseSync(file, { readOnly: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    if ((err as { errcode?: number }).errcode !== 14) throw err;
    return new DatabaseSync(new URL(`${pathToFileURL(file).href}?immutable=1`), { readOnly: true });
  }
}

/** Word-level similarity of two titles: Dice over word bigrams and words together. */
export function titleSimilarity(a: string[], b: string[]): number {
  const grams = (ws: string[]) => {
    const g = new Set<string>(ws);
    for (let i = 0; i + 1 < ws.length; i++) g.add(`${ws[i]} ${ws[i + 1]}`);
    return g;
  };
  const A = grams(a);
  const B = grams(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return (2 * inter) / (A.size + B.size || 1);
}
