// Bulk loading into the archive: folders, JSONL (one story a line), and every format the import
// readers know (RSS/Atom, WordPress WXR…). Stories go in by batches, each batch in one transaction
// with its file's checkpoint, so a crash loses nothing that was acknowledged and a second run resumes
// where the first stopped. Progress is reported after each commit; an AbortSignal cancels between batches.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readStoryFile } from '../import/read-file.ts';
import { createInterface } from 'node:readline';
import type { RawStory } from '../../../core/model/article.ts';
import type { Archive, ArchiveStoryInput } from './index.ts';
import { parseArchiveDate } from './dates.ts';
import { sniffFeed, streamFeedItems, STREAM_FROM_BYTES } from './stream-feed.ts';
import { open } from 'node:fs/promises';

export interface ImportProgress {
  /** Bytes of the input read so far, of `total`: for a progress bar. */
  done: number;
  total: number;
  file: string;
  filesDone: number;
  filesTotal: number;
  /** Stories committed so far in this run (added + duplicates + updated). */
  stories: number;
  added: number;
  duplicates: number;
  /** Stories kept undated, and lines or files refused, so far. */
  undated: number;
  errors: number;
}

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** Stories per transaction. */
  batchSize?: number;
  /** RSS/WXR files from this size on are streamed item by item (default STREAM_FROM_BYTES). */
  streamFromBytes?: number;
}

export interface ImportFileReport {
  file: string;
  format: string;
  added: number;
  updated: number;
  duplicates: number;
  /** Set when the file could not be read (or not completely). */
  error?: string;
  /** Loaded completely by an earlier run (same size and time): not read again. */
  skipped?: boolean;
}

export interface ImportReport {
  files: ImportFileReport[];
  added: number;
  updated: number;
  duplicates: number;
  /** Files already loaded completely by an earlier run (same size and time): skipped. */
  skippedFiles: string[];
  /** Stories kept without a date because theirs was missing or ambiguous. */
  undated: { file: string; line?: number; id: string; date: string | null }[];
  errors: { file: string; line?: number; message: string }[];
  cancelled: boolean;
  /** Lines skipped at the start of files whose import a crash or cancellation had interrupted. */
  resumedFrom: { file: string; line: number }[];
}

const JSONL = new Set(['.jsonl', '.ndjson']);
const KNOWN = new Set(['.jsonl', '.ndjson', '.xml', '.rss', '.atom', '.txt', '.json', '.html', '.htm', '.docx', '.md', '.nitf']);

function listFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(path.join(p, name));
    } else if (s.isFile()) out.push(path.resolve(p));
  };
  for (const p of paths) walk(p);
  return out;
}

type ReadStoryFile = (p: string) => Promise<{ format: string; stories: RawStory[] }>;

/** The import layer's reader, for RSS/Atom, WXR and the other formats a folder may hold. */
async function loadReader(): Promise<ReadStoryFile | null> {
  return readStoryFile;
}

/** The first 64 KB of a file, as text: enough to tell a feed from its header. */
async function readHead(file: string): Promise<string> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await fh.close();
  }
}

/** A JSONL line's object as an archive story. */
export function fromJsonRecord(o: Record<string, unknown>): ArchiveStoryInput {
  const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  const authors = Array.isArray(o.authors) ? o.authors.filter((a): a is string => typeof a === 'string')
    : typeof o.authors === 'string' ? o.authors.split(/\s*[,;]\s*/).filter(Boolean)
      : typeof o.author === 'string' ? [o.author] : [];
  return {
    id: str(o.id), title: str(o.title) ?? '', body: str(o.body) ?? '', url: str(o.url) ?? null,
    date: str(o.date) ?? null, source: str(o.source) ?? str(o.outlet) ?? null,
    section: str(o.section) ?? null, authors,
  };
}

/** A reader's RawStory as an archive story. */
export function fromRawStory(s: RawStory): ArchiveStoryInput {
  const paras = s.paragraphs.length ? s.paragraphs : (s.text ?? '').split(/\n\s*\n/);
  return {
    // The feed's or CMS's own id (guid, post id): a re-export of an edited post replaces it.
    id: s.sourceId ?? undefined,
    title: s.headline ?? paras[0] ?? '',
    body: paras.map((p) => p.trim()).filter(Boolean).join('\n\n'),
    url: s.meta?.url ?? null, date: s.meta?.date ?? null,
    source: s.dateline?.agency ?? null, section: s.meta?.section ?? null, authors: s.meta?.authors ?? [],
  };
}

