// meja parse <file…> --json
import path from 'node:path';
import { toArticle } from '../../services/import/to-article.ts';
import { args, CliError, EXIT, type Io } from '../main.ts';
import { batchExit, parseJson, readInput } from '../shared.ts';

export async function parseVerb(argv: string[], io: Io): Promise<number> {
  const { positionals: files } = args(argv);
  if (!files.length) throw new CliError('give at least one file');
  const importedAt = new Date().toISOString();
  let ok = 0;
  let failed = 0;
  for (const file of files) {
    try {
      const read = await readInput(file);
      // A feed holds several stories: each line then names its file and its item (from 0), so a run
      // over several feeds can be told apart; one story from one file is the bare object.
      const many = read.stories.length > 1;
      for (const [item, raw] of read.stories.entries()) {
        const article = toArticle(raw, { provenance: { fileName: path.basename(file), format: read.format, importedAt, sha256: read.sha256 } });
        const json = parseJson(article);
        io.out(JSON.stringify(files.length > 1 || many ? { file, ...(many ? { item } : {}), ...json } : json));
      }
      ok++;
    } catch (err) {
      if (!(err instanceof CliError) || files.length === 1) throw err;
      failed++;
      io.err(`meja parse: ${err.message}`);
      io.out(JSON.stringify({ file, error: err.message }));
    }
  }
  return failed ? batchExit(ok, failed) : EXIT.ok;
}
