// A .docx is a zip, and a zip can be a bomb: a few kilobytes that unpack to gigabytes. Before mammoth
// (which would unpack everything) sees a file, we read the central directory ourselves, refuse
// absurd declared sizes, and then inflate each entry with a running count, so a zip that lies about
// its sizes is stopped at the limit rather than trusted.

import { Inflate } from 'fflate';
import { ImportError } from './errors.ts';

export const ZIP_LIMITS = {
  /** Total uncompressed bytes allowed. */
  totalBytes: 200 * 1024 * 1024,
  /** Entries allowed. */
  entries: 10_000,
  /** A ratio beyond what real documents reach (deflate tops out near 1032:1 on one repeated byte). */
  ratio: 200,
  /** Below this an entry's ratio is not judged: tiny files compress oddly. */
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** The entries the central directory declares; a file that is no zip is 'unreadable'. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const notZip = () => new ImportError('unreadable', 'the document is not a valid .docx (not a zip archive)');
  if (!isZip(bytes)) throw notZip();
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw notZip();
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new ImportError('zip-bomb', 'the document is a ZIP64 archive of unreasonable size and was refused');
  }
  if (count > ZIP_LIMITS.entries) throw new ImportError('zip-bomb', `the document holds ${count} files and was refused`);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw notZip();
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function bomb(detail: string): ImportError {
  return new ImportError('zip-bomb', `the document unpacks to ${detail} and was refused`);
}

/** Throws 'zip-bomb' or 'unreadable' unless the zip is a reasonable size when unpacked. */
export function guardZip(bytes: Uint8Array): ZipEntry[] {
  const entries = readCentralDirectory(bytes);
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff) throw bomb('more than 4 GB');
    if (declared > ZIP_LIMITS.totalBytes) throw bomb(`more than ${ZIP_LIMITS.totalBytes / 1024 / 1024} MB`);
    if (e.size > ZIP_LIMITS.ratioFloorBytes && e.size / Math.max(1, e.compressedSize) > ZIP_LIMITS.ratio) {
      throw bomb(`${Math.round(e.size / Math.max(1, e.compressedSize))} times its packed size`);
    }
  }
  // Declared sizes can lie: count what really comes out.
  let actual = 0;
  for (const e of entries) {
    const o = e.localOffset;
    if (o + 30 > bytes.length || u32(bytes, o) !== 0x04034b50) throw new ImportError('unreadable', 'the document is a damaged zip archive');
    const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (e.method === 0) {
      actual += data.length;
    } else if (e.method === 8) {
      let entryBytes = 0;
      const inflater = new Inflate((chunk) => {
        entryBytes += chunk.length;
        actual += chunk.length;
        if (actual > ZIP_LIMITS.totalBytes) throw bomb(`more than ${ZIP_LIMITS.totalBytes / 1024 / 1024} MB`);
        if (entryBytes > ZIP_LIMITS.ratioFloorBytes && entryBytes / Math.max(1, e.compressedSize) > ZIP_LIMITS.ratio) {
          throw bomb(`more than ${ZIP_LIMITS.ratio} times its packed size`);
        }
      });
      try {
        inflater.push(data, true);
      } catch (err) {
        if (err instanceof ImportError) throw err;
        throw new ImportError('unreadable', 'the document is a damaged zip archive', { cause: err });
      }
    } else {
      throw new ImportError('unreadable', `the document uses an unsupported zip compression (${e.method})`);
    }
  }
  return entries;
}
