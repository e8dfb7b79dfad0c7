// meja archive import|stats|rebuild, meja search, meja related: the local archive from the command line.
// The verbs that only read (stats, search, related) never create a data folder or an archive: a
// folder without one is bad input (exit 2), so a mistyped --data is said plainly instead of
// answering "nothing found".
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRaw } from '../../../core/parse/index.ts';
import { importIntoArchive } from '../../services/archive/index.ts';
import { dateBound, InvalidDateError } from '../../services/archive/dates.ts';
import { resolveDataDir } from '../../services/data-dir.ts';
import { args, CliError, EXIT, type Io } from '../main.ts';
import { batchExit, openServices, readInput } from '../shared.ts';

/** The services' own caps: asking for more is refused, not silently cut. */
export const SEARCH_LIMIT_MAX = 200;
export const RELATED_LIMIT_MAX = 50;
const OFFSET_MAX = 1_000_000;

/** Refuses (exit 2) when the data folder, or the archive its settings point at, does not exist. */
function requireArchive(data: string | undefined): void {
  const dir = resolveDataDir(data);
  if (!existsSync(dir)) throw new CliError(`${dir}: no such data folder (meja archive import creates one)`);
  let archiveDir = dir;
  try {
    const saved = JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8')) as { settings?: { archiveDir?: unknown } };
    if (typeof saved.settings?.archiveDir === 'string' && saved.settings.archiveDir) archiveDir = saved.settings.archiveDir;
  } catch {
    // No settings yet (or unreadable: the services report that): the archive sits in the data folder.
  }
  if (!existsSync(path.join(archiveDir, 'archive.sqlite'))) throw new CliError(`${archiveDir}: no archive here (load one with: meja archive import <file|folder…>)`);
}

function wholeNumber(name: string, raw: string | boolean | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

function checkDate(name: string, raw: string | boolean | undefined, end: boolean): string | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    dateBound(raw, end);
  } catch (err) {
    if (err instanceof InvalidDateError) throw new CliError(`--${name}: ${err.message}`);
    throw err;
  }
  return raw;
}

async function withArchive<T>(data: string | undefined, fn: (s: Awaited<ReturnType<typeof openServices>>) => Promise<T>, write = false): Promise<T> {
  if (!write) requireArchive(data);
  // A reading verb holds no lock, so it opens the archive read-only: it never resets a running app's
  // open flag, and never checks or rebuilds the index under it. A writing verb rebuilds an index that
  // another version wrote before it runs, with progress on stderr.
  const onRebuildProgress = (done: number, total: number) => process.stderr.write(`\rmembangun ulang indeks arsip ${done}/${total}${done >= total ? '\n' : ''}`);
  let s: Awaited<ReturnType<typeof openServices>> | null = await openServices(data, { speller: false, lock: write ? 'cli' : undefined, readOnly: !write, archive: { rebuild: 'now', onRebuildProgress } });
  try {
    try {
      // An index written by another version cannot answer a reader: the reader takes the lock (waiting
      // for, or refused by, a running app as any writer is) and rebuilds it first.
      if (!write && s.archive().indexRebuildPending) {
        const reader = s;
        s = null;
        await reader.close();
        s = await openServices(data, { speller: false, lock: 'cli', archive: { rebuild: 'now', onRebuildProgress } });
      }
      s.archive();
    } catch (err) {
      throw new CliError((err as Error).message.split('\n')[0]);
    }
    return await fn(s);
  } finally {
    await s?.close();
  }
}

