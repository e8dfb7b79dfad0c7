// meja import <file|folder…>: wire copy into the workspace the app shows. Files are read before the
// data folder is opened, so input that yields nothing (exit 2) writes nothing at all.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ImportItemResult } from '../../ipc/contract.ts';
import type { Services } from '../../services/app-services.ts';
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
  const [{ listImportable }, { readStoryFile }, { errorInfo }] = await Promise.all([
    import('../../services/import/list-files.ts'), import('../../services/import/read-file.ts'), import('../../services/stories.ts'),
  ]);
  const files = await listImportable(positionals.map((p) => path.resolve(p)));
  let s: Services | null = null;
  let ok = 0;
  let failed = 0;
  try {
    for (const file of files) {
      let read: Awaited<ReturnType<typeof readStoryFile>> | null = null;
      let item: ImportItemResult = { name: file, ok: false, storyIds: [] };
      try {
        read = await readStoryFile(file);
      } catch (err) {
        item = { name: file, ok: false, storyIds: [], error: errorInfo(err) };
      }
      if (read) {
        // The data folder is opened (and locked) only once there is something to store; a folder
        // that cannot be opened stops the command (main.ts reports it), it is no one file's fault.
        s ??= await openServices(values.data as string | undefined, { lock: 'cli' }, { verb: 'import', io });
        item = await s.stories.importRead(file, read);
      }
      if (item.ok) ok++;
      else failed++;
      if (values.json) io.out(JSON.stringify(item));
      else if (item.ok) io.out(`ok\t${item.name}\t${item.storyIds.length} berita`);
      else io.err(`meja import: ${item.name}: ${item.error?.message}`);
    }
  } finally {
    await s?.close();
  }
  if (!files.length) throw new CliError('no importable files found');
  if (files.length === 1 && failed === 1) return EXIT.usage;
  return batchExit(ok, failed);
}
