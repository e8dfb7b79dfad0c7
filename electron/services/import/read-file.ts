// The one door through which files, dropped bytes and the clipboard become RawStory objects.
// Order of business: size, then zip (docx), then text decoding (which refuses binary and empty
// content), then the format by content, then the reader. Every refusal is an ImportError.

import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RawStory } from '../../../core/model/article.ts';
import { decodeText } from './decode.ts';
import { detectTextFormat } from './detect.ts';
import { ImportError } from './errors.ts';
import { readAtomDocument } from './formats/atom.ts';
import { readDocx } from './formats/docx.ts';
import { readHtml } from './formats/html.ts';
import { jsonKind, parseJson, readNinjsJson, readOwnExport } from './formats/json.ts';
import { readNewsMlDocument } from './formats/newsml.ts';
import { readNitfDocument } from './formats/nitf.ts';
import { readRssDocument } from './formats/rss.ts';
import { readTxt } from './formats/txt.ts';
import { readWhatsApp } from './formats/whatsapp.ts';
import { readWxrDocument } from './formats/wxr.ts';
import { parseXml } from './xml.ts';
import { isZip } from './zip-guard.ts';
import { stripWhatsApp, looksLikeWhatsApp } from '../../../core/text/whatsapp.ts';
import { repairMojibake } from '../../../core/text/mojibake.ts';

/** Files above this are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadResult {
  format: string;
  stories: RawStory[];
  /** sha256 (hex) of the original bytes. */
  sha256: string;
  /** The decoded text for text-like formats (mojibake repaired); null for .docx. */
  originalText: string | null;
  /** How the bytes were decoded ('utf-8', 'utf-16le', 'windows-1252', 'mixed'…); null for .docx. */
  encoding?: string | null;
  /** True when UTF-8-read-as-1252 mojibake was found and repaired. */
  repairedMojibake?: boolean;
  /** The original bytes as read (set by readStoryFile, so callers that keep them need not read twice). */
  bytes?: Uint8Array;
}

function tooLarge(size: number): ImportError {
  // In bytes: a rounded `50.0 MB` would read as if the limit were met.
  const bytes = (n: number) => n.toLocaleString('en-US');
  return new ImportError('too-large', `the file is ${bytes(size)} bytes; files larger than 50 MB (${bytes(MAX_FILE_BYTES)} bytes) are not accepted`);
}

function extension(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

export async function readStoryFile(path: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImportError('unreadable', 'not a file');
    size = info.size;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('unreadable', `the file could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { cause: e });
  }
  if (size > MAX_FILE_BYTES) throw tooLarge(size);
  if (size === 0) throw new ImportError('empty');
  let bytes: Uint8Array;
  try {
    // Read at most the limit + 1 bytes: a file growing while we read cannot slip past the check.
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(size, MAX_FILE_BYTES) + 1);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      bytes = buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw new ImportError('unreadable', `the file could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { cause: e });
  }
  return { ...(await readStoryBytes(bytes, basename(path))), bytes };
}

export async function readStoryBytes(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
  if (bytes.length === 0) throw new ImportError('empty');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const ext = extension(fileName);

  if (isZip(bytes) || ext === 'docx') {
    if (!isZip(bytes)) throw new ImportError('unreadable', 'the document is not a valid .docx (not a zip archive)');
    const stories = await readDocx(bytes);
    return { format: 'docx', stories: nonEmpty(stories), sha256, originalText: null, encoding: null };
  }

  const known = knownOtherFormat(bytes);
  if (known) throw new ImportError('unknown-format', known);

  const decoded = decodeText(bytes);
  const text = decoded.text;
  const { format, stories } = readText(text, fileName);
  return { format, stories: nonEmpty(stories), sha256, originalText: text, encoding: decoded.encoding, repairedMojibake: decoded.repaired };
}

/** Formats an editor may well drop that we do not read, named so the message can say what to do. */
function knownOtherFormat(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) return 'PDF files are not read; copy the text or save it as .txt or .docx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return 'old Word (.doc) and other Office 97–2003 files are not read; save it as .docx';
  }
  if (head.startsWith('{\\rtf')) return 'RTF files are not read; save it as .docx or .txt';
  return null;
}

/** Parses already decoded text by its content (and the file name's extension). */
export function readText(text: string, fileName: string | null): { format: string; stories: RawStory[] } {
  const kind = detectTextFormat(text, fileName);
  switch (kind) {
    case 'json-like': {
      const value = parseJson(text);
      const jk = jsonKind(value);
      if (jk === 'json') return { format: 'json', stories: readOwnExport(value) };
      if (jk === 'ninjs') return { format: 'ninjs', stories: readNinjsJson(value) };
      throw new ImportError('not-ninjs');
    }
    case 'html': return { format: 'html', stories: readHtml(text) };
    case 'nitf': return { format: 'nitf', stories: readNitfDocument(parseXml(text)) };
    case 'newsml': return { format: 'newsml', stories: readNewsMlDocument(parseXml(text)) };
    case 'rss': return { format: 'rss', stories: readRssDocument(parseXml(text)) };
    case 'atom': return { format: 'atom', stories: readAtomDocument(parseXml(text)) };
    case 'wxr': return { format: 'wxr', stories: readWxrDocument(parseXml(text)) };
    case 'whatsapp': return { format: 'whatsapp', stories: readWhatsApp(text) };
    case 'xml-unknown': {
      parseXml(text); // hostile or malformed XML is reported as such before "unknown"
      throw new ImportError('unknown-format', 'the XML is not NITF, NewsML-G2, RSS, Atom or WordPress WXR');
    }
    default: return { format: 'txt', stories: readTxt(text) };
  }
}

function nonEmpty(stories: RawStory[]): RawStory[] {
  const kept = stories.filter((s) => (s.text !== undefined && s.text.trim() !== '') || s.paragraphs.length > 0 || (s.headline ?? '') !== '');
  if (kept.length === 0) throw new ImportError('empty', 'the file holds no story text');
  return kept;
}

/** Text pasted by the editor: WhatsApp prefixes stripped when it is a chat, mojibake repaired. */
export function readPastedText(text: string): RawStory {
  const repaired = repairMojibake(text);
  if (repaired.trim() === '') throw new ImportError('empty');
  if (looksLikeWhatsApp(repaired)) {
    const stripped = stripWhatsApp(repaired);
    return { format: 'whatsapp', text: stripped.text, paragraphs: [], meta: { authors: stripped.senders } };
  }
  return { format: 'paste', text: repaired, paragraphs: [] };
}

/** The clipboard's HTML flavour: paragraphs of text and links; nothing in it is ever rendered. */
export function readPastedHtml(html: string): RawStory {
  const story = readHtml(repairMojibake(html), 'paste-html')[0];
  if (story.paragraphs.length === 0 && !story.headline) throw new ImportError('empty');
  return story;
}
