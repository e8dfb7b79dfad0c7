// Helpers for language rules: run a pattern over the writer's prose (lead and body, after the
// dateline), skipping matches that start inside a direct quote: those are the speaker's words.
import type { RuleContext } from './types.ts';
import type { Paragraph } from '../model/article.ts';

export function isProseParagraph(p: Paragraph): boolean {
  return p.role === 'lead' || p.role === 'body';
}

export function* proseMatches(context: RuleContext, index: number, re: RegExp): Generator<RegExpExecArray> {
  const text = context.article.paragraphs[index].text;
  const from = context.textStart(index);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (context.inDirectQuote(index, m.index, m.index + m[0].length)) continue;
    yield m;
  }
}

/** Lower-cased text of one paragraph, computed once per run for every rule. */
export function paragraphLower(context: RuleContext, index: number): string {
  const cache = context.memo('paragraphLower', () => new Map<number, string>());
  let lower = cache.get(index);
  if (lower === undefined) {
    lower = context.article.paragraphs[index].text.toLowerCase();
    cache.set(index, lower);
  }
  return lower;
}

/** A pattern that finds any of `words` written as given: one pass, for a cheap test before costlier patterns. */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/**
 * A cheap test before a case-insensitive pattern (`/i`, `/iu`) every match of which holds one of
 * some lower-case ASCII words, given as `anyOf(words)`: false only when the pattern cannot match
 * the paragraph. Under `/iu` only `ſ` (U+017F) folds onto an ASCII letter that `toLowerCase` does
 * not give, so a paragraph holding it always goes to the pattern.
 */
export function mayMatchFolded(context: RuleContext, index: number, words: RegExp): boolean {
  return words.test(paragraphLower(context, index)) || context.article.paragraphs[index].text.includes('\u017f');
}
