// Bytes to text, the way a careful editor would read them: a BOM is obeyed (UTF-8, UTF-16 LE/BE),
// otherwise UTF-8 is tried strictly and Windows-1252 used when it fails (line by line, so a file
// pasted together from two sources reads right in both halves); UTF-8-read-as-1252 mojibake is
// repaired. Binary content and empty files are refused here, before any format is guessed.

import { repairMojibake } from '../../../core/text/mojibake.ts';
import { ImportError } from './errors.ts';

/** 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'mixed' (UTF-8 and 1252 lines), or a declared label. */
export type TextEncodingName = string;

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when mojibake was found and repaired. */
  repaired: boolean;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const cp1252 = new TextDecoder('windows-1252');

/** UTF-16 without a BOM: most code units of Latin text have one zero byte, always on the same side. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Binary content: NUL bytes or more than a few control characters, judged on the first 64 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > 8 && controls / n > 0.01;
}

function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls > 8 && controls / n > 0.01;
}

/** Each line strictly as UTF-8 when it is valid, else as Windows-1252. */
function decodeMixed(bytes: Uint8Array): { text: string; mixed: boolean } {
  const parts: string[] = [];
  let start = 0;
  let sawUtf8 = false;
  let sawOther = false;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, Math.min(i + 1, bytes.length));
    try {
      parts.push(utf8Strict.decode(line));
      if (line.some((b) => b >= 0x80)) sawUtf8 = true;
    } catch {
      parts.push(cp1252.decode(line));
      sawOther = true;
    }
    start = i + 1;
  }
  return { text: parts.join(''), mixed: sawUtf8 && sawOther };
}

/** The encoding an XML declaration or an HTML meta tag names, when it is not UTF-8. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = cp1252.decode(bytes.subarray(0, 1024));
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)
    ?? /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)/i.exec(head);
  if (!m || /^utf-?8$/i.test(m[1])) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportError('empty');
  let text: string;
  let encoding: TextEncodingName;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const mixed = decodeMixed(body);
    text = mixed.text;
    encoding = mixed.mixed ? 'mixed' : 'utf-8';
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2));
    if (looksBinaryText(text)) throw new ImportError('binary');
  } else {
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(bytes);
      if (looksBinaryText(text)) throw new ImportError('binary');
    } else {
      if (looksBinary(bytes)) throw new ImportError('binary');
      const declared = declaredEncoding(bytes);
      try {
        text = utf8Strict.decode(bytes);
        encoding = 'utf-8';
      } catch {
        if (declared) {
          text = new TextDecoder(declared).decode(bytes);
          encoding = declared;
        } else {
          const mixed = decodeMixed(bytes);
          text = mixed.text;
          encoding = mixed.mixed ? 'mixed' : 'windows-1252';
        }
      }
    }
  }
  if (text.trim() === '') throw new ImportError('empty');
  const repairedText = repairMojibake(text);
  return { text: repairedText, encoding, repaired: repairedText !== text };
}
