// meja check <file…> and meja fix <file>: the desk's stylebook from the command line.
import path from 'node:path';
import type { Article } from '../../../core/model/article.ts';
import { reanalyze } from '../../../core/parse/index.ts';
import { toArticle } from '../../services/import/to-article.ts';
import { applyFixes } from '../../../core/checks/index.ts';
import { writeFileAtomic } from '../../services/json-store.ts';
import { args, CliError, EXIT, type Io } from '../main.ts';
import { openServices, readInput } from '../shared.ts';

const OPTS = { profile: { type: 'string' as const }, out: { type: 'string' as const } };

async function load(file: string) {
  const read = await readInput(file);
  if (read.stories.length !== 1) throw new CliError(`${file}: holds ${read.stories.length} stories; check takes one story a file`);
  return toArticle(read.stories[0], { provenance: { fileName: path.basename(file), format: read.format, importedAt: new Date().toISOString(), sha256: read.sha256 } });
}

export async function checkVerb(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = args(argv, OPTS);
  if (!positionals.length) throw new CliError('give at least one file');
  const s = await openServices(values.data as string | undefined);
  try {
    const profile = resolveProfile(s, values.profile as string | undefined);
    let errors = 0;
    for (const file of positionals) {
      const findings = await s.stories.check(await load(file), profile);
      errors += findings.filter((f) => f.severity === 'error').length;
      if (values.json) {
        io.out(JSON.stringify({ file, findings: findings.map(({ ruleId, severity, message, paragraph, start, end, fix }) => ({ ruleId, severity, message, paragraph, start, end, ...(fix ? { fix } : {}) })) }));
      } else {
        for (const f of findings) io.out(`${file}:${f.paragraph + 1}:${f.start + 1}\t${f.severity}\t${f.ruleId}\t${f.message}`);
      }
    }
    return errors ? EXIT.findings : EXIT.ok;
  } finally {
    await s.close();
  }
}

export async function fixVerb(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = args(argv, OPTS);
  if (positionals.length !== 1) throw new CliError('give exactly one file');
  const s = await openServices(values.data as string | undefined);
  try {
    const profile = resolveProfile(s, values.profile as string | undefined);
    const article = await load(positionals[0]);
    const findings = await s.stories.check(article, profile);
    const fixed = reanalyze(applyFixes(article, findings.filter((f) => f.fix)));
    const text = storyText(fixed);
    if (values.out) await writeFileAtomic(path.resolve(values.out as string), text);
    else io.out(text.replace(/\n$/, ''));
    const left = (await s.stories.check(fixed, profile)).filter((f) => f.severity === 'error').length;
    return left ? EXIT.findings : EXIT.ok;
  } finally {
    await s.close();
  }
}

export function resolveProfile(s: Awaited<ReturnType<typeof openServices>>, name: string | undefined) {
  try {
    return s.stories.profile(name);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

/** The story as wire text: headline, then paragraphs separated by blank lines. */
export function storyText(a: Article): string {
  return `${[a.headline, ...a.paragraphs.map((p) => p.text)].filter((t) => t != null && t !== '').join('\n\n')}\n`;
}
