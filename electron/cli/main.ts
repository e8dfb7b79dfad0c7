// `meja <verb> …`: the same services as the app, for batch work and automation.
// Exit codes, the same for every verb: 0 done; 1 done with error-severity findings (verbs that
// check); 2 bad input or usage (one line on stderr, nothing written); 3 a batch partly done; 70 an
// internal error (one line).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT = { ok: 0, findings: 1, usage: 2, partial: 3, internal: 70 } as const;

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.exitCode = exitCode;
  }
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `usage: meja <verb> [options]
  import <file|folder…> [--data DIR] [--json]      import wire copy into the workspace
  list [--data DIR] [--json]                        the workspace's stories
  parse <file…> --json                              the structured article as JSON
  check <file…> [--profile NAME] [--data DIR] [--json]
  fix <file> [--profile NAME] [--data DIR] [--out FILE]
  export <file|id…> --format FMT [--out FILE|FOLDER] [--data DIR] [--profile NAME] [--no-clean] [--blockquote] [--base-url URL]
  archive import <file|folder…> [--data DIR] [--json]  exit 3 when files or lines were refused
  archive stats [--data DIR] --json
  archive rebuild [--data DIR] [--json]             rebuild the search index (Ctrl+C keeps the old one)
  search "<query>" [--data DIR] [--from DATE] [--to DATE] [--source S] [--section S] [--author A]
         [--sort relevance|date] [--limit 1-200] [--offset N] --json   (days in WIB)
  related <file> [--data DIR] [--limit 1-50] --json`;

type Verb = (args: string[], io: Io) => Promise<number>;

const VERBS: Record<string, () => Promise<Verb>> = {
  import: async () => (await import('./verbs/workspace.ts')).importVerb,
  list: async () => (await import('./verbs/list.ts')).listVerb,
  parse: async () => (await import('./verbs/parse.ts')).parseVerb,
  check: async () => (await import('./verbs/check.ts')).checkVerb,
  fix: async () => (await import('./verbs/check.ts')).fixVerb,
  export: async () => (await import('./verbs/export.ts')).exportVerb,
  archive: async () => (await import('./verbs/archive.ts')).archiveVerb,
  search: async () => (await import('./verbs/archive.ts')).searchVerb,
  related: async () => (await import('./verbs/archive.ts')).relatedVerb,
};

const stdio: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  // `meja check … | head`: the reader closed the pipe. Stop quietly, as Unix tools do, not with a stack.
  if (io === stdio) process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    (verb ? io.out : io.err)(USAGE);
    return verb ? EXIT.ok : EXIT.usage;
  }
  const load = VERBS[verb];
  if (!load) {
    io.err(`meja: unknown verb "${verb}" (try: meja --help)`);
    return EXIT.usage;
  }
  try {
    return await (await load())(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`meja ${verb}: ${err.message}`);
      return err.exitCode;
    }
    // The data folder is held by the app or another command, or cannot be written: refused, nothing written.
    if ((err as Error)?.name === 'DataFolderLocked' || (err as Error)?.name === 'StorageError') {
      io.err(`meja ${verb}: ${(err as Error).message}`);
      return EXIT.usage;
    }
    const e = err as Error & { code?: string };
    if (e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || e?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      io.err(`meja ${verb}: ${e.message.split('\n')[0]}`);
      return EXIT.usage;
    }
    io.err(`meja ${verb}: internal error: ${(e?.message ?? String(err)).split('\n')[0]}`);
    return EXIT.internal;
  }
}

/** parseArgs with the options every verb shares. */
export function args(argv: string[], options: NonNullable<ParseArgsConfig['options']> = {}) {
  const parsed = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: { data: { type: 'string' }, json: { type: 'boolean', default: false }, ...options },
  });
  return parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] };
}
