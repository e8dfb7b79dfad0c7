// Text helpers the rules share: words with sentence starts and quote membership, sentences,
// Indonesian numbers. Kept here so a story is tokenized once per run, not once per rule.
import { lowerIsExact } from '../parse/tokens.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First word of a sentence (capitals there say nothing about names). */
  sentenceStart: boolean;
  /** Inside a direct quote: the speaker's words, which language rules leave alone. */
  inQuote: boolean;
  /**
   * The FNV-1a hash of `lower` (over its UTF-16 code units) when the parser worked it out already,
   * else 0: word tables keyed by the same hash (WordTable) need not hash the word again.
   */
  hash: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+|,\d+)*/gu;
const QUOTE_MARK = /["“”„]/g;

export type Range = readonly [number, number];

/** Quote spans found in the text itself (a safety net beside the parser's quotes). */
export function scanQuoteSpans(text: string): Range[] {
  const out: Range[] = [];
  let open = -1;
  QUOTE_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_MARK.exec(text))) {
    const i = m.index;
    if (open < 0) open = i;
    else {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  // A quote left open runs to the end of the paragraph (it continues in the next one).
  if (open >= 0) out.push([open, text.length]);
  return out;
}

export function inRanges(ranges: readonly Range[], start: number, end = start + 1): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (start < r[1] && end > r[0]) return true;
  }
  return false;
}

function isSentenceEnd(text: string, i: number): boolean {
  // Walk back over closing quotes, brackets and spaces to the punctuation before them.
  let j = i - 1;
  while (j >= 0) {
    const c = text.charCodeAt(j);
    // space, tab, newline, nbsp, " ' ) ] “ ” ’
    if (c === 32 || c === 9 || c === 10 || c === 160 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201c || c === 0x201d || c === 0x2019) j--;
    else break;
  }
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  if (c === 63 || c === 33) return true; // ? !
  if (c !== 46) return false; // .
  // "Jl." or "dr." or an initial "A." does not end a sentence.
  let k = j - 1;
  while (k >= 0 && k > j - 8 && isLetter(text.charCodeAt(k))) k--;
  const word = text.slice(k + 1, j);
  if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
}

const ABBREVIATIONS = new Set(['jl', 'dr', 'drs', 'ir', 'prof', 'no', 'hlm', 'dll', 'dsb', 'tsb', 'st', 'h', 'hj', 'kh', 'kol', 'brigjen', 'mayjen', 'letjen', 'jend', 'sdr', 'bpk', 'ny', 'tn', 'kec', 'kab', 'prov', 'mr', 'mrs', 'ms', 'vs', 'jr', 'sr', 'inc', 'co', 'ltd', 'tbk', 'pt']);

/** `ranges` sorted and merged where they overlap, or null when one is empty (then ask `inRanges`). */
function mergedRanges(ranges: readonly Range[]): [number, number][] | null {
  const sorted: [number, number][] = [];
  for (const r of ranges) {
    if (!(r[0] < r[1])) return null;
    sorted.push([r[0], r[1]]);
  }
  sorted.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) { if (r[1] > last[1]) last[1] = r[1]; } else out.push(r);
  }
  return out;
}

/** A new per-paragraph cache (one function for every call: no closure made per call). */
const newLowerCache = (): string[] => [];

/** Lower-cased paragraph texts of one run, in the run's memo under this key (shared by the engine and the rules). */
export const LOWER_MEMO = 'paragraphLower';

export function lowerOf(memo: <T>(key: string, compute: () => T) => T, text: string, p: number): string {
  // By paragraph index (an array: asked for every paragraph by several rules).
  const cache = memo(LOWER_MEMO, newLowerCache);
  let lower = cache[p];
  if (lower === undefined) {
    lower = text.toLowerCase();
    cache[p] = lower;
  }
  return lower;
}

/**
 * `lowerText` (the text lower-cased whole), when each word's lower case can be cut from it:
 * the same length (nothing grew, as `İ` does) and no `Σ` (whose lower case hangs on what follows).
 */
function lowerSource(text: string, lowerText: string | undefined): string | null {
  if (lowerText === undefined || lowerText.length !== text.length || text.includes('\u03a3')) return null;
  return lowerText;
}

// What each UTF-16 code unit is to `WORD`, filled in as met: 0 not yet known, 1 a letter or
// number (`[\p{L}\p{N}]`), 2 anything else, 3 half of a surrogate pair (left to the pattern).
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const unitClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) classOf(c);

function classOf(c: number): number {
  let k = unitClass[c];
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 3 : LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    unitClass[c] = k;
  }
  return k;
}

