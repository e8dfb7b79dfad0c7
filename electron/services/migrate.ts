// Versioned data files: every file the app keeps (story files, the workspace index, settings,
// profiles) carries `version`. On reading, a table of steps takes an older file up one version at a
// time; a file from a NEWER version is refused (TooNewError), never opened and silently rewritten
// in the old shape, because that would drop whatever the newer app stored.

/** Steps keyed by the version they start from: `steps[n]` takes a version-n file to n+1. */
export type Migrations = Record<number, (data: Record<string, unknown>) => Record<string, unknown>>;

export class TooNewError extends Error {
  readonly found: number;
  readonly supported: number;
  constructor(found: number, supported: number) {
    super(`written by a newer version of Meja Redaksi (data version ${found}; this version reads up to ${supported})`);
    this.name = 'TooNewError';
    this.found = found;
    this.supported = supported;
  }
}

/** The file's version; a file without one predates versioning and counts as 0. */
export function versionOf(data: unknown): number {
  const v = (data as { version?: unknown } | null)?.version;
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Error(`unreadable data version: ${JSON.stringify(v)}`);
  return v;
}

/** Brings `data` to `current`; `from` says where it started (from < current: it was migrated). */
export function migrate<T>(data: unknown, current: number, steps: Migrations): { data: T; from: number } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not a data object');
  const from = versionOf(data);
  if (from > current) throw new TooNewError(from, current);
  let cur = data as Record<string, unknown>;
  for (let v = from; v < current; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration from data version ${v}`);
    cur = { ...step(cur), version: v + 1 };
  }
  return { data: cur as T, from };
}
