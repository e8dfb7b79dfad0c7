// A save that the disk refused, said plainly. The message starts with its code in brackets so the
// page can show its own words for it (the code survives IPC, where only the message crosses).
export type StorageErrorCode = 'disk-full' | 'read-only' | 'no-access' | 'io-error';

const CODES: Record<string, StorageErrorCode> = {
  ENOSPC: 'disk-full', EDQUOT: 'disk-full', EROFS: 'read-only', EACCES: 'no-access', EPERM: 'no-access',
};

const MESSAGES: Record<StorageErrorCode, string> = {
  'disk-full': 'the disk is full: nothing was saved and the file on disk is unchanged',
  'read-only': 'the data folder is read-only: nothing was saved and the file on disk is unchanged',
  'no-access': 'the data folder cannot be written: nothing was saved and the file on disk is unchanged',
  'io-error': 'the disk reported an error while writing: nothing was saved and the file on disk is unchanged',
};

// SQLite's primary result codes (node:sqlite's `errcode`; extended codes keep them in the low byte).
const SQLITE_CODES: Record<number, StorageErrorCode> = {
  13: 'disk-full', // SQLITE_FULL
  8: 'read-only', // SQLITE_READONLY
  3: 'no-access', // SQLITE_PERM
  23: 'no-access', // SQLITE_AUTH
  10: 'io-error', // SQLITE_IOERR
  14: 'no-access', // SQLITE_CANTOPEN
};

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly file: string;
  constructor(code: StorageErrorCode, file: string) {
    super(`[${code}] ${MESSAGES[code]} (${file})`);
    this.name = 'StorageError';
    this.code = code;
    this.file = file;
  }
}

/** The storage code of a disk refusal (a Node errno or a SQLite result code), else null. */
export function storageCode(err: unknown): StorageErrorCode | null {
  if (err instanceof StorageError) return err.code;
  const e = err as (NodeJS.ErrnoException & { errcode?: number }) | null;
  if (!e || typeof e !== 'object') return null;
  if (e.code === 'ERR_SQLITE_ERROR' && typeof e.errcode === 'number') return SQLITE_CODES[e.errcode & 0xff] ?? null;
  return CODES[e.code ?? ''] ?? null;
}

/** Turns a disk refusal into a StorageError; anything else is rethrown as it is. */
export function asStorageError(err: unknown, file: string): unknown {
  if (err instanceof StorageError) return err;
  const code = storageCode(err);
  return code ? new StorageError(code, file) : err;
}

/** asStorageError naming the file the error itself names (a Node error's path), else `fallback`. */
export function storageErrorOf(err: unknown, fallback: string): unknown {
  return asStorageError(err, (err as NodeJS.ErrnoException)?.path ?? fallback);
}