/**
 * The words of `text` from `from`: the matches of `WORD`, found by a walk over the code units
 * (no regex, no strings but the words). A text holding a surrogate pair goes to the pattern
 * (letters outside the BMP). The pattern never backtracks usefully (a letter run ends where no letter follows, a joiner needs a letter or
 * digit after it), so a greedy walk finds its matches.
 */
export function tokenize(text: string, from: number, quotes: readonly Range[], lowerText?: string): Token[] {
  const out: Token[] = [];
  const lowered = lowerSource(text, lowerText);
  // Words come in order, so one walk over the merged quote ranges answers `inRanges` for each.
  const merged = quotes.length > 0 ? mergedRanges(quotes) : null;
  let q = 0;
  const n = text.length;
  let i = from;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k !== 1) {
      if (k === 3) return tokenizeByPattern(text, from, quotes, lowerText);
      i++;
      continue;
    }
    const start = i;
    // Whether the word is ASCII without capitals: then it is its own lower case.
    let plain = true;
    // Whether a run of letters and numbers comes next (not after `,\d+`, which ends on digits).
    let letters = true;
    for (;;) {
      // [\p{L}\p{N}]+
      if (letters) {
        for (; i < n; i++) {
          const c = text.charCodeAt(i);
          if (c < 128) {
            if (unitClass[c] !== 1) break;
            if (c <= 90 && c >= 65) plain = false;
          } else if (classOf(c) === 1) plain = false;
          else break;
        }
      }
      // (?:[-'’.][\p{L}\p{N}]+|,\d+)*
      if (i + 1 >= n) break;
      const c = text.charCodeAt(i);
      const d = text.charCodeAt(i + 1);
      if ((c === 45 || c === 39 || c === 0x2019 || c === 46) && classOf(d) === 1) {
        i++;
        letters = true;
      } else if (c === 44 && d >= 48 && d <= 57) {
        i += 2;
        while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
        letters = false;
      } else break;
    }
    const end = i;
    const word = text.slice(start, end);
    const sentenceStart = out.length === 0 || isSentenceEnd(text, start);
    let inQuote = false;
    if (merged) {
      while (q < merged.length && merged[q][1] <= start) q++;
      inQuote = q < merged.length && merged[q][0] < end;
    } else if (quotes.length > 0) inQuote = inRanges(quotes, start, end);
    const lower = plain ? word : lowered !== null ? lowered.slice(start, end) : word.toLowerCase();
    out.push({ text: word, lower, start, end, sentenceStart, inQuote, hash: 0 });
  }
  return out;
}

