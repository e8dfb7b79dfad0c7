// Helpers for language rules: run a pattern over the writer's prose (lead and body, after the
// dateline), skipping matches that start inside a direct quote: those are the speaker's words.
import type { RuleContext } from './types.ts';
import type { Paragraph } from '../model/article.ts';
import { INFORMAL_SHORT_MAP } from './lexicon.ts';
import { lowerOf } from './text.ts';
import { hashFilter, mayHoldHash } from '../text/word-table.ts';

export function isProseParagraph(p: Paragraph): boolean {
  return p.role === 'lead' || p.role === 'body';
}

export function* proseMatches(context: RuleContext, index: number, re: RegExp): Generator<RegExpExecArray> {
  const text = context.article.paragraphs[index].text;
  const from = context.textStart(index);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (context.inDirectQuote(index, m.index, m.index + m[0].length)) continue;
    yield m;
  }
}

/** Lower-cased text of one paragraph, computed once per run for every rule. */
export function paragraphLower(context: RuleContext, index: number): string {
  return lowerOf(context.memo, context.article.paragraphs[index].text, index);
}

/** What a word must look like to be a key of `keys`: its first letters and length (a cheap test before a lookup). */
export interface KeyShape {
  /** 1 at the code unit of each key's first letter. */
  firsts: Uint8Array;
  /** 1 at `c0 << 7 | c1` for each key's first two code units, when both are ASCII. */
  pairs: Uint8Array;
  /** At `c0 << 7 | c1` as in `pairs`: bit `min(length, 31)` for the length of each key so begun. */
  pairLengths: Uint32Array;
  /** 1 at the code unit of each key's last letter. */
  lasts: Uint8Array;
  min: number;
  max: number;
}

const shapes = new WeakMap<object, KeyShape>();

/** The shape of the keys of a map (computed once per map; the maps given here are not changed after). */
export function keyShape(keys: ReadonlyMap<string, unknown>): KeyShape {
  let s = shapes.get(keys);
  if (!s) {
    const firsts = new Uint8Array(0x10000);
    const pairs = new Uint8Array(128 * 128);
    const pairLengths = new Uint32Array(128 * 128);
    const lasts = new Uint8Array(0x10000);
    let min = Infinity;
    let max = -1;
    for (const k of keys.keys()) {
      firsts[k.charCodeAt(0)] = 1;
      if (k.length > 0) lasts[k.charCodeAt(k.length - 1)] = 1;
      if (k.length >= 2 && k.charCodeAt(0) < 128 && k.charCodeAt(1) < 128) {
        const pair = (k.charCodeAt(0) << 7) | k.charCodeAt(1);
        pairs[pair] = 1;
        pairLengths[pair] |= 1 << Math.min(k.length, 31);
      }
      if (k.length < min) min = k.length;
      if (k.length > max) max = k.length;
    }
    s = { firsts, pairs, pairLengths, lasts, min, max };
    shapes.set(keys, s);
  }
  return s;
}

/** Whether `word` can be a key of the map `shape` describes. */
export function mayBeKey(shape: KeyShape, word: string): boolean {
  if (word.length < shape.min || word.length > shape.max) return false;
  const c0 = word.charCodeAt(0);
  if (shape.firsts[c0] !== 1) return false;
  if (word.length < 2) return true;
  // A key ends as the word does.
  if (shape.lasts[word.charCodeAt(word.length - 1)] !== 1) return false;
  // Two ASCII letters can only begin a key that begins with them, and has the word's length.
  const c1 = word.charCodeAt(1);
  if (c0 >= 128 || c1 >= 128) return true;
  const pair = (c0 << 7) | c1;
  return shape.pairs[pair] === 1 && (shape.pairLengths[pair] & (1 << Math.min(word.length, 31))) !== 0;
}

/** `mayBeKey(shape, s.slice(start, start + length))`, read in `s` itself. */
export function mayBeKeyAt(shape: KeyShape, s: string, start: number, length: number): boolean {
  if (length < shape.min || length > shape.max) return false;
  const c0 = s.charCodeAt(start);
  if (shape.firsts[c0] !== 1) return false;
  if (length < 2) return true;
  if (shape.lasts[s.charCodeAt(start + length - 1)] !== 1) return false;
  const c1 = s.charCodeAt(start + 1);
  if (c0 >= 128 || c1 >= 128) return true;
  const pair = (c0 << 7) | c1;
  return shape.pairs[pair] === 1 && (shape.pairLengths[pair] & (1 << Math.min(length, 31))) !== 0;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that finds any of `words` written as given: one pass, for a cheap test before costlier
 * patterns. The words are grouped by first letter (`s(?:umber|eksual)|k(?:abar|onon)`): it matches
 * where the flat alternation does, and each place is ruled out by one letter, not by every word.
 */
export function anyOf(words: readonly string[]): RegExp {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    const rest = byFirst.get(w[0] ?? '');
    if (rest) rest.push(w.slice(1));
    else byFirst.set(w[0] ?? '', [w.slice(1)]);
  }
  const groups: string[] = [];
  for (const [first, rest] of byFirst) {
    // An empty word matches anywhere: kept as the flat alternation has it.
    if (first === '' || rest.includes('')) groups.push(...rest.map((r) => escape(first + r)));
    else groups.push(escape(first) + (rest.length === 1 ? escape(rest[0]) : `(?:${rest.map(escape).join('|')})`));
  }
  return new RegExp(groups.join('|'));
}

/** Lower-case ASCII words for `mayMatchFolded`, made by `foldedWords` only: their places in `allFolded`. */
export interface FoldedWords {
  readonly ids: readonly number[];
}

