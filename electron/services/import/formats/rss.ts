// RSS 2.0: each item a story. content:encoded (else description) HTML to paragraphs, link, guid,
// pubDate, categories (the first is the section), dc:creator or author.

import type { Document, Element } from '@xmldom/xmldom';
import type { RawStory } from '../../../../core/model/article.ts';
import { toIsoDate } from '../dates.ts';
import { extractHtml } from '../html-extract.ts';
import { elementChildren, firstChild, textOf } from '../xml.ts';

export const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** The first child with a local name in a namespace (prefixes vary; namespaces do not). */
export function nsChild(el: Element, ns: string, localName: string): Element | null {
  for (const c of elementChildren(el, localName)) if (c.namespaceURI === ns) return c;
  return null;
}

/** The HTML an element holds: CDATA or escaped markup arrives as its text. */
export function htmlOf(el: Element | null): string | null {
  if (!el) return null;
  const t = el.textContent ?? '';
  return t.trim() === '' ? null : t;
}

export function rssItems(doc: Document): Element[] {
  const channel = firstChild(doc.documentElement, 'channel');
  return channel ? elementChildren(channel, 'item') : [];
}

export function readRssItem(item: Element, format = 'rss'): RawStory {
  const html = htmlOf(nsChild(item, CONTENT_NS, 'encoded')) ?? htmlOf(firstChild(item, 'description'));
  const extracted = html ? extractHtml(html, { headline: false }) : { paragraphs: [], links: [] };
  const categories = elementChildren(item, 'category').map((c) => textOf(c)).filter((c): c is string => c !== null);
  const authors = elementChildren(item, 'creator').filter((c) => c.namespaceURI === DC_NS).map((c) => textOf(c))
    .concat(elementChildren(item, 'author').filter((c) => !c.namespaceURI).map((c) => authorName(textOf(c))))
    .filter((a): a is string => a !== null);
  const link = textOf(firstChild(item, 'link'));
  return {
    format,
    headline: textOf(firstChild(item, 'title')),
    paragraphs: extracted.paragraphs,
    links: extracted.links,
    meta: {
      url: link,
      date: toIsoDate(textOf(firstChild(item, 'pubDate')) ?? textOf(nsChild(item, DC_NS, 'date'))),
      section: categories[0] ?? null,
      tags: categories,
      authors,
    },
    sourceId: textOf(firstChild(item, 'guid')) ?? link,
  };
}

export function readRssDocument(doc: Document): RawStory[] {
  return rssItems(doc).map((item) => readRssItem(item));
}

/** RSS 2.0's author is an e-mail address, often with the name in brackets: keep the name. */
function authorName(author: string | null): string | null {
  if (!author) return null;
  const m = /^\S+@\S+\s*\(([^)]+)\)$/.exec(author);
  return m ? m[1].trim() : author;
}
