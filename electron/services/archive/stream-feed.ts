// Big RSS and WordPress WXR exports for the archive's bulk load, read as a stream: a desk CMS's full
// export runs to gigabytes, past what one file read may hold (MAX_FILE_BYTES) and what the DOM of a
// whole document could. The text is cut at <item> boundaries (CDATA and comments skipped, so markup
// inside a post's HTML never cuts it); each item is parsed alone, inside the file's own header (its
// namespaces), by the same safe XML parser and the same RSS/WXR readers as a normal import, so a
// streamed story comes out exactly as a read one would.
import { createReadStream } from 'node:fs';
import type { RawStory } from '../../../core/model/article.ts';
import { readRssDocument } from '../import/formats/rss.ts';
import { readWxrDocument } from '../import/formats/wxr.ts';
import { parseXml } from '../import/xml.ts';

/** Files at least this big are streamed when they are RSS or WXR (smaller ones are read whole). */
export const STREAM_FROM_BYTES = 16 * 1024 * 1024;
/** A header (everything before the first item) longer than this is not a feed we can stream. */
const MAX_HEADER = 4 * 1024 * 1024;

export interface StreamedItem {
  /** The item's story, or null when it is not a story (a WXR page or attachment). */
  story: RawStory | null;
  /** 0-based index of the item in the file (the checkpoint's unit). */
  index: number;
  /** Bytes of the file read so far. */
  bytes: number;
  /** Set when this item could not be parsed; the load goes on with the next one. */
  error?: string;
}

/** 'rss' or 'wxr' when the file's start is an RSS 2.0 channel (WXR: with WordPress's namespace). */
export function sniffFeed(head: string): 'rss' | 'wxr' | null {
  if (!/<rss[\s>]/.test(head) || !/<channel[\s>]/.test(head)) return null;
  return /xmlns:wp="https?:\/\/wordpress\.org\/export\//.test(head) ? 'wxr' : 'rss';
}

const ITEM_START = /<item[\s>]/;

/** Index just past the item's `</item>`, or -1 when more text is needed. */
function itemEnd(buf: string): number {
  let i = 0;
  for (;;) {
    const close = buf.indexOf('</item>', i);
    const cdata = buf.indexOf('<![CDATA[', i);
    const comment = buf.indexOf('<!--', i);
    const skip = [cdata, comment].filter((x) => x >= 0 && (close < 0 || x < close));
    if (skip.length === 0) return close < 0 ? -1 : close + '</item>'.length;
    const at = Math.min(...skip);
    const end = at === cdata ? buf.indexOf(']]>', at + 9) : buf.indexOf('-->', at + 4);
    if (end < 0) return -1;
    i = end + 3;
  }
}

/** The items of an RSS/WXR file, one at a time, as the stream is read. */
export async function* streamFeedItems(file: string, kind: 'rss' | 'wxr'): AsyncGenerator<StreamedItem> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
  let buf = '';
  let header: string | null = null;
  let index = 0;
  const read = (itemXml: string): StreamedItem => {
    const doc = `${header}${itemXml}</channel></rss>`;
    try {
      const parsed = parseXml(doc);
      const stories = kind === 'wxr' ? readWxrDocument(parsed) : readRssDocument(parsed);
      return { story: stories[0] ?? null, index, bytes: stream.bytesRead };
    } catch (e) {
      return { story: null, index, bytes: stream.bytesRead, error: (e as Error).message };
    }
  };
  try {
    for await (const chunk of stream) {
      buf += chunk as string;
      for (;;) {
        if (header === null) {
          const m = ITEM_START.exec(buf);
          if (!m) {
            if (buf.length > MAX_HEADER) throw new Error('no <item> in the first 4 MB: not a feed that can be streamed');
            break;
          }
          // Only the prolog, <rss> (its namespaces) and the <channel> start tag: the channel's own
          // elements (a WXR lists every author, category and tag there) would be parsed again with
          // every item, and the readers use none of them.
          const head = buf.slice(0, m.index);
          const channel = /<channel(?:\s[^>]*)?>/.exec(head);
          header = channel ? head.slice(0, channel.index + channel[0].length) : head;
          buf = buf.slice(m.index);
        }
        const start = ITEM_START.exec(buf);
        if (!start) {
          buf = buf.slice(-8); // a "<item" cut by the chunk's end stays for the next chunk
          break;
        }
        if (start.index > 0) buf = buf.slice(start.index);
        const end = itemEnd(buf);
        if (end < 0) break;
        yield read(buf.slice(0, end));
        index++;
        buf = buf.slice(end);
      }
    }
  } finally {
    stream.destroy();
  }
}
