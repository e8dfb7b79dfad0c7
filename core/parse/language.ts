// Language of the copy ('id' or 'en') by counting a few stop words of each.
import { ENGLISH_STOP, INDONESIAN_STOP } from './lexicon.ts';

/** Enough text to decide; long stories need not be read to the end. */
export const LANGUAGE_SAMPLE = 1000;

const LONGEST = Math.max(...[...ENGLISH_STOP, ...INDONESIAN_STOP].map((w) => w.length));

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * A stop word counts where it is a whole run of ASCII letters, in any case (`Yang`, `THE`): what
 * `(?<![A-Za-z])(?:yang|dan|…)(?![A-Za-z])` with the `gi` flags matched. One pass over the sample
 * for both languages.
 */
export function detectLanguage(text: string): 'id' | 'en' {
  const end = Math.min(text.length, LANGUAGE_SAMPLE);
  let en = 0;
  let id = 0;
  let i = 0;
  while (i < end) {
    if (!isAsciiLetter(text.charCodeAt(i))) { i++; continue; }
    let j = i + 1;
    while (j < end && isAsciiLetter(text.charCodeAt(j))) j++;
    if (j - i <= LONGEST) {
      const word = text.slice(i, j).toLowerCase();
      if (ENGLISH_STOP.has(word)) en++;
      if (INDONESIAN_STOP.has(word)) id++;
    }
    i = j;
  }
  return en > id ? 'en' : 'id';
}
