// meja export <file|id…> --format FMT: the cleaned story in the format a CMS takes.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../../core/model/article.ts';
import { parseRaw } from '../../../core/parse/index.ts';
import { getExporter } from '../../../core/export/index.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../ipc/contract.ts';
import { FORMAT_OF, fileNameFor } from '../../services/stories.ts';
import { writeFileAtomic } from '../../services/json-store.ts';
import { args, CliError, EXIT, type Io } from '../main.ts';
import { openServices, readInput } from '../shared.ts';
import { resolveProfile } from './check.ts';

export async function exportVerb(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = args(argv, {
    format: { type: 'string' }, out: { type: 'string' }, profile: { type: 'string' }, 'no-clean': { type: 'boolean', default: false },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!positionals.length) throw new CliError('give at least one file or story id');
  const s = await openServices(values.data as string | undefined);
  try {
    const profile = resolveProfile(s, values.profile as string | undefined);
    const articles: { id: string; article: Article }[] = [];
    for (const item of positionals) {
      if (s.workspace.has(item)) {
        articles.push({ id: item, article: s.stories.withEditor((await s.stories.record(item)).article) });
        continue;
      }
      const read = await readInput(item);
      for (const [i, raw] of read.stories.entries()) {
        let article = parseRaw(raw, { provenance: { fileName: path.basename(item), format: read.format, importedAt: new Date().toISOString(), sha256: read.sha256 } });
        if (!values['no-clean']) article = (await s.stories.cleaned(article)).article;
        articles.push({ id: `${read.sha256.slice(0, 12)}-${i}`, article });
      }
    }
    const now = new Date().toISOString();
    const exporter = getExporter(FORMAT_OF[format].exporter);
    const render = (list: typeof articles) => exporter.export(list.length === 1 ? list[0].article : list.map((a) => a.article), {
      now, id: list[0].id, profile, standalone: FORMAT_OF[format].standalone,
    });
    // WXR holds many posts in one file; every other format is one document a story.
    const docs = format === 'wxr' || articles.length === 1
      ? [{ name: fileNameFor(articles[0].article, articles[0].id, format), content: render(articles) }]
      : articles.map((a) => ({ name: fileNameFor(a.article, a.id, format), content: render([a]) }));
    const out = values.out as string | undefined;
    if (!out) {
      for (const d of docs) io.out(d.content.replace(/\n$/, ''));
      return EXIT.ok;
    }
    const target = path.resolve(out);
    const isDir = docs.length > 1 || (await fs.stat(target).then((st) => st.isDirectory(), () => false));
    for (const d of docs) {
      const file = isDir ? path.join(target, d.name) : target;
      await writeFileAtomic(file, d.content);
      io.err(`meja export: ${file}`);
    }
    return EXIT.ok;
  } finally {
    await s.close();
  }
}
