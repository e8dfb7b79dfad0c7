// Language of the copy ('id' or 'en') by counting a few stop words of each.
import { ENGLISH_STOP, INDONESIAN_STOP } from './lexicon.ts';

/** Enough text to decide; long stories need not be read to the end. */
export const LANGUAGE_SAMPLE = 1000;

const EN = 1;
const ID = 2;

/**
 * The stop words by their first letter and length, each with the languages it counts for: a word
 * of the sample is compared in place, not cut out, lower-cased and hashed.
 */
const LONGEST = Math.max(...[...ENGLISH_STOP, ...INDONESIAN_STOP].map((w) => w.length));
const STOP_WORDS: Array<Array<[string, number]> | undefined> = new Array<Array<[string, number]> | undefined>(26 * (LONGEST + 1)).fill(undefined);
for (const [words, lang] of [[ENGLISH_STOP, EN], [INDONESIAN_STOP, ID]] as const) {
  for (const w of words) {
    const bucket = (STOP_WORDS[stopKey(w.charCodeAt(0), w.length)] ??= []);
    const entry = bucket.find((e) => e[0] === w);
    if (entry) entry[1] |= lang;
    else bucket.push([w, lang]);
  }
}

/** The bucket of words with this (lower-case ASCII) first letter and length. */
function stopKey(first: number, length: number): number {
  return (first - 97) * (LONGEST + 1) + length;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The languages whose stop word text[from, to) is, in any case (the run is ASCII letters). */
function stopWordOf(text: string, from: number, to: number): number {
  const bucket = STOP_WORDS[stopKey(text.charCodeAt(from) | 32, to - from)];
  if (!bucket) return 0;
  for (const [w, lang] of bucket) {
    let k = 1;
    while (k < w.length && (text.charCodeAt(from + k) | 32) === w.charCodeAt(k)) k++;
    if (k === w.length) return lang;
  }
  return 0;
}

/** Counts of stop words in text[0, end): [English, Indonesian]. */
function countStopWords(text: string, end: number, counts: [number, number]): void {
  let i = 0;
  while (i < end) {
    if (!isAsciiLetter(text.charCodeAt(i))) { i++; continue; }
    let j = i + 1;
    while (j < end && isAsciiLetter(text.charCodeAt(j))) j++;
    if (j - i <= LONGEST) {
      const lang = stopWordOf(text, i, j);
      if (lang & EN) counts[0]++;
      if (lang & ID) counts[1]++;
    }
    i = j;
  }
}

/**
 * A stop word counts where it is a whole run of ASCII letters, in any case (`Yang`, `THE`): what
 * `(?<![A-Za-z])(?:yang|dan|…)(?![A-Za-z])` with the `gi` flags matched. One pass over the sample
 * for both languages.
 */
export function detectLanguage(text: string): 'id' | 'en' {
  const counts: [number, number] = [0, 0];
  countStopWords(text, Math.min(text.length, LANGUAGE_SAMPLE), counts);
  return counts[0] > counts[1] ? 'en' : 'id';
}

/**
 * The language of paragraphs, as detectLanguage reads them joined by line breaks: each is read in
 * place (a word never runs over the break), up to where the joined sample would end.
 */
export function detectLanguageOf(paragraphs: readonly string[]): 'id' | 'en' {
  const counts: [number, number] = [0, 0];
  let at = 0;
  for (const p of paragraphs) {
    if (at >= LANGUAGE_SAMPLE) break;
    countStopWords(p, Math.min(p.length, LANGUAGE_SAMPLE - at), counts);
    at += p.length + 1;
  }
  return counts[0] > counts[1] ? 'en' : 'id';
}
