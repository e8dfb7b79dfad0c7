// Test helpers for the import tests: temp folders, a minimal real .docx built with fflate, and a
// hand-written zip writer for zip bombs (entries may share data and declare any size).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

export const FIXTURES = new URL('../../fixtures/import/', import.meta.url).pathname;

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'meja-import-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A small but real WordprocessingML document: a Heading 1, paragraphs, and one hyperlink. */
export function makeDocx(options: { heading: string; paragraphs: string[]; link?: { text: string; url: string } }): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  const link = options.link
    ? `<w:p><w:r><w:t xml:space="preserve">Baca juga: </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:t>${esc(options.link.text)}</w:t></w:r></w:hyperlink></w:p>`
    : '';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${esc(options.heading)}</w:t></w:r></w:p>
${options.paragraphs.map(para).join('\n')}
${link}
</w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
${options.link ? `<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(options.link.url)}" TargetMode="External"/>` : ''}
</Relationships>`;
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rels),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(styles),
    'word/_rels/document.xml.rels': strToU8(docRels),
  });
}

export interface RawZipEntry {
  name: string;
  /** Deflated bytes as stored. */
  compressed: Uint8Array;
  crc: number;
  /** The uncompressed size the headers declare (may lie). */
  declaredSize: number;
}

/** Deflates data once for use in hand-made zips. */
export function deflateEntry(name: string, data: Uint8Array, declaredSize = data.length): RawZipEntry {
  return { name, compressed: deflateRawSync(data, { level: 9 }), crc: crc32(data), declaredSize };
}

/**
 * Writes a zip. With `shareData`, every central directory record points at the first entry's
 * local header and data (the overlapping-entries bomb): a few KB declaring any total size.
 */
export function writeZip(entries: RawZipEntry[], options: { shareData?: boolean } = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const local = (e: RawZipEntry) => {
    const name = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(0, 6); h.writeUInt16LE(8, 8);
    h.writeUInt32LE(e.crc >>> 0, 14); h.writeUInt32LE(e.compressed.length, 18); h.writeUInt32LE(e.declaredSize, 22);
    h.writeUInt16LE(name.length, 26); h.writeUInt16LE(0, 28);
    return Buffer.concat([h, name, Buffer.from(e.compressed)]);
  };
  entries.forEach((e, i) => {
    if (options.shareData && i > 0) { offsets.push(offsets[0]); return; }
    offsets.push(offset);
    const buf = local(e);
    chunks.push(buf);
    offset += buf.length;
  });
  const cdStart = offset;
  entries.forEach((e, i) => {
    const name = Buffer.from(e.name);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(0, 8); c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.crc >>> 0, 16); c.writeUInt32LE(e.compressed.length, 20); c.writeUInt32LE(e.declaredSize, 24);
    c.writeUInt16LE(name.length, 28); c.writeUInt32LE(offsets[i], 42);
    chunks.push(c, name);
    offset += 46 + name.length;
  });
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - cdStart, 12); end.writeUInt32LE(cdStart, 16);
  chunks.push(end);
  return new Uint8Array(Buffer.concat(chunks));
}
