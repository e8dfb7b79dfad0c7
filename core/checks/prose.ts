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