// Every word any rule gave `foldedWords`: one pass of one pattern finds which a paragraph holds.
const allFolded: string[] = [];
let allFoldedRe: RegExp | null = null;

export function foldedWords(words: readonly string[]): FoldedWords {
  const ids: number[] = [];
  for (const w of words) {
    let id = allFolded.indexOf(w);
    if (id < 0) id = allFolded.push(w) - 1;
    ids.push(id);
  }
  allFoldedRe = null;
  return { ids };
}

/**
 * Which of `allFolded` occur in `lower` (1 at their places), or null for none. The pattern finds
 * each place where some word starts (the search goes on one past each), and every word is tried
 * there, so words that overlap or share a start are all found.
 */
function foldedIn(lower: string): Uint8Array | null {
  allFoldedRe ??= new RegExp(anyOf(allFolded).source, 'g');
  const re = allFoldedRe;
  let present: Uint8Array | null = null;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower))) {
    present ??= new Uint8Array(allFolded.length);
    // Only a word starting with the letter found can start here: the rest need no `startsWith`.
    const c = lower.charCodeAt(m.index);
    for (let id = 0; id < allFolded.length; id++) if (allFolded[id].charCodeAt(0) === c && lower.startsWith(allFolded[id], m.index)) present[id] = 1;
    re.lastIndex = m.index + 1;
  }
  return present;
}

// New per-paragraph caches (one function for every call: no closure made per call).
const newFoldedCache = (): (Uint8Array | null)[] => [];
const newClassCache = (): WordClasses[] => [];

/**
 * A cheap test before a case-insensitive pattern (`/i`, `/iu`) every match of which holds one of
 * some lower-case ASCII words, given as `foldedWords(words)`: false only when the pattern cannot
 * match the paragraph. Under `/iu` only `ſ` (U+017F) folds onto an ASCII letter that
 * `toLowerCase` does not give, so a paragraph holding it always goes to the pattern.
 */
export function mayMatchFolded(context: RuleContext, index: number, words: FoldedWords): boolean {
  if (context.article.paragraphs[index].text.includes('\u017f')) return true;
  const cache = context.memo('foldedIn', newFoldedCache);
  let present = cache[index];
  if (present === undefined) {
    present = foldedIn(paragraphLower(context, index));
    cache[index] = present;
  }
  if (present === null) return false;
  for (const id of words.ids) if (present[id] === 1) return true;
  return false;
}

/**
 * Where in one paragraph's words (indices into `context.tokens`, in order) the word rules that
 * look for a few shapes of word find them: one pass over the words, shared by those rules.
 */
export interface WordClasses {
  /** Lower case starts `di`. */
  di: number[];
  /** Lower case is `para`. */
  para: number[];
  /** Lower case starts `me` or `pe`, seven letters or more. */
  mePe: number[];
  /** May be an informal short form (`menhan`), or starts A–Z with 3 to 6 letters. */
  acronymish: number[];
}

/** The informal short forms' hashFilter: a word whose parser hash has no bit is none of them. */
let informalFilter: Int32Array | null = null;

export function wordClasses(context: RuleContext, index: number): WordClasses {
  const cache = context.memo('wordClasses', newClassCache);
  let c = cache[index];
  if (c === undefined) {
    c = { di: [], para: [], mePe: [], acronymish: [] };
    const tokens = context.tokens(index);
    const informal = keyShape(INFORMAL_SHORT_MAP);
    informalFilter ??= hashFilter(INFORMAL_SHORT_MAP.keys());
    const filter = informalFilter;
    const text = context.article.paragraphs[index].text;
    const lower = paragraphLower(context, index);
    // Read from the paragraph's two flat strings by offset, not from each word's own strings (as
    // many as there are words, spread over the heap), when the lower case lines up with the text.
    if (lower.length === text.length && !text.includes('\u03a3')) {
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const s = t.start;
        const len = t.end - s;
        const l0 = lower.charCodeAt(s);
        const l1 = len > 1 ? lower.charCodeAt(s + 1) : NaN;
        if (l0 === 100 && l1 === 105) c.di.push(i);
        else if (len === 4 && l0 === 112 && l1 === 97 && lower.charCodeAt(s + 2) === 114 && lower.charCodeAt(s + 3) === 97) c.para.push(i);
        if ((l0 === 109 || l0 === 112) && l1 === 101 && len >= 7) c.mePe.push(i);
        const t0 = text.charCodeAt(s);
        // A word the hash rules out is no informal form: its user (acronym-first-use) asks the
        // map of the words given, so only the words it passes over are left out.
        if (((t.hash === 0 || mayHoldHash(filter, t.hash)) && mayBeKeyAt(informal, lower, s, len)) || (t0 >= 65 && t0 <= 90 && len >= 3 && len <= 6)) c.acronymish.push(i);
      }
      cache[index] = c;
      return c;
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const l = t.lower;
      const l0 = l.charCodeAt(0);
      const l1 = l.charCodeAt(1);
      if (l0 === 100 && l1 === 105) c.di.push(i);
      else if (l === 'para') c.para.push(i);
      if ((l0 === 109 || l0 === 112) && l1 === 101 && l.length >= 7) c.mePe.push(i);
      const t0 = t.text.charCodeAt(0);
      if (mayBeKey(informal, l) || (t0 >= 65 && t0 <= 90 && t.text.length >= 3 && t.text.length <= 6)) c.acronymish.push(i);
    }
    cache[index] = c;
  }
  return c;
}
