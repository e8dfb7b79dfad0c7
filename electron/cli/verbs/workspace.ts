// meja import <file|folder…> and meja list: the workspace the app shows.
import fs from 'node:fs/promises';
import { resolveDataDir } from '../../services/data-dir.ts';
import { args, CliError, EXIT, type Io } from '../main.ts';
import { batchExit, openServices } from '../shared.ts';

export async function importVerb(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = args(argv);
  if (!positionals.length) throw new CliError('give at least one file or folder');
  for (const p of positionals) {
    try {
      await fs.stat(p);
    } catch {
      if (positionals.length === 1) throw new CliError(`${p}: no such file or folder`);
    }
  }
  const s = await openServices(values.data as string | undefined, { lock: 'cli' });
  try {
    let ok = 0;
    let failed = 0;
    // Each file's line is printed as soon as it is committed, so what a killed or interrupted import
    // had done is on record, and a rerun skips those files as duplicates.
    const res = await s.stories.importPaths(positionals.map((p) => (p.startsWith('/') ? p : `${process.cwd()}/${p}`)), {
      onItem: (item) => {
        if (item.ok) ok++;
        else failed++;
        if (values.json) io.out(JSON.stringify(item));
        else if (item.ok) io.out(`ok\t${item.name}\t${item.storyIds.length} berita`);
        else io.err(`meja import: ${item.name}: ${item.error?.message}`);
      },
    });
    if (res.items.length === 1 && failed === 1) return EXIT.usage;
    return batchExit(ok, failed);
  } finally {
    await s.close();
  }
}

export async function listVerb(argv: string[], io: Io): Promise<number> {
  const { values } = args(argv);
  const dir = resolveDataDir(values.data as string | undefined);
  // A missing folder is an empty workspace: listing never creates it.
  try {
    await fs.access(dir);
  } catch {
    io.out(values.json ? '[]' : '(kosong)');
    return EXIT.ok;
  }
  // Only the workspace: listing needs none of the parsing, checking or archive code, so it starts fast.
  const { openWorkspace } = await import('../../services/workspace/store.ts');
  const ws = await openWorkspace(dir);
  try {
    const list = ws.list();
    if (values.json) io.out(JSON.stringify(list));
    else for (const st of list) io.out(`${st.id}\t${st.status}\t${st.errorCount}\t${st.source}\t${st.title}`);
    return EXIT.ok;
  } finally {
    await ws.close();
  }
}
