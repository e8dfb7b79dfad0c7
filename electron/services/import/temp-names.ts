// Names of files that are not (yet) copy: hidden files, editors' lock and swap files, and the
// temporary names browsers and transfer tools write under until a file is complete.

const TEMP_SUFFIXES = ['.tmp', '.temp', '.part', '.partial', '.crdownload', '.download', '.swp', '.swx', '.filepart', '~'];
const SYSTEM_NAMES = new Set(['thumbs.db', 'desktop.ini', 'icon\r']);

export function isIgnoredName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('.') || lower.startsWith('~')) return true;
  if (SYSTEM_NAMES.has(lower)) return true;
  return TEMP_SUFFIXES.some((s) => lower.endsWith(s));
}
