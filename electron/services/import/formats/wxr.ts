// WordPress eXtended RSS: each item whose wp:post_type is `post` is a story. WordPress stores posts
// without <p> tags (it adds them on display, wpautop), so blank lines and line breaks in the text
// between tags become paragraph breaks here.

import type { Document, Element } from '@xmldom/xmldom';
import type { RawStory } from '../../../../core/model/article.ts';
import { toIsoDate } from '../dates.ts';
import { extractHtml } from '../html-extract.ts';
import { elementChildren, textOf } from '../xml.ts';
import { CONTENT_NS, DC_NS, htmlOf, nsChild, rssItems } from './rss.ts';

/** The namespace WordPress declares for `wp:` (its version varies: export/1.0/, 1.1/, 1.2/). */
export const WP_NS_PATTERN = /^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/?$/;

function wp(item: Element, localName: string): Element | null {
  for (const c of elementChildren(item, localName)) if (WP_NS_PATTERN.test(c.namespaceURI ?? '')) return c;
  return null;
}

/** Line breaks in text (never inside a tag) become <br>, which the HTML reader treats as a break. */
function autop(html: string): string {
  return html.split(/(<[^>]*>)/).map((part) => (part.startsWith('<') ? part : part.replace(/\r?\n/g, '<br>'))).join('');
}

function readPost(item: Element): RawStory {
  const html = htmlOf(nsChild(item, CONTENT_NS, 'encoded'));
  const extracted = html ? extractHtml(autop(html), { headline: false }) : { paragraphs: [], links: [] };
  const sections: string[] = [];
  const tags: string[] = [];
  for (const c of elementChildren(item, 'category')) {
    const name = textOf(c);
    if (!name) continue;
    if (c.getAttribute('domain') === 'post_tag') tags.push(name);
    else sections.push(name);
  }
  const meta = postMeta(item);
  const authors = elementChildren(item, 'creator').filter((c) => c.namespaceURI === DC_NS).map((c) => textOf(c)).filter((a): a is string => a !== null);
  return {
    format: 'wxr',
    headline: textOf(elementChildren(item, 'title')[0]),
    paragraphs: extracted.paragraphs,
    links: extracted.links,
    meta: {
      url: textOf(elementChildren(item, 'link')[0]),
      date: toIsoDate(textOf(wp(item, 'post_date_gmt')), { assumeUtc: true }) ?? toIsoDate(textOf(elementChildren(item, 'pubDate')[0])),
      section: sections[0] ?? null,
      tags: [...sections.slice(1), ...tags],
      authors,
      slug: textOf(wp(item, 'post_name')),
      ...metaFields(meta),
    },
    sourceId: textOf(elementChildren(item, 'guid')[0]) ?? textOf(wp(item, 'post_id')),
  };
}

/** The item's wp:postmeta as key → value. */
function postMeta(item: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const pm of elementChildren(item, 'postmeta')) {
    if (!WP_NS_PATTERN.test(pm.namespaceURI ?? '')) continue;
    const key = textOf(wp(pm, 'meta_key'));
    const value = textOf(wp(pm, 'meta_value'));
    if (key && value) out.set(key, value);
  }
  return out;
}

/** The CMS fields WordPress has no column for, as Meja writes them (`meja_*` post meta). */
function metaFields(meta: Map<string, string>): RawStory['meta'] {
  const out: RawStory['meta'] = {};
  const caption = meta.get('meja_caption');
  if (caption) out.caption = caption;
  const embargo = toIsoDate(meta.get('meja_embargo') ?? null);
  if (embargo) out.embargo = embargo;
  const urgency = Number(meta.get('meja_urgency'));
  if (urgency === 1 || urgency === 2) out.priority = urgency === 1 ? 'flash' : 'urgent';
  const correction = meta.get('meja_correction_of');
  if (correction) out.correctionOf = correction;
  return out;
}

export function readWxrDocument(doc: Document): RawStory[] {
  return rssItems(doc).filter((item) => textOf(wp(item, 'post_type')) === 'post').map(readPost);
}
