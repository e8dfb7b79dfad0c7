// Writing export documents into a folder, the same way for the app and the command line: a name
// already taken gets `-1`, `-2`… (never overwritten), and each file is written atomically.
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './json-store.ts';
import type { ExportWriter } from './stories.ts';

/** `name.ext`, else `name-1.ext`, `name-2.ext`…: the first that does not exist yet. */
export async function uniquePath(file: string): Promise<string> {
  const { dir, name, ext } = path.parse(file);
  for (let i = 0; ; i++) {
    const candidate = i === 0 ? file : path.join(dir, `${name}-${i}${ext}`);
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
}

/** A writer that puts each document in `dir` under its own, unique name; gives the path written. */
export function folderWriter(dir: string): ExportWriter {
  return async (_id, name, content) => {
    const file = await uniquePath(path.join(dir, name));
    await writeFileAtomic(file, content);
    return file;
  };
}
