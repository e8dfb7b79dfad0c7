// The parser's word tokens of the article it made last, for the checks that usually run on that
// article next: they read the same words, and cutting them out again (new strings, lower case)
// was a good part of a check run. One article only, so nothing builds up; the paragraph objects
// and their texts must be the very ones parsed, else the checks tokenize afresh.
import type { Paragraph } from '../model/article.ts';
import type { Token } from './tokens.ts';

let lastParagraphs: readonly Paragraph[] = [];
let lastTexts: readonly string[] = [];
let lastTokens: ReadonlyArray<readonly Token[] | null> = [];

export function rememberTokens(paragraphs: readonly Paragraph[], tokens: ReadonlyArray<readonly Token[] | null>): void {
  lastParagraphs = paragraphs;
  lastTexts = paragraphs.map((p) => p.text);
  lastTokens = tokens;
}

/** The parser's tokens of `paragraph` (the `index`th of the article last parsed), or null. */
export function parsedTokens(paragraph: Paragraph, index: number): readonly Token[] | null {
  if (lastParagraphs[index] !== paragraph || lastTexts[index] !== paragraph.text) return null;
  return lastTokens[index] ?? null;
}
