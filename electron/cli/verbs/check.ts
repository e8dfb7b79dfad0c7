// meja check <file…> and meja fix <file>: the desk's stylebook from the command line.
// Both read the data folder without changing it (profiles, settings, speller, an existing archive).
// `check` is a batch: a file that cannot be read is named on stderr and the others are checked.
import path from 'node:path';
import type { Article } from '../../../core/model/article.ts';
import type { Finding } from '../../../core/model/finding.ts';
import type { DeskProfile } from '../../../core/model/profile.ts';
import { deskSourceProfiles, reanalyze, recoverOriginal } from '../../../core/parse/index.ts';
import { toArticle } from '../../services/import/to-article.ts';
import { applyFixes } from '../../../core/checks/index.ts';
import { writeFileAtomic } from '../../services/json-store.ts';
import { resolveDataDir } from '../../services/data-dir.ts';
import { args, CliError, EXIT, type Io } from '../main.ts';
import { readInput } from '../shared.ts';
import type { openServices } from '../shared.ts';
import { openChecker, type Checker } from '../check-context.ts';

const OPTS = { profile: { type: 'string' as const }, out: { type: 'string' as const } };

/** Every story of a file: a feed or a newsMessage holds several, a text file one. */
async function loadAll(file: string, profile?: DeskProfile): Promise<Article[]> {
  const read = await readInput(file);
  const importedAt = new Date().toISOString();
  const profiles = deskSourceProfiles(profile?.sourceProfiles);
  return read.stories.map((raw) => toArticle(raw, { provenance: { fileName: path.basename(file), format: read.format, importedAt, sha256: read.sha256 }, profiles }));
}

async function open(values: Record<string, string | boolean | undefined>, io: Io): Promise<{ checker: Checker; profile: ReturnType<Checker['profile']> }> {
  const checker = await openChecker(resolveDataDir(values.data as string | undefined), { warn: io.err });
  try {
    return { checker, profile: checker.profile(values.profile as string | undefined) };
  } catch (err) {
    checker.close();
    throw new CliError((err as Error).message);
  }
}

function findingJson({ ruleId, severity, message, paragraph, start, end, fix }: Finding) {
  return { ruleId, severity, message, paragraph, start, end, ...(fix ? { fix } : {}) };
}

/**
 * Text lines are `file:line:column` with 1-based paragraph numbers; a finding on the headline
 * (paragraph -1 in JSON) prints as `file:headline:col`, one on the whole story (-2) as `file:story`.
 */
function where(file: string, item: number | null, f: Finding): string {
  const at = f.paragraph === -1 ? `headline:${f.start + 1}` : f.paragraph === -2 ? 'story' : `${f.paragraph + 1}:${f.start + 1}`;
  return `${file}${item == null ? '' : `#${item + 1}`}:${at}`;
}

export async function checkVerb(argv: string[], io: Io): Promise<number> {
  const { values, positionals: files } = args(argv, OPTS);
  if (!files.length) throw new CliError('give at least one file');
  const { checker, profile } = await open(values, io);
  try {
    let errors = 0;
    let failed = 0;
    for (const file of files) {
      let articles: Article[];
      try {
        articles = await loadAll(file, profile);
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        failed++;
        io.err(`meja check: ${err.message}`);
        if (values.json) io.out(JSON.stringify({ file, error: err.message }));
        continue;
      }
      const many = articles.length > 1;
      for (const [i, article] of articles.entries()) {
        const findings = await checker.check(article, profile);
        errors += findings.filter((f) => f.severity === 'error').length;
        if (values.json) io.out(JSON.stringify({ file, ...(many ? { item: i } : {}), findings: findings.map(findingJson) }));
        else for (const f of findings) io.out(`${where(file, many ? i : null, f)}\t${f.severity}\t${f.ruleId}\t${f.message}`);
      }
    }
    // A file that could not be read outweighs findings: the batch was only partly done.
    if (failed) {
      if (failed === files.length) return EXIT.usage;
      return EXIT.partial;
    }
    return errors ? EXIT.findings : EXIT.ok;
  } finally {
    checker.close();
  }
}

export async function fixVerb(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = args(argv, OPTS);
  if (positionals.length !== 1) throw new CliError('give exactly one file');
  const { checker, profile } = await open(values, io);
  try {
    const articles = await loadAll(positionals[0], profile);
    if (articles.length !== 1) throw new CliError(`${positionals[0]}: holds ${articles.length} stories; fix takes one story a file`);
    const article = articles[0];
    const findings = await checker.check(article, profile);
    const edited = applyFixes(article, findings.filter((f) => f.fix));
    const fixed = reanalyze(edited, { profiles: deskSourceProfiles(profile.sourceProfiles) });
    // Plain text keeps its own layout (line endings, blank lines, where credit lines sit): the fixes
    // change words inside paragraphs, never the paragraphs. Structured input comes out as wire text.
    const text = article.layout && edited.paragraphs.length === article.paragraphs.length ? recoverOriginal(edited) : storyText(fixed);
    if (values.out) await writeFileAtomic(path.resolve(values.out as string), text);
    else io.out(text.replace(/\n$/, ''));
    const left = (await checker.check(fixed, profile)).filter((f) => f.severity === 'error').length;
    return left ? EXIT.findings : EXIT.ok;
  } finally {
    checker.close();
  }
}

/** The story as wire text: headline, then paragraphs separated by blank lines. */
export function storyText(a: Article): string {
  return `${[a.headline, ...a.paragraphs.map((p) => p.text)].filter((t) => t != null && t !== '').join('\n\n')}\n`;
}

/** The profile `name` (or the settings' one) of opened services; used by `meja export`. */
export function resolveProfile(s: Awaited<ReturnType<typeof openServices>>, name: string | undefined) {
  try {
    return s.stories.profile(name);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}
