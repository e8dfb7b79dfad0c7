// An .html file (or the clipboard's HTML): paragraphs of text, links kept, the first h1 as headline.
// Text only: nothing is rendered and script, style, iframes and hidden content are dropped.

import type { RawStory } from '../../../../core/model/article.ts';
import { extractHtml } from '../html-extract.ts';

export function readHtml(html: string, format = 'html'): RawStory[] {
  const extracted = extractHtml(html);
  const meta: RawStory['meta'] = {};
  const canonical = /<link\b[^>]*rel=["']canonical["'][^>]*href=["'](https?:\/\/[^"']+)["']/i.exec(html);
  if (canonical) meta.url = canonical[1];
  return [{
    format,
    headline: extracted.headline,
    paragraphs: extracted.paragraphs,
    links: extracted.links,
    meta,
  }];
}
