// Is a word an ordinary Indonesian word (`Penanaman`, `Modal`, `Tugas`)? A capitalised run made
// only of such words is an event or a body (`Sidang Paripurna`, `Gugus Tugas`), not a person.
// Uses sastrawi's root dictionary: the word itself, or its stem, is a root.
import { Stemmer } from 'sastrawijs';
import { WordTable } from '../text/word-table.ts';

const stemmer = new Stemmer() as unknown as { stem(w: string): string; find(w: string): boolean };
// The answers by word (1 yes, 0 no), in word tables: asked with the hash the tokenizer worked out,
// so a story's new strings are neither hashed again nor chased through a Map's buckets.
const cache = new WordTable();
const CACHE_MAX = 50_000;

/** `hash`: FNV-1a of `lower` when known (a token's), else 0. */
export function isCommonWord(lower: string, hash = 0): boolean {
  const hit = cache.get(lower, hash);
  if (hit >= 0) return hit === 1;
  let common = false;
  if (/^\p{Ll}{3,}$/u.test(lower)) {
    if (stemmer.find(lower)) common = true;
    else {
      const stem = stemmer.stem(lower);
      common = stem !== lower && affixedForm(lower, stem) && stemmer.find(stem);
    }
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(lower, common ? 1 : 0);
  return common;
}

// The stemmer strips what it can from any word, names too (`Minola` → `mola`, `Sebayang` →
// `bayang`): only a stem left by a real prefix or suffix makes the word an ordinary one.
const PREFIXES = new Set(['me', 'mem', 'men', 'meng', 'meny', 'pe', 'pem', 'pen', 'peng', 'peny', 'per', 'ber', 'be', 'bel',
  'ter', 'te', 'di', 'ke', 'memper', 'diper', 'ku', 'kau']);
const SUFFIXES = new Set(['kan', 'an', 'i', 'nya', 'lah', 'kah', 'pun', 'ku', 'mu']);

function affixedForm(lower: string, stem: string): boolean {
  const at = lower.indexOf(stem);
  // `menulis` → `tulis`: a nasal prefix swallows the stem's first letter.
  if (at < 0) return /^(?:me|pe)/.test(lower);
  const before = lower.slice(0, at);
  const after = lower.slice(at + stem.length);
  if (before && !PREFIXES.has(before) && !/^(?:me|pe|di|ber|ter|ke)/.test(before)) return false;
  return !after || SUFFIXES.has(after) || /^(?:kan|an|i)(?:nya|lah|kah|pun|ku|mu)$/.test(after);
}

const SUFFIXED = /^\p{Ll}{3,}(?:an|kan|nya)$/u;
const PREFIXED = /^(?:pe|ke|me|be|di|te)\p{Ll}{6,}$/u;
const derivedCache = new WordTable();

// The regexes only after a cheap look at the word's ends (most words have neither affix).
function mayBeSuffixed(lower: string): boolean {
  return (lower.endsWith('an') || lower.endsWith('nya')) && SUFFIXED.test(lower);
}

function mayBePrefixed(lower: string): boolean {
  if (lower.length < 8) return false;
  const c = lower.charCodeAt(0);
  // pe ke me be di te
  return (c === 112 || c === 107 || c === 109 || c === 98 || c === 100 || c === 116) && PREFIXED.test(lower);
}

/**
 * A derived word (`Percepatan`, `Kajian`, `Penyakit`): an affixed form of a root. Names are seldom
 * such words, while roots often are names (`Teguh`, `Budi`), so only these are excluded. Short
 * prefixed words are left alone: `Permana`, `Mentari` are names.
 */
export function isDerivedWord(lower: string, hash = 0): boolean {
  if (!mayBeSuffixed(lower) && !mayBePrefixed(lower)) return false;
  const hit = derivedCache.get(lower, hash);
  if (hit >= 0) return hit === 1;
  const stem = stemmer.stem(lower);
  const derived = stem !== lower && stem.length <= lower.length - 3 && stemmer.find(stem);
  if (derivedCache.size >= CACHE_MAX) derivedCache.clear();
  derivedCache.set(lower, derived ? 1 : 0);
  return derived;
}
