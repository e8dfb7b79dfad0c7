// Is a word an ordinary Indonesian word (`Penanaman`, `Modal`, `Tugas`)? A capitalised run made
// only of such words is an event or a body (`Sidang Paripurna`, `Gugus Tugas`), not a person.
// Uses sastrawi's root dictionary: the word itself, or its stem, is a root.
import { Stemmer } from 'sastrawijs';

const stemmer = new Stemmer() as unknown as { stem(w: string): string; find(w: string): boolean };
const cache = new Map<string, boolean>();
const CACHE_MAX = 50_000;

export function isCommonWord(lower: string): boolean {
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  let common = false;
  if (/^\p{Ll}{3,}$/u.test(lower)) common = stemmer.find(lower) || stemmer.find(stemmer.stem(lower));
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(lower, common);
  return common;
}
