// What the verbs share: opening the services of the chosen data folder, reading input files with
// one-line errors, and the JSON shape of a parsed article that automation relies on.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../core/model/article.ts';
import type { ServiceOptions } from '../services/app-services.ts';
import { ImportError } from '../services/import/errors.ts';
import { readStoryFile, type ReadResult } from '../services/import/read-file.ts';
import { CliError, EXIT, type Io } from './main.ts';
import { printNotices } from './notices.ts';

/**
 * Opens the services of the data folder; loaded on demand so `parse` starts without them. What the
 * opening did on its own (a damaged file set aside) is said on stderr, one line each, for every verb.
 */
export async function openServices(data: string | undefined, opts: ServiceOptions = {}, say: { verb: string; io: Io } = { verb: '', io: stderrOnly }) {
  const [{ createServices }, { resolveDataDir }] = await Promise.all([import('../services/app-services.ts'), import('../services/data-dir.ts')]);
  const s = await createServices(resolveDataDir(data), opts);
  printNotices(say.verb, s.notices(), say.io);
  return s;
}

const stderrOnly: Io = { out: () => undefined, err: (line) => process.stderr.write(`${line}\n`) };

/** Reads a file for a verb; an unreadable file becomes a one-line CliError (exit 2). */
export async function readInput(file: string): Promise<ReadResult> {
  const st = await fs.stat(file).catch(() => null);
  if (!st) throw new CliError(`${file}: no such file`, EXIT.usage);
  if (st.isDirectory()) throw new CliError(`${file}: is a folder (meja import takes folders)`, EXIT.usage);
  try {
    return await readStoryFile(path.resolve(file));
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`${file}: ${err.message}`, EXIT.usage);
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new CliError(`${file}: no such file`, EXIT.usage);
    if (e.code === 'EISDIR') throw new CliError(`${file}: is a folder`, EXIT.usage);
    throw err;
  }
}

/** The `meja parse --json` shape: exactly these top-level keys. */
export function parseJson(a: Article) {
  return {
    headline: a.headline,
    dateline: a.dateline ? { place: a.dateline.place, agency: a.dateline.agency, date: a.dateline.date ?? null } : null,
    lead: a.lead,
    paragraphs: a.paragraphs.map((p) => ({ role: p.role, text: p.text })),
    quotes: a.quotes.map((q) => ({
      kind: q.kind, text: q.text, paragraph: q.paragraph, cue: q.cue,
      speaker: q.speaker ? { name: q.speaker.name, title: q.speaker.title ?? null } : null,
    })),
    related: a.related.map((r) => ({ title: r.title, url: r.url })),
    sourceCredits: a.sourceCredits,
    credits: a.credits,
    language: a.language,
    provenance: a.provenance,
  };
}

/** Exit code of a batch: 0 all done, 3 some done, 2 none done. */
export function batchExit(ok: number, failed: number): number {
  if (failed === 0) return EXIT.ok;
  return ok > 0 ? EXIT.partial : EXIT.usage;
}
