// Atom (RFC 4287): each entry a story. content (else summary) as html, xhtml or text; the
// alternate link; published (else updated); category terms; author names.

import type { Document, Element } from '@xmldom/xmldom';
import type { RawStory } from '../../../../core/model/article.ts';
import { splitOnBlankLines } from '../../../../core/text/html-paragraphs.ts';
import { toIsoDate } from '../dates.ts';
import { domText } from '../dom-text.ts';
import { extractHtml } from '../html-extract.ts';
import { elementChildren, firstChild, textOf } from '../xml.ts';

function body(el: Element | null): { paragraphs: string[]; links: { title: string; url: string }[] } {
  if (!el) return { paragraphs: [], links: [] };
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const div = elementChildren(el)[0];
    return div ? domText(div) : { paragraphs: [], links: [] };
  }
  const text = el.textContent ?? '';
  if (type === 'html' || type === 'text/html') return extractHtml(text, { headline: false });
  return { paragraphs: splitOnBlankLines(text), links: [] };
}

function titleOf(el: Element | null): string | null {
  if (!el) return null;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'html') return extractHtml(el.textContent ?? '', { headline: false }).paragraphs.join(' ') || null;
  return textOf(el);
}

function readEntry(entry: Element): RawStory {
  const extracted = body(firstChild(entry, 'content') ?? firstChild(entry, 'summary'));
  const links = elementChildren(entry, 'link');
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const categories = elementChildren(entry, 'category').map((c) => c.getAttribute('label') || c.getAttribute('term') || '').filter((c) => c !== '');
  const authors = elementChildren(entry, 'author').map((a) => textOf(firstChild(a, 'name'))).filter((a): a is string => a !== null);
  return {
    format: 'atom',
    headline: titleOf(firstChild(entry, 'title')),
    paragraphs: extracted.paragraphs,
    links: extracted.links,
    meta: {
      url: alternate?.getAttribute('href') || null,
      date: toIsoDate(textOf(firstChild(entry, 'published')) ?? textOf(firstChild(entry, 'updated'))),
      section: categories[0] ?? null,
      tags: categories,
      authors,
    },
    sourceId: textOf(firstChild(entry, 'id')),
  };
}

export function readAtomDocument(doc: Document): RawStory[] {
  const feed = doc.documentElement;
  if (!feed) return [];
  if (feed.localName === 'entry') return [readEntry(feed)];
  return elementChildren(feed, 'entry').map(readEntry);
}
