// A save that the disk refused, said plainly. The message starts with its code in brackets so the
// page can show its own words for it (the code survives IPC, where only the message crosses).
export type StorageErrorCode = 'disk-full' | 'read-only' | 'no-access';

const CODES: Record<string, StorageErrorCode> = {
  ENOSPC: 'disk-full', EDQUOT: 'disk-full', EROFS: 'read-only', EACCES: 'no-access', EPERM: 'no-access',
};

const MESSAGES: Record<StorageErrorCode, string> = {
  'disk-full': 'the disk is full: nothing was saved and the file on disk is unchanged',
  'read-only': 'the data folder is read-only: nothing was saved and the file on disk is unchanged',
  'no-access': 'the data folder cannot be written: nothing was saved and the file on disk is unchanged',
};

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly file: string;
  constructor(code: StorageErrorCode, file: string) {
    super(`[${code}] ${MESSAGES[code]} (${file})`);
    this.code = code;
    this.file = file;
  }
}

/** Turns a disk refusal into a StorageError; anything else is rethrown as it is. */
export function asStorageError(err: unknown, file: string): unknown {
  const code = CODES[(err as NodeJS.ErrnoException)?.code ?? ''];
  return code ? new StorageError(code, file) : err;
}