export async function archiveVerb(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = args(rest);
  if (sub === 'stats') {
    return withArchive(values.data as string | undefined, async (s) => {
      const st = s.archive().stats();
      io.out(values.json ? JSON.stringify(st) : `${st.stories} berita, indeks ${st.indexBytes} B, simpanan ${st.storeBytes} B`);
      return EXIT.ok;
    });
  }
  if (sub === 'import') {
    if (!positionals.length) throw new CliError('give at least one file or folder');
    return withArchive(values.data as string | undefined, async (s) => {
      const report = await importIntoArchive(s.archive(), positionals.map((p) => path.resolve(p)), {
        onProgress: values.json ? undefined : (p: { done: number; total: number }) => process.stderr.write(`\r${p.done}/${p.total}`),
      });
      if (!values.json) process.stderr.write('\n');
      // Files that could not be read, and lines refused (not JSON, no title or body): a batch partly done.
      const failedFiles = report.files.filter((f) => f.error).length;
      const refusedLines = report.errors.filter((e) => e.line !== undefined).length;
      if (values.json) io.out(JSON.stringify(report));
      else {
        for (const f of report.files) {
          if (f.error) io.err(`meja archive import: ${f.file}: ${f.error}`);
          else if (f.skipped) io.out(`lewati\t${f.file}\tsudah dimuat sebelumnya`);
          else io.out(`ok\t${f.file}\t${f.added} ditambahkan, ${f.updated} diperbarui, ${f.duplicates} duplikat`);
        }
        for (const r of report.resumedFrom) io.out(`lanjut\t${r.file}\tdari baris ${r.line + 1}`);
        for (const u of report.undated) io.out(`tanpa tanggal\t${u.file}${u.line ? `:${u.line}` : ''}\t${u.id}\t${u.date ?? '(kosong)'}`);
        for (const e of report.errors) if (e.line !== undefined) io.err(`meja archive import: ${e.file}:${e.line}: ${e.message}`);
        // A batch in which nothing could be read is bad input (exit 2): its one line is on stderr.
        if (failedFiles < report.files.length || refusedLines) {
          io.out(`${report.added} ditambahkan, ${report.updated} diperbarui, ${report.duplicates} duplikat, ${report.undated.length} tanpa tanggal, ${refusedLines} baris ditolak`);
        }
      }
      const okFiles = report.files.length - failedFiles;
      if (failedFiles) return batchExit(okFiles, failedFiles);
      return refusedLines || report.cancelled ? EXIT.partial : EXIT.ok;
    }, true);
  }
  if (sub === 'rebuild') {
    return withArchive(values.data as string | undefined, async (s) => {
      // Ctrl+C stops between steps and leaves the old index in place (exit 3: not done).
      const ctl = new AbortController();
      const stop = () => ctl.abort();
      process.once('SIGINT', stop);
      try {
        const res = await s.archive().rebuildIndexAsync({
          signal: ctl.signal,
          onProgress: values.json ? undefined : (done: number, total: number) => process.stderr.write(`\r${done}/${total}`),
        });
        if (!values.json) process.stderr.write('\n');
        if (values.json) io.out(JSON.stringify(res));
        else io.out(res.cancelled ? 'dibatalkan: indeks lama tetap dipakai' : `indeks dibangun ulang: ${res.stories} berita`);
        return res.cancelled ? EXIT.partial : EXIT.ok;
      } finally {
        process.off('SIGINT', stop);
      }
    }, true);
  }
  throw new CliError('usage: meja archive import <file|folder…> | meja archive stats | meja archive rebuild');
}

export async function searchVerb(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = args(argv, {
    from: { type: 'string' }, to: { type: 'string' }, source: { type: 'string' }, section: { type: 'string' },
    author: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, sort: { type: 'string' },
  });
  if (positionals.length !== 1) throw new CliError('give one query (quote it)');
  const limit = wholeNumber('limit', values.limit, 20, 1, SEARCH_LIMIT_MAX);
  const offset = wholeNumber('offset', values.offset, 0, 0, OFFSET_MAX);
  if (values.sort && values.sort !== 'relevance' && values.sort !== 'date') throw new CliError('--sort must be relevance or date');
  const from = checkDate('from', values.from, false);
  const to = checkDate('to', values.to, true);
  return withArchive(values.data as string | undefined, async (s) => {
    const res = s.archive().search(positionals[0], {
      from, to, source: values.source as string | undefined,
      section: values.section as string | undefined, author: values.author as string | undefined, limit,
      offset, sort: values.sort as 'relevance' | 'date' | undefined,
    });
    if (values.json) io.out(JSON.stringify(res));
    else for (const r of res.results) io.out(`${r.date ?? '-'}\t${r.source ?? '-'}\t${r.title}\t${r.url ?? ''}`);
    return EXIT.ok;
  });
}

export async function relatedVerb(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = args(argv, { limit: { type: 'string' } });
  if (positionals.length !== 1) throw new CliError('give exactly one file');
  const limit = wholeNumber('limit', values.limit, 5, 1, RELATED_LIMIT_MAX);
  const read = await readInput(positionals[0]);
  const article = parseRaw(read.stories[0], { provenance: null });
  return withArchive(values.data as string | undefined, async (s) => {
    const profile = s.stories.profile();
    const res = s.archive().related(article, { limit, windowMonths: profile.bacaJugaWindowMonths });
    if (values.json) io.out(JSON.stringify(res));
    else for (const r of res.results) io.out(`${r.score.toFixed(2)}\t${r.title}\t${r.url ?? ''}\t${r.shared.join(', ')}`);
    return EXIT.ok;
  });
}
