// Expands what an editor dropped or chose (files and folders) into the files to import: folders
// recursively, in name order, without hidden and temporary files, each file once. A path that
// does not exist is kept, so the batch reports it as unreadable rather than silently losing it.

import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isIgnoredName } from './temp-names.ts';

export { isIgnoredName } from './temp-names.ts';

export async function listImportable(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = (path: string) => {
    if (seenFiles.has(path)) return;
    seenFiles.add(path);
    out.push(path);
  };

  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return; // a symlink loop, or the same folder given twice
    seenDirs.add(real);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      if (isIgnoredName(name)) continue;
      const full = join(dir, name);
      let info;
      try {
        info = await stat(full);
      } catch {
        continue; // vanished or a broken link inside a folder: nothing to import
      }
      if (info.isDirectory()) await walk(full);
      else if (info.isFile()) addFile(full);
    }
  };

  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      addFile(path);
      continue;
    }
    if (info.isDirectory()) await walk(path);
    else addFile(path);
  }
  return out;
}
