// meja archive import|stats|rebuild, meja search, meja related: the local archive from the command line.
import path from 'node:path';
import { parseRaw } from '../../../core/parse/index.ts';
import { importIntoArchive } from '../../services/archive/index.ts';
import { args, CliError, EXIT, type Io } from '../main.ts';
import { batchExit, openServices, readInput } from '../shared.ts';

async function withArchive<T>(data: string | undefined, fn: (s: Awaited<ReturnType<typeof openServices>>) => Promise<T>, write = false): Promise<T> {
  // A reading verb holds no lock, so it opens the archive read-only: it never resets a running app's
  // open flag, and never checks or rebuilds the index under it.
  const s = await openServices(data, { speller: false, lock: write ? 'cli' : undefined, readOnly: !write });
  try {
    try {
      s.archive();
    } catch (err) {
      throw new CliError((err as Error).message.split('\n')[0]);
    }
    return await fn(s);
  } finally {
    await s.close();
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
      let ok = 0;
      let failed = 0;
      for (const f of report.files) {
        if (f.error) failed++;
        else ok++;
        if (values.json) io.out(JSON.stringify(f));
        else if (f.error) io.err(`meja archive import: ${f.file}: ${f.error}`);
        else io.out(`ok\t${f.file}\t${f.added} ditambahkan`);
      }
      return batchExit(ok, failed);
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
  const limit = values.limit ? Number(values.limit) : 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new CliError('--limit must be a whole number from 1 to 1000');
  if (values.sort && values.sort !== 'relevance' && values.sort !== 'date') throw new CliError('--sort must be relevance or date');
  return withArchive(values.data as string | undefined, async (s) => {
    const res = s.archive().search(positionals[0], {
      from: values.from as string | undefined, to: values.to as string | undefined, source: values.source as string | undefined,
      section: values.section as string | undefined, author: values.author as string | undefined, limit,
      offset: values.offset ? Number(values.offset) : 0, sort: values.sort as 'relevance' | 'date' | undefined,
    });
    if (values.json) io.out(JSON.stringify(res));
    else for (const r of res.results) io.out(`${r.date ?? '-'}\t${r.source ?? '-'}\t${r.title}\t${r.url ?? ''}`);
    return EXIT.ok;
  });
}

export async function relatedVerb(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = args(argv, { limit: { type: 'string' } });
  if (positionals.length !== 1) throw new CliError('give exactly one file');
  const limit = values.limit ? Number(values.limit) : 5;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new CliError('--limit must be a whole number from 1 to 100');
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
