// Word tokens with their positions, and how a word looks (capitalised, acronym, common word).
import { isDerivedWord } from './common-words.ts';
import { NOT_NAME, ORG_HEADS, TITLE_WORDS } from './lexicon.ts';

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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = TOKEN;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const t = m[0];
    const word = t.length > 1 || WORD_CHAR.test(t);
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, word });
  }
  re.lastIndex = 0;
  return out;
}

/** Per-article knowledge that tells names from common words. */
export interface WordContext {
  /** Words the article also writes in lower case: never a name. */
  lowercase: ReadonlySet<string>;
}

export function wordContext(tokens: ReadonlyArray<readonly Token[] | null>): WordContext {
  const lowercase = new Set<string>();
  for (const list of tokens) {
    if (!list) continue;
    for (const t of list) {
      const c = t.text.charCodeAt(0);
      // ASCII lower-case start covers Indonesian prose; other scripts fall back to the regex.
      if (t.text.length > 2 && ((c >= 97 && c <= 122) || (c > 127 && LOWER_START.test(t.text)))) lowercase.add(t.text);
    }
  }
  return { lowercase };
}

export function isCapitalized(t: Token): boolean {
  return t.word && UPPER_START.test(t.text);
}

export function isAcronym(t: Token): boolean {
  return t.word && t.text.length >= 2 && !HAS_LOWER.test(t.text) && UPPER_START.test(t.text);
}

export function isTitleWord(t: Token): boolean {
  return t.word && TITLE_WORDS.has(t.lower);
}

export function isOrgHead(t: Token): boolean {
  return t.word && ORG_HEADS.has(t.lower);
}

/** A capitalised word that may be (part of) a person's name. */
export function isNameWord(t: Token, ctx: WordContext): boolean {
  if (!isCapitalized(t) || isAcronym(t) || t.text.length < 2) return false;
  const l = t.lower;
  if (TITLE_WORDS.has(l) || NOT_NAME.has(l) || ORG_HEADS.has(l) || ctx.lowercase.has(l)) return false;
  return !/\d/.test(l) && !isDerivedWord(l);
}

/** Particles inside names: `Ahmad bin Ali`, `Van der Sar`, `Al-Habsyi`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'da', 'dos', 'al', 'el', 'la']);
