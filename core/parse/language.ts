// Language of the copy ('id' or 'en') by counting a few stop words of each.
import { ENGLISH_STOP, INDONESIAN_STOP } from './lexicon.ts';

/** Enough text to decide; long stories need not be read to the end. */
const SAMPLE = 1000;

function alternation(words: ReadonlySet<string>): RegExp {
  return new RegExp(`(?<![A-Za-z])(?:${[...words].join('|')})(?![A-Za-z])`, 'gi');
}

const ID = alternation(INDONESIAN_STOP);
const EN = alternation(ENGLISH_STOP);

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  re.lastIndex = 0;
  return n;
}

export function detectLanguage(text: string): 'id' | 'en' {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  return count(EN, sample) > count(ID, sample) ? 'en' : 'id';
}
