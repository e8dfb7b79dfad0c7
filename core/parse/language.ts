// Language of the copy ('id' or 'en') by counting a few stop words of each.
import { ENGLISH_STOP, INDONESIAN_STOP } from './lexicon.ts';

const WORD = /[a-z]+/g;
/** Enough text to decide; long stories need not be read to the end. */
const SAMPLE = 4000;

export function detectLanguage(text: string): 'id' | 'en' {
  let id = 0;
  let en = 0;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (INDONESIAN_STOP.has(w)) id++;
    else if (ENGLISH_STOP.has(w)) en++;
  }
  return en > id ? 'en' : 'id';
}