export async function importIntoArchive(archive: Archive, paths: string[], opts: ImportOptions = {}): Promise<ImportReport> {
  const report: ImportReport = {
    files: [], added: 0, updated: 0, duplicates: 0, skippedFiles: [], undated: [], errors: [], cancelled: false, resumedFrom: [],
  };
  const files = listFiles(paths);
  const db = archive.db;
  const getCp = db.prepare('SELECT size, mtime_ms, line, done FROM checkpoints WHERE path = ?');
  const setCp = db.prepare(`INSERT INTO checkpoints (path, size, mtime_ms, line, done) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, line = excluded.line, done = excluded.done`);
  const batchSize = Math.max(1, opts.batchSize ?? 200);
  const sizes = files.map((f) => statSync(f).size);
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  let bytesBefore = 0;
  let bytesInFile = 0;
  let filesDone = 0;
  let stories = 0;

  for (const [fi, file] of files.entries()) {
    if (fi > 0) bytesBefore += sizes[fi - 1];
    bytesInFile = 0;
    if (opts.signal?.aborted) { report.cancelled = true; break; }
    const ext = path.extname(file).toLowerCase();
    const fr: ImportFileReport = { file, format: JSONL.has(ext) ? 'jsonl' : ext.slice(1), added: 0, updated: 0, duplicates: 0 };
    const s = statSync(file);
    const size = s.size;
    const mtime = Math.floor(s.mtimeMs);
    const cp = getCp.get(file) as { size: number; mtime_ms: number; line: number; done: number } | undefined;
    const same = cp && cp.size === size && cp.mtime_ms === mtime;
    if (same && cp.done) {
      report.skippedFiles.push(file);
      report.files.push({ ...fr, skipped: true });
      filesDone++;
      continue;
    }
    const startLine = same ? cp.line : 0;
    if (startLine > 0) report.resumedFrom.push({ file, line: startLine });
    report.files.push(fr);

    let batch: { input: ArchiveStoryInput; line: number }[] = [];
    const flush = (lineReached: number, done: boolean) => {
      archive.transaction(() => {
        for (const { input, line } of batch) {
          try {
            const r = archive.addStory(input);
            if (r.duplicateOf) { report.duplicates++; fr.duplicates++; }
            else if (r.updated) { report.updated++; fr.updated++; }
            else {
              report.added++;
              fr.added++;
              if (!parseArchiveDate(input.date ?? null)) report.undated.push({ file, line, id: r.id, date: input.date ?? null });
            }
          } catch (e) {
            report.errors.push({ file, line, message: (e as Error).message });
          }
        }
        setCp.run(file, size, mtime, lineReached, done ? 1 : 0);
      });
      stories += batch.length;
      batch = [];
      opts.onProgress?.({ done: bytesBefore + Math.min(bytesInFile, size), total: totalBytes, file, filesDone, filesTotal: files.length, stories, added: report.added, duplicates: report.duplicates, undated: report.undated.length, errors: report.errors.length });
    };

    if (JSONL.has(ext)) {
      const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
      let line = 0;
      let aborted = false;
      for await (const text of rl) {
        line++;
        bytesInFile += Buffer.byteLength(text) + 1;
        if (line <= startLine) continue;
        if (text.trim()) {
          try {
            const o = JSON.parse(text) as Record<string, unknown>;
            const input = fromJsonRecord(o);
            if (!input.title.trim() || !input.body.trim()) report.errors.push({ file, line, message: 'Baris tanpa title atau body / line without title or body' });
            else batch.push({ input, line });
          } catch (e) {
            report.errors.push({ file, line, message: `JSON: ${(e as Error).message}` });
          }
        }
        if (batch.length >= batchSize) {
          flush(line, false);
          if (opts.signal?.aborted) { aborted = true; break; }
          // Let the event loop breathe (progress bars, cancel clicks).
          await new Promise((r) => setImmediate(r));
        }
      }
      rl.close();
      if (aborted) { report.cancelled = true; break; }
      flush(line, true);
    } else {
      const read = await loadReader();
      if (!read) {
        fr.error = KNOWN.has(ext) ? 'Format ini belum bisa dimuat ke arsip (hanya JSONL). This format cannot be loaded yet (JSONL only).'
          : 'Bukan berkas berita yang dikenal. Not a known story file.';
        report.errors.push({ file, message: fr.error });
        filesDone++;
        continue;
      }
      const kind = size >= (opts.streamFromBytes ?? STREAM_FROM_BYTES) ? sniffFeed(await readHead(file)) : null;
      if (kind) {
        // A big RSS/WXR export: streamed item by item, committed in batches like JSONL.
        fr.format = kind;
        let reached = startLine;
        let aborted = false;
        try {
          for await (const it of streamFeedItems(file, kind)) {
            bytesInFile = it.bytes;
            if (it.index < startLine) continue;
            reached = it.index + 1;
            if (it.error) report.errors.push({ file, line: it.index + 1, message: it.error });
            else if (it.story) {
              const input = fromRawStory(it.story);
              if (input.title.trim() && input.body.trim()) batch.push({ input, line: it.index + 1 });
            }
            if (batch.length >= batchSize) {
              flush(reached, false);
              if (opts.signal?.aborted) { aborted = true; break; }
              await new Promise((r) => setImmediate(r));
            }
          }
          if (!aborted) flush(reached, true);
        } catch (e) {
          fr.error = (e as Error).message;
          report.errors.push({ file, message: fr.error });
        }
        if (aborted) { report.cancelled = true; break; }
        filesDone++;
        continue;
      }
      try {
        const { format, stories: raws } = await read(file);
        fr.format = format;
        raws.forEach((raw, i) => {
          if (i < startLine) return;
          const input = fromRawStory(raw);
          if (input.title.trim() && input.body.trim()) batch.push({ input, line: i + 1 });
        });
        // Readers parse a whole file at once: one checkpoint per batch still bounds what a crash
        // redoes; the event loop is let go between batches so progress shows and Batal is heard.
        const all = batch;
        batch = [];
        for (let i = 0; i < all.length; i += batchSize) {
          batch = all.slice(i, i + batchSize);
          bytesInFile = Math.round(size * Math.min(1, (i + batchSize) / all.length));
          flush(batch[batch.length - 1].line, i + batchSize >= all.length);
          if (opts.signal?.aborted) break;
          await new Promise((r) => setImmediate(r));
        }
        if (all.length === 0) { bytesInFile = size; flush(0, true); }
        if (opts.signal?.aborted) { report.cancelled = true; break; }
      } catch (e) {
        fr.error = (e as Error).message;
        report.errors.push({ file, message: fr.error });
      }
    }
    filesDone++;
  }
  return report;
}
