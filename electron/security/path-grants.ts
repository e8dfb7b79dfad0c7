// Main reads only paths that came from a dialog, a drop, the hot folder or the data folder. A
// compromised renderer must not be able to make main read `../../etc/passwd`, nor a symlink that
// points there: every check is made on the real path (symlinks resolved), not on the text.
import fs from 'node:fs';
import path from 'node:path';

const SYSTEM_ROOTS = process.platform === 'win32'
  ? [/^[a-z]:\\windows(\\|$)/i, /^[a-z]:\\program files/i]
  : [/^\/(etc|proc|sys|dev|boot|root\/\.ssh|var\/run|run)(\/|$)/];

/** A path argument is refused unless it is absolute, plain, and free of `..` segments. */
export function isPlainAbsolute(p: string): boolean {
  if (typeof p !== 'string' || !p || p.includes('\0')) return false;
  if (!path.isAbsolute(p)) return false;
  if (p.split(/[\\/]+/).includes('..')) return false;
  return path.normalize(p) === p || path.normalize(p) === p.replace(/[\\/]+$/, '');
}

export function isSystemPath(p: string): boolean {
  return SYSTEM_ROOTS.some((re) => re.test(p));
}

/**
 * The path with every symlink resolved. A path that does not exist yet (a folder a setting will
 * create, a file an export will write) resolves through its nearest existing parent.
 */
export function realPath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    const parent = path.dirname(p);
    return parent === p ? p : path.join(realPath(parent), path.basename(p));
  }
}

function inside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export class PathGrants {
  private granted = new Set<string>();
  private roots: () => string[];
  constructor(roots: () => (string | null)[]) {
    this.roots = () => roots().filter((r): r is string => !!r).map((r) => realPath(path.resolve(r)));
  }

  /**
   * Records paths the user chose in a dialog or dropped on the window (main checks the drop's key
   * first). Returns the paths granted: plain absolute ones whose real path is outside system folders.
   */
  grant(paths: string[]): string[] {
    const ok = paths.filter((p) => isPlainAbsolute(p) && !isSystemPath(p) && !isSystemPath(realPath(p)));
    for (const p of ok) this.granted.add(realPath(path.normalize(p)));
    return ok;
  }

  allowed(p: string): boolean {
    if (!isPlainAbsolute(p) || isSystemPath(p)) return false;
    const real = realPath(path.normalize(p));
    if (isSystemPath(real)) return false;
    if (this.granted.has(real)) return true;
    for (const g of this.granted) if (inside(g, real)) return true;
    return this.roots().some((r) => inside(r, real));
  }

  /** Throws a one-line refusal for the first path not allowed. */
  check(paths: string[]): void {
    const bad = paths.find((p) => !this.allowed(p));
    if (bad !== undefined) throw new Error(`path refused (not chosen by the user): ${bad}`);
  }
}
