// Why a file could not be imported: a code the app and the command line map to a message
// (`import.error.<code>` in the i18n tables) and one plain English line for logs and stderr.

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'malformed'
  | 'entities'
  | 'unknown-format'
  | 'unreadable'
  | 'zip-bomb'
  | 'not-ninjs';

export const IMPORT_ERROR_CODES: readonly ImportErrorCode[] = [
  'empty', 'binary', 'too-large', 'malformed', 'entities', 'unknown-format', 'unreadable', 'zip-bomb', 'not-ninjs',
];

const DEFAULT_MESSAGES: Record<ImportErrorCode, string> = {
  'empty': 'the file is empty',
  'binary': 'the file is binary, not text',
  'too-large': 'the file is larger than 50 MB',
  'malformed': 'the file is not well-formed',
  'entities': 'entity declarations are not accepted',
  'unknown-format': 'the file is in a format Meja Redaksi does not read',
  'unreadable': 'the file could not be read',
  'zip-bomb': 'the document unpacks to an unreasonable size and was refused',
  'not-ninjs': 'the JSON is not a ninjs story',
};

export class ImportError extends Error {
  code: ImportErrorCode;

  constructor(code: ImportErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? DEFAULT_MESSAGES[code], options);
    this.name = 'ImportError';
    this.code = code;
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}

/** The i18n key of the message shown for a code. */
export function importErrorMessageId(code: ImportErrorCode): string {
  return `import.error.${code}`;
}
