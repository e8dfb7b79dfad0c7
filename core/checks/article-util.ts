// Small questions about an article's shape that several rules ask.
import type { Article } from '../model/article.ts';

/** Index of the lead paragraph: the first `lead`, else the first `body`; -1 when none. */
export function leadIndex(article: Article): number {
  let body = -1;
  for (let i = 0; i < article.paragraphs.length; i++) {
    const r = article.paragraphs[i].role;
    if (r === 'lead') return i;
    if (r === 'body' && body < 0) body = i;
  }
  return body;
}

export function isProse(role: string): boolean {
  return role === 'lead' || role === 'body';
}
