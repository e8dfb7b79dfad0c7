// Word documents through mammoth, after the zip-bomb guard has vetted the archive. Images are never
// unpacked (the converter returns no source); the HTML mammoth makes goes through the HTML reader.

import mammoth from 'mammoth';
import type { RawStory } from '../../../../core/model/article.ts';
import { ImportError } from '../errors.ts';
import { extractHtml } from '../html-extract.ts';
import { guardZip } from '../zip-guard.ts';

export async function readDocx(bytes: Uint8Array): Promise<RawStory[]> {
  const entries = guardZip(bytes);
  if (!entries.some((e) => e.name === 'word/document.xml' || e.name === '[Content_Types].xml')) {
    throw new ImportError('unreadable', 'the zip archive is not a Word document');
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (e) {
    throw new ImportError('unreadable', 'the Word document could not be read', { cause: e });
  }
  const extracted = extractHtml(html, { preserveSpaces: true });
  return [{ format: 'docx', headline: extracted.headline, paragraphs: extracted.paragraphs, links: extracted.links }];
}
