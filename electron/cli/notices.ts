// What the data folder's opening did on its own (a damaged file set aside, an old file migrated),
// as one plain line each on stderr: a script reading stdout is not disturbed, a person still hears it.
import type { Notice } from '../services/workspace/types.ts';
import type { Io } from './main.ts';

export function noticeLine(n: Notice): string | null {
  // A rebuilt index is housekeeping (a new folder has one too): nothing the person has to act on.
  if (n.kind === 'index-rebuilt') return null;
  if (n.kind === 'migrated') return `${n.file} was updated from an older data version (${n.detail})`;
  const what = n.title ? `the story "${n.title}" (${n.file})` : n.file;
  if (/newer version/.test(n.detail)) return `${what} was written by a newer version of Meja Redaksi; set aside unchanged as ${n.movedTo ?? n.file}`;
  return `${what} was damaged (${n.detail}); set aside, not deleted, as ${n.movedTo ?? n.file}`;
}

export function printNotices(verb: string, notices: Notice[], io: Io): void {
  for (const n of notices) {
    const line = noticeLine(n);
    if (line) io.err(`${verb ? `meja ${verb}` : 'meja'}: ${line}`);
  }
}