/** A word or mark as the parser's tokenizer gives it: `[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\S`. */
export interface ParsedToken {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  readonly kind: number;
  /** FNV-1a of `lower`. */
  readonly hash: number;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Whether the code unit is an ASCII digit (`\d` of `WORD`). */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `tokenize(text, from, quotes, lowerText)` made from the parser's tokens of the same text (`parsed`):
 * its words, joined where `WORD` joins more (`.` before a letter or digit, `,` before digits), keep
 * their strings, so no word is cut or lower-cased again. Null when the two cannot be matched up
 * cheaply (a surrogate pair, `from` inside a word, `2,5juta`): then `tokenize` answers.
 */
export function tokensFromParsed(text: string, from: number, quotes: readonly Range[], lowerText: string | undefined, parsed: readonly ParsedToken[]): Token[] | null {
  if (SURROGATE.test(text)) return null;
  const out: Token[] = [];
  const lowered = lowerSource(text, lowerText);
  const merged = quotes.length > 0 ? mergedRanges(quotes) : null;
  let q = 0;
  const n = parsed.length;
  for (let i = 0; i < n; i++) {
    const t = parsed[i];
    if (!t.word) continue;
    const start = t.start;
    if (start < from) {
      if (t.end > from) return null;
      continue;
    }
    let end = t.end;
    let last = i;
    // `WORD` goes on past `.` + a letter or digit, and past `,` + digits (then a joiner or its end).
    for (;;) {
      const sep = parsed[last + 1];
      // A speech verb glued to a name (`kataFaruk`) is two parser words and one `WORD`.
      if (sep !== undefined && sep.word && sep.start === end) {
        end = sep.end;
        last += 1;
        continue;
      }
      const next = parsed[last + 2];
      if (sep === undefined || next === undefined || sep.start !== end || next.start !== end + 1 || !next.word) break;
      const c = text.charCodeAt(end);
      if (c === 46) {
        // A word token starts with a letter or digit.
      } else if (c === 44 && isDigit(text.charCodeAt(end + 1))) {
        let k = end + 2;
        while (k < next.end && isDigit(text.charCodeAt(k))) k++;
        // The digits end the token, or a joiner the parser took too follows them: else `WORD` stops inside it.
        if (k < next.end) {
          const j = text.charCodeAt(k);
          if (j !== 45 && j !== 39 && j !== 0x2019) return null;
        }
      } else break;
      end = next.end;
      last += 2;
    }
    let word: string;
    let lower: string;
    let hash = 0;
    if (last === i) {
      word = t.text;
      if (lowerIsExact(t)) {
        lower = t.lower;
        hash = t.hash;
      } else lower = lowered !== null ? lowered.slice(start, end) : word.toLowerCase();
    } else {
      word = text.slice(start, end);
      lower = lowered !== null ? lowered.slice(start, end) : word.toLowerCase();
    }
    // After a word only white space comes before this one (every other character is a token of
    // the parser's): no sentence ends there, and most words are so placed.
    const sentenceStart = out.length === 0 || (i === 0 || !parsed[i - 1].word) && isSentenceEnd(text, start);
    i = last;
    let inQuote = false;
    if (merged) {
      while (q < merged.length && merged[q][1] <= start) q++;
      inQuote = q < merged.length && merged[q][0] < end;
    } else if (quotes.length > 0) inQuote = inRanges(quotes, start, end);
    out.push({ text: word, lower, start, end, sentenceStart, inQuote, hash });
  }
  return out;
}

function tokenizeByPattern(text: string, from: number, quotes: readonly Range[], lowerText?: string): Token[] {
  const out: Token[] = [];
  const lowered = lowerSource(text, lowerText);
  // Words come in order, so one walk over the merged quote ranges answers `inRanges` for each.
  const merged = quotes.length > 0 ? mergedRanges(quotes) : null;
  let q = 0;
  // All the words in one call; each starts at its first occurrence past the one before (any
  // earlier occurrence would start with a letter or number, where the pattern matches first).
  // A start between the halves of a surrogate pair is left to `exec`, which starts at the pair.
  const lo = text.charCodeAt(from);
  const split = from > 0 && lo >= 0xdc00 && lo <= 0xdfff;
  const words = split ? null : (from === 0 ? text : text.slice(from)).match(WORD);
  let k = 0;
  let at = from;
  WORD.lastIndex = from;
  for (;;) {
    let word: string;
    let start: number;
    if (words) {
      if (k >= words.length) break;
      word = words[k++];
      start = text.indexOf(word, at);
    } else {
      const m = WORD.exec(text);
      if (!m) break;
      word = m[0];
      start = m.index;
    }
    const end = start + word.length;
    at = end;
    const sentenceStart = out.length === 0 || isSentenceEnd(text, start);
    let inQuote = false;
    if (merged) {
      while (q < merged.length && merged[q][1] <= start) q++;
      inQuote = q < merged.length && merged[q][0] < end;
    } else if (quotes.length > 0) inQuote = inRanges(quotes, start, end);
    out.push({ text: word, lower: lowered !== null ? lowered.slice(start, end) : word.toLowerCase(), start, end, sentenceStart, inQuote, hash: 0 });
  }
  return out;
}

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** Sentence ranges of a text: `[start, end)`, ending after the closing punctuation (and quote). */
export function sentences(text: string, from = 0): Range[] {
  const out: Range[] = [];
  let start = from;
  while (start < text.length && /\s/.test(text[start])) start++;
  const re = /[.!?]+["”’)]*(?=\s+["“(]?[\p{Lu}\p{N}]|\s*$)/gu;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    const w = /(\p{L}+)\.$/u.exec(text.slice(Math.max(start, m.index - 8), m.index + 1));
    if (m[0] === '.' && w && (w[1].length === 1 || ABBREVIATIONS.has(w[1].toLowerCase()))) continue;
    if (end > start) out.push([start, end]);
    start = end;
    while (start < text.length && /\s/.test(text[start])) start++;
    if (start >= text.length) break;
  }
  if (start < text.length && text.slice(start).trim()) out.push([start, text.length]);
  return out;
}

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** `isCapitalized(t.text)` for a word of `text`, read in `text` itself when its first letter is ASCII. */
export function isCapitalizedAt(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  if (c < 128) return c >= 65 && c <= 90;
  return isCapitalized(t.text);
}

export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}-]*$/u.test(word) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(word);
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Keep the case shape of `like` (Word, WORD, word) on `word`. */
export function matchCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (isCapitalized(like)) return capitalize(word);
  return word;
}

/** `353,2` → 353.2; `1.500` → 1500; `20,9` → 20.9. */
export function parseIdNumber(s: string): number {
  const clean = s.replace(/\./g, '').replace(',', '.');
  return Number(clean);
}

export const SCALE: Record<string, number> = {
  ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilyun: 1e12,
  million: 1e6, billion: 1e9, trillion: 1e12,
};

export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}
