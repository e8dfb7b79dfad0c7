// meja export <file|id…> --format FMT: the cleaned story in the format a CMS takes.
// Files are read, cleaned with the profile (unless --no-clean) and exported; workspace story ids go
// through the app's own export path (export record, archive entry, `export` revision).
// Output: one document on stdout, or --out FILE, or --out FOLDER for several (names never
// overwrite: `-1`, `-2`… as in the app). WXR puts every story in one file. Several documents on
// stdout are written one a line for the JSON formats (JSON Lines) and refused for the others.
import fs from 'node:fs/promises';
import path from 'node:path';
import { safeJson } from '../../../core/export/shared.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../ipc/contract.ts';
import type { ExportDoc, Exportable } from '../../services/stories.ts';
import { writeFileAtomic } from '../../services/json-store.ts';
import { folderWriter } from '../../services/export-files.ts';
import { toArticle } from '../../services/import/to-article.ts';
import { args, CliError, EXIT, type Io } from '../main.ts';
import { openServices, readInput } from '../shared.ts';
import { resolveProfile } from './check.ts';

/** Formats whose documents are JSON: several of them go to stdout as JSON Lines. */
const JSON_LINES: readonly ExportFormat[] = ['json', 'ninjs', 'wp-json'];

/** Errors that mean "this --out cannot be written": bad input (exit 2), not an internal error. */
const WRITE_REFUSED = new Set(['EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EROFS', 'ENOSPC', 'EEXIST', 'EINVAL', 'ENAMETOOLONG']);

function writeRefused(file: string, err: unknown): CliError | null {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code && WRITE_REFUSED.has(code) ? new CliError(`${file}: cannot write there (${code})`, EXIT.usage) : null;
}

export async function exportVerb(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = args(argv, {
    format: { type: 'string' }, out: { type: 'string' }, profile: { type: 'string' }, 'no-clean': { type: 'boolean', default: false },
    blockquote: { type: 'boolean', default: false }, 'base-url': { type: 'string' },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!positionals.length) throw new CliError('give at least one file or story id');
  const baseUrl = values['base-url'] as string | undefined;
  if (baseUrl !== undefined && !/^https?:\/\/[^\s/?#]+/i.test(baseUrl)) throw new CliError('--base-url must be an http(s) URL');
  const s = await openServices(values.data as string | undefined);
  try {
    const profile = resolveProfile(s, values.profile as string | undefined);
    const tweaks = { profile, blockquotes: values.blockquote ? true : undefined, baseUrl };
    const items: (Exportable & { stored: boolean })[] = [];
    const refused: string[] = [];
    for (const item of positionals) {
      if (s.workspace.has(item)) {
        items.push({ ...(await s.stories.exportable(item)), stored: true });
        continue;
      }
      let read;
      try {
        read = await readInput(item);
      } catch (err) {
        // One unreadable file does not stop the others: it is named at the end (exit 3).
        if (!(err instanceof CliError)) throw err;
        refused.push(err.message);
        continue;
      }
      for (const [i, raw] of read.stories.entries()) {
        let article = toArticle(raw, { provenance: { fileName: path.basename(item), format: read.format, importedAt: new Date().toISOString(), sha256: read.sha256 } });
        // Without --profile the cleaning is the app's own (the editor's quote-mark setting included).
        if (!values['no-clean']) article = (await s.stories.cleaned(article, values.profile ? profile : undefined)).article;
        items.push({ id: `${read.sha256.slice(0, 12)}-${i}`, article, stored: false });
      }
    }
    if (!items.length) throw new CliError(refused.length === 1 ? refused[0] : `nothing exported: ${refused.join('; ')}`);

    const docs = s.stories.renderDocs(items, format, tweaks);
    const out = values.out as string | undefined;
    // Several inputs make --out a folder (WXR excepted: it is one file whatever it holds).
    const batch = format !== 'wxr' && (docs.length > 1 || positionals.length > 1);
    const written = out ? await writeDocs(docs, path.resolve(out), batch, io, refused) : printDocs(docs, format, io);
    // Workspace stories are recorded once their document is out, as the app does.
    for (const [doc, file] of written) {
      for (const id of doc.ids) {
        const item = items.find((x) => x.id === id);
        if (item?.stored) await s.stories.recordExport(item, format, file);
      }
    }
    for (const r of refused) io.err(`meja export: refused ${r}`);
    return refused.length ? EXIT.partial : EXIT.ok;
  } finally {
    await s.close();
  }
}

/** stdout: one document as it is; several only as JSON Lines (JSON formats), else refused. */
function printDocs(docs: ExportDoc[], format: ExportFormat, io: Io): [ExportDoc, null][] {
  if (docs.length > 1) {
    if (!JSON_LINES.includes(format)) {
      throw new CliError(`${docs.length} ${format} documents cannot share stdout: give --out FOLDER (or --format wxr for one file)`);
    }
    for (const d of docs) io.out(safeJson(JSON.parse(d.content), 0));
  } else {
    io.out(docs[0].content.replace(/\n$/, ''));
  }
  return docs.map((d) => [d, null]);
}

/** --out: a file for one document, a folder (made when missing) for a batch or when it is one. */
async function writeDocs(docs: ExportDoc[], target: string, batch: boolean, io: Io, refused: string[]): Promise<[ExportDoc, string][]> {
  const isDir = batch || (await fs.stat(target).then((st) => st.isDirectory(), () => false));
  const write = isDir ? folderWriter(target) : async (_id: string, _name: string, content: string) => {
    await writeFileAtomic(target, content);
    return target;
  };
  const written: [ExportDoc, string][] = [];
  for (const d of docs) {
    let file: string;
    try {
      file = (await write(d.ids[0], d.name, d.content))!;
    } catch (err) {
      const refusal = writeRefused(isDir ? path.join(target, d.name) : target, err);
      if (!refusal) throw err;
      // Nothing written yet: bad input (exit 2). Some written: they stay and are recorded (exit 3).
      if (!written.length) throw refusal;
      refused.push(refusal.message);
      break;
    }
    io.err(`meja export: ${file}`);
    written.push([d, file]);
  }
  return written;
}
