// Find and replace over a story's text (headline and paragraphs): one pattern for the editor's
// find bar and for a replace over the whole inbox, with the whole-word and case options.
import type { Article } from '../model/article.ts';

export interface FindOptions {
  query: string;
  caseSensitive: boolean;
  wholeWord: boolean;
}

/** The search as a global regular expression; null for an empty query. */
export function findPattern(o: FindOptions): RegExp | null {
  if (!o.query) return null;
  const escaped = o.query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = o.wholeWord ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
  return new RegExp(body, `gu${o.caseSensitive ? '' : 'i'}`);
}

/** Every match replaced in the headline and each paragraph (roles and links kept); a new article. */
export function replaceInArticle(article: Article, o: FindOptions, replacement: string): { article: Article; count: number } {
  const re = findPattern(o);
  if (!re) return { article, count: 0 };
  let count = 0;
  const swap = (text: string) => text.replace(re, (m) => {
    if (!m) return m;
    count++;
    return replacement;
  });
  const headline = article.headline === null ? null : swap(article.headline);
  const paragraphs = article.paragraphs.map((p) => {
    const text = swap(p.text);
    return text === p.text ? p : { ...p, text };
  });
  return { article: count ? { ...article, headline, paragraphs } : article, count };
}
