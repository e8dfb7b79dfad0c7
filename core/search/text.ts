// Text normalisation shared by the archive index and its queries: the same folding and stemming
// must run on both sides, or `mengatakan` would never meet `kata`.
import { Stemmer } from 'sastrawijs';

const stemmer = new Stemmer();
/** Stems recur endlessly in news copy; a cache turns sastrawi's rule cascade into a Map lookup. */
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 300_000;

/** Lower-case and strip diacritics (`Café` → `cafe`), as FTS5's `remove_diacritics 2` does. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Words of a text, folded, in order. Hyphenated words (`teknik-teknik`) split into parts. */
export function words(text: string): string[] {
  const f = fold(text);
  // The same split as WORD_RE; plain ASCII (most wire copy) takes the faster class.
  return (/^[\x00-\x7f]*$/.test(f) ? f.match(/[a-z0-9]+/g) : f.match(WORD_RE)) ?? [];
}

/** Words with their positions in the ORIGINAL text (for highlighting). */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ word: fold(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The sastrawi stem of one folded word. Digits and very short words are kept as they are. */
export function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  let s = word;
  if (word.length > 3 && !/\d/.test(word)) {
    s = stemmer.stem(word) || word;
  }
  if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

/** The stemmed copy of a text that the index holds: stems separated by single spaces. */
export function stemText(text: string): string {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) ws[i] = stem(ws[i]);
  return ws.join(' ');
}
