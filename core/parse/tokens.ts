// Word tokens with their positions, and how a word looks (capitalised, acronym, common word).
import { isDerivedWord } from './common-words.ts';
import { NAMED_BODIES, NOT_NAME, ORG_HEADS, TITLE_WORDS, WORD_NAMES } from './lexicon.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;
const HAS_UPPER_ASCII = /[A-Z]/;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = TOKEN;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const t = m[0];
    let word = true;
    if (t.length === 1) {
      const c = t.charCodeAt(0);
      word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && WORD_CHAR.test(t));
    }
    // Lower-case ASCII words are their own lower form: no new string.
    const c0 = t.charCodeAt(0);
    const lower = !word || (c0 >= 97 && c0 <= 122 && !HAS_UPPER_ASCII.test(t)) ? t : t.toLowerCase();
    out.push({ text: t, lower, start: m.index, end: m.index + t.length, word });
  }
  re.lastIndex = 0;
  return out;
}

/** Per-article knowledge that tells names from common words. */
export interface WordContext {
  /** Does the article also write this word (given in lower case) in lower case? Then it is no name. */
  writtenLower(lower: string): boolean;
}

/**
 * Only capitalised words can be names, so only their lower-case forms are looked for among the
 * lower-case words, bucketed by first letter and length: no hashing of every word in the story.
 */
export function wordContext(tokens: ReadonlyArray<readonly Token[] | null>): WordContext {
  const wanted = new Map<number, string[]>();
  for (const list of tokens) {
    if (!list) continue;
    for (const t of list) {
      const c = t.text.charCodeAt(0);
      if (t.text.length > 2 && ((c >= 65 && c <= 90) || (c > 127 && UPPER_START.test(t.text)))) {
        const key = t.lower.charCodeAt(0) * 64 + Math.min(t.lower.length, 63);
        const bucket = wanted.get(key);
        if (!bucket) wanted.set(key, [t.lower]);
        else if (!bucket.includes(t.lower)) bucket.push(t.lower);
      }
    }
  }
  const found = new Set<string>();
  if (wanted.size > 0) {
    for (const list of tokens) {
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const t = list[k];
        const c = t.text.charCodeAt(0);
        if (t.text.length <= 2 || !((c >= 97 && c <= 122) || (c > 127 && LOWER_START.test(t.text)))) continue;
        if (inHandle(list, k)) continue;
        const bucket = wanted.get(c * 64 + Math.min(t.text.length, 63));
        if (bucket && bucket.includes(t.text)) found.add(t.text);
      }
    }
  }
  return { writtenLower: (lower) => found.has(lower) };
}

/**
 * `khofifah.ip`, `@budisantoso`: a social-media handle, written in lower case whatever the name.
 * A web address (`kunjungan.perpusnas.go.id`) still counts: bodies write their names so.
 */
function inHandle(list: readonly Token[], k: number): boolean {
  const prev = list[k - 1];
  if (prev && prev.end === list[k].start && prev.text === '@') return true;
  // The dotted chain the word is in, and its last segment.
  let a = k;
  while (a >= 2 && list[a - 1].text === '.' && list[a - 1].start === list[a - 2].end && list[a].start === list[a - 1].end && list[a - 2].word) a -= 2;
  let b = k;
  while (b + 2 < list.length && list[b + 1].text === '.' && list[b + 1].start === list[b].end && list[b + 2].start === list[b + 1].end && list[b + 2].word) b += 2;
  if (a === b) return false;
  return !WEB_ENDINGS.has(list[b].lower);
}

const WEB_ENDINGS = new Set(['id', 'com', 'org', 'net', 'co', 'go', 'ac', 'or', 'info', 'io', 'gov', 'edu', 'my', 'sg', 'html', 'php']);

export function isCapitalized(t: Token): boolean {
  return t.word && UPPER_START.test(t.text);
}

export function isAcronym(t: Token): boolean {
  return t.word && t.text.length >= 2 && !HAS_LOWER.test(t.text) && UPPER_START.test(t.text);
}

export function isTitleWord(t: Token): boolean {
  return t.word && TITLE_WORDS.has(t.lower);
}

/** A body named by one word (`Kemenkeu`, `Pertamina`): what follows it is not the body's name. */
export function isNamedBody(t: Token): boolean {
  return t.word && NAMED_BODIES.has(t.lower);
}

export function isOrgHead(t: Token): boolean {
  return t.word && (ORG_HEADS.has(t.lower) || NAMED_BODIES.has(t.lower));
}

/** `Berkali-kali`, `Sama-sama`, `Pelan-pelan`: a reduplicated word, never a name. */
const REDUPLICATED = /^\p{L}*?(\p{L}{3,})[-‐]\p{L}*\1$|^(\p{L}+)[-‐]\2/u;

/** A capitalised word that may be (part of) a person's name. */
export function isNameWord(t: Token, ctx: WordContext): boolean {
  if (!isCapitalized(t) || isAcronym(t) || t.text.length < 2) return false;
  const l = t.lower;
  if (TITLE_WORDS.has(l) || NOT_NAME.has(l) || ORG_HEADS.has(l) || NAMED_BODIES.has(l)) return false;
  // A word the story also writes in lower case is no name, unless it is a given name too (`Hari`).
  if (ctx.writtenLower(l) && !WORD_NAMES.has(l)) return false;
  return !/\d/.test(l) && !isDerivedWord(l) && !REDUPLICATED.test(l);
}

/** Particles inside names: `Ahmad bin Ali`, `Van der Sar`, `Al-Habsyi`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'da', 'dos', 'al', 'el', 'la']);
