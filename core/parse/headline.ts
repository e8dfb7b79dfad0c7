// A headline at the top of pasted copy: taken only when it is clearly one (a short line with no
// closing punctuation, followed by the dateline or by real paragraphs), never a lead without a period.
import { isTitleLike, lineRole } from './roles.ts';

const MAX_WORDS = 18;
// Right above a dateline a title-like line is the headline however long: an over-long headline is
// structure/headline-too-long's finding, not a missing one.
const MAX_WORDS_ABOVE_DATELINE = 45;
const MAX_CHARS_ABOVE_DATELINE = 320;
const SENTENCE_END = /[.!?]["”’)]?$/;

export function isHeadline(paragraphs: readonly string[], nextHasDateline: boolean): boolean {
  if (paragraphs.length < 2) return false;
  const first = paragraphs[0];
  if (lineRole(first) !== null) return false;
  const words = first.split(/\s+/).length;
  if (nextHasDateline && isTitleLike(first, MAX_CHARS_ABOVE_DATELINE)) return words >= 2 && words <= MAX_WORDS_ABOVE_DATELINE;
  if (!isTitleLike(first)) return false;
  if (words < 2 || words > MAX_WORDS) return false;
  if (nextHasDateline) return true;
  // Without a dateline below it: the next paragraphs must be prose, clearly longer than the line.
  if (paragraphs.length < 3) return false;
  const second = paragraphs[1];
  return second.length >= first.length * 2 && SENTENCE_END.test(second) && /^\p{Lu}/u.test(first);
}
