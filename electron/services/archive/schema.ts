// The archive's SQLite schema. `stories` is the authority; the two FTS5 indexes can be rebuilt from it
// at any time: `fts_text` over the original words (external content: the text is not stored twice),
// for exact phrases; `fts_stem` over the sastrawi stems (contentless: only the index is stored), for
// everything else; `fts_head`, the stems of title and lead only, small enough to find "the word is in
// the headline" among thousands of matches of a common word. `unicode61 remove_diacritics 2` folds case and accents on both.
import { createRequire } from 'node:module';
import type * as NodeSqlite from 'node:sqlite';
import type { DatabaseSync } from 'node:sqlite';

export const SCHEMA_VERSION = 2;
/** Bumped whenever the FTS tables or what goes into them change: an older index is rebuilt on open. */
export const INDEX_VERSION = 3;

/**
 * The index key of a story (`stories.dkey`, the FTS rowid) sorts by publication date: seconds since
 * 1970 × 4096 plus a counter, undated stories far below every date. So "newest first" is FTS5's own
 * rowid order, a date range is a rowid range, and common words can be ranked within their newest
 * matches without touching the stories table.
 */
export const DKEY_PER_SECOND = 4096;
export const UNDATED_BASE = -(2 ** 50);

const TOKENIZE = `tokenize='unicode61 remove_diacritics 2'`;

export const STORE_DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS stories (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  dkey INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_key TEXT NOT NULL,
  body TEXT NOT NULL,
  url TEXT UNIQUE,
  date TEXT,
  date_ms INTEGER,
  source TEXT,
  section TEXT,
  authors TEXT NOT NULL DEFAULT '[]',
  text_hash TEXT NOT NULL,
  minhash BLOB NOT NULL,
  added_at TEXT NOT NULL,
  export_record TEXT
);
CREATE INDEX IF NOT EXISTS stories_date ON stories(date_ms);
CREATE INDEX IF NOT EXISTS stories_hash ON stories(text_hash);
CREATE INDEX IF NOT EXISTS stories_title_key ON stories(title_key);
CREATE TABLE IF NOT EXISTS lsh (band INTEGER NOT NULL, story INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS lsh_band ON lsh(band);
CREATE INDEX IF NOT EXISTS lsh_story ON lsh(story);
CREATE TABLE IF NOT EXISTS checkpoints (
  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ms INTEGER NOT NULL,
  line INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0, report TEXT
);
`;

/** The three FTS5 tables; a rebuild makes them with a suffix beside the live ones, then swaps. */
export function ftsTablesDdl(suffix = ''): string {
  return `
CREATE VIRTUAL TABLE IF NOT EXISTS fts_text${suffix} USING fts5(title, body, content='stories', content_rowid='dkey', ${TOKENIZE});
CREATE VIRTUAL TABLE IF NOT EXISTS fts_stem${suffix} USING fts5(title, lead, body, content='', contentless_delete=1, ${TOKENIZE});
CREATE VIRTUAL TABLE IF NOT EXISTS fts_head${suffix} USING fts5(title, lead, content='', contentless_delete=1, ${TOKENIZE});
`;
}

export const VOCAB_DDL = `
CREATE VIRTUAL TABLE IF NOT EXISTS fts_stem_vocab USING fts5vocab(fts_stem, 'row');
CREATE VIRTUAL TABLE IF NOT EXISTS fts_text_vocab USING fts5vocab(fts_text, 'row');
`;

export const INDEX_DDL = ftsTablesDdl() + VOCAB_DDL;

export const DROP_INDEX_DDL = `
DROP TABLE IF EXISTS fts_stem_vocab;
DROP TABLE IF EXISTS fts_text_vocab;
DROP TABLE IF EXISTS fts_stem;
DROP TABLE IF EXISTS fts_head;
DROP TABLE IF EXISTS fts_text;
`;

/** What a stopped rebuild left (the app closed midway): dropped on open. */
export const DROP_NEW_INDEX_DDL = `
DROP TABLE IF EXISTS fts_stem_new;
DROP TABLE IF EXISTS fts_head_new;
DROP TABLE IF EXISTS fts_text_new;
`;

/** Ranking weights, kept in each table's own config (they travel with a rename). */
export const RANK_CONFIG = (suffix = '') => `
INSERT INTO fts_stem${suffix}(fts_stem${suffix}, rank) VALUES('rank', 'bm25(5.0, 2.0, 1.0)');
INSERT INTO fts_text${suffix}(fts_text${suffix}, rank) VALUES('rank', 'bm25(5.0, 1.0)');
`;

const MISSING =
  'Arsip memerlukan node:sqlite dengan FTS5 (Node 24 atau Electron 45 ke atas). ' +
  'The archive needs node:sqlite with FTS5 (Node 24 or Electron 45 and later).';

/** Load node:sqlite, or say plainly why the archive cannot open (Electron before 2025 lacks it). */
export function loadSqlite(): typeof NodeSqlite {
  try {
    return createRequire(import.meta.url)('node:sqlite') as typeof NodeSqlite;
  } catch (e) {
    throw new Error(`${MISSING} (${(e as Error).message})`);
  }
}

export function assertFts5(db: DatabaseSync): void {
  try {
    // In memory, so a full or read-only disk cannot fail the probe.
    db.exec(`PRAGMA temp_store = MEMORY; CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x); DROP TABLE temp.fts5_probe;`);
  } catch (e) {
    // Only a missing module is a missing FTS5; anything else (a disk error) is reported as itself.
    if (/no such module/i.test((e as Error).message)) throw new Error(`${MISSING} (${(e as Error).message})`);
    throw e;
  }
}

export const FTS_MISSING_MESSAGE = MISSING;
