// Word tokens with their positions, and how a word looks (capitalised, acronym, common word).
import { codePointLength, isSpace, wordCharLength } from './chars.ts';
import { isDerivedWord } from './common-words.ts';
import { CUE_COMPOUND_AFTER, CUE_COMPOUND_BEFORE, DEGREES, NAMED_BODIES, NOT_NAME, ORG_HEADS, PASSIVE_CUES, POST_CUES, PRE_CUES, PRONOUNS, TITLE_WORDS, WORD_NAMES } from './lexicon.ts';

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LOWER_START = /^\p{Ll}/u;

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** wordHash(lower) for a word (0 for a mark): the word lists and wordContext go by it. */
  hash: number;
  /** What the word looks like: the K_ bits below. The lexicon's are worked out on first use. */
  kind: number;
}

/**
 * The words of a text and the marks between them, as `/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\S/gu`
 * matches them, by a scan over code units: no regex run or match object per token. One exception:
 * a speech verb glued to a capitalised word by a lost space (`kataFaruk`, `dilaporkanSaudi`, in
 * scraped copy) is two words, the cue and the name, each with its own place in the unchanged text.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return scan(text, from, to, text.length, 0);
}

/**
 * The tokens of the paragraph `source.slice(start, start + length)`, read in the source itself
 * (positions relative to the paragraph): a paragraph cut from the input is a sliced string, and
 * reading it char by char costs more than reading the flat input.
 */
export function tokenizeIn(source: string, start: number, length: number): Token[] {
  return scan(source, start, start + length, start + length, start);
}

// What an ASCII character is to a word, one table load per character: the C_ bits.
const C_UPPER = 1;
const C_LOWER = 2;
const C_DIGIT = 4;
const C_SPACE = 8;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII[c] = c >= 65 && c <= 90 ? C_UPPER : c >= 97 && c <= 122 ? C_LOWER : c >= 48 && c <= 57 ? C_DIGIT :
    isSpace(c) ? C_SPACE : 0;
}
/** Seen a character outside ASCII (a C_ bit of the word's own, beside the table's). */
const C_OTHER = 16;

/**
 * The hash (wordHash) of the word's lower-case form as far as scanned: kept up by wordRun while
 * it reads ASCII characters, so the word lists are asked without reading the new string again.
 */
let runHash = 0;

/**
 * The end of the run of letters and digits from p (not past n), with the C_ bits of what it held.
 * Returned as end * 32 + bits: one number, no object per run.
 */
function wordRun(text: string, p: number, n: number): number {
  let seen = 0;
  let h = runHash;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      const k = ASCII[c];
      if (k === 0 || k === C_SPACE) break;
      seen |= k;
      // An ASCII letter or digit `| 32` is its lower-case form.
      h = Math.imul(h ^ (c | 32), FNV_PRIME);
      p++;
    } else {
      const len = wordCharLength(text, p, n);
      if (len === 0) break;
      seen |= C_OTHER;
      p += len;
    }
  }
  runHash = h;
  return p * 32 + seen;
}

/** Tokens starting in [from, to), none reading past `n`, positions less `base`. */
function scan(text: string, from: number, to: number, n: number, base: number): Token[] {
  const out: Token[] = [];
  let p = from;
  while (p < n) {
    const c0 = text.charCodeAt(p);
    if (c0 < 128 ? ASCII[c0] === C_SPACE : isSpace(c0)) { p++; continue; }
    if (p >= to) break;
    const start = p;
    let word: boolean;
    let seen = 0;
    if (c0 < 128 ? (ASCII[c0] & (C_UPPER | C_LOWER | C_DIGIT)) !== 0 : wordCharLength(text, p, n) > 0) {
      // Letters and digits, joined by single apostrophes or hyphens (`Al-Habsyi`, `Jum'at`).
      runHash = FNV_BASIS;
      for (;;) {
        const run = wordRun(text, p, n);
        p = Math.floor(run / 32);
        seen |= run & 31;
        const sep = text.charCodeAt(p);
        if ((sep === 39 || sep === 0x2019 || sep === 45) && wordCharLength(text, p + 1, n) > 0) {
          if (sep === 0x2019) seen |= C_OTHER;
          else runHash = Math.imul(runHash ^ sep, FNV_PRIME);
          p++;
          continue;
        }
        break;
      }
      word = true;
      // Only a word begun in small letters with a capital inside can be a glued cue: rare, so the
      // common word pays one test.
      if (seen & C_UPPER && c0 >= 97 && c0 <= 122) {
        const cut = gluedCueEnd(text, start, p);
        if (cut > 0) {
          p = cut;
          seen = C_LOWER;
          runHash = wordHash(text.slice(start, p));
        }
      }
    } else {
      // Any other mark, one code point. One outside the BMP (an emoji) has always counted as a word.
      p += codePointLength(text, p, n);
      word = p - start === 2;
      // Its hash is worked out from its string below, as for any word wordRun did not hash.
      if (word) seen = C_OTHER;
    }
    const t = text.slice(start, p);
    // Lower-case ASCII words are their own lower form: no new string.
    const lower = !word || (c0 >= 97 && c0 <= 122 && !(seen & C_UPPER)) ? t : t.toLowerCase();
    let kind = seen & C_DIGIT ? K_DIGIT : 0;
    if (seen & C_OTHER) kind |= K_NON_ASCII;
    if (!word && c0 < 128) kind |= MARK_KIND[c0];
    if (word && (c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER_START.test(t))) {
      kind |= K_CAPITALIZED;
      if (t.length >= 2 && !(seen & C_OTHER ? HAS_LOWER.test(t) : seen & C_LOWER)) kind |= K_ACRONYM;
      if (t.length > 2) kind |= K_LONG_CAPITALIZED;
    } else if (t.length > 2 && startsLower(t)) kind |= K_LONG_LOWER;
    // The word lists are asked now, while the new strings are at hand: nearly every token is
    // asked about later (a pronoun? a speech verb?).
    // The hash kept up by wordRun holds for ASCII words only.
    const hash = !word ? 0 : seen & C_OTHER ? wordHash(lower) : runHash;
    out.push({ text: t, lower, start: start - base, end: p - base, word, hash, kind: withListBits(kind, word, lower, t.length, hash) });
  }
  return out;
}

/** Speech verbs that a lost space may glue to the speaker's name after them. */
const GLUED_CUES: ReadonlySet<string> = new Set([...POST_CUES, ...PRE_CUES, ...PASSIVE_CUES]);

/**
 * The end of the speech verb in `kataFaruk` (the word text[start, end) begun in small ASCII
 * letters): where the first capital starts, when the small letters before it are a cue; else 0.
 */
function gluedCueEnd(text: string, start: number, end: number): number {
  let j = start + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c < 97 || c > 122) break;
    j++;
  }
  if (j >= end) return 0;
  const c = text.charCodeAt(j);
  if (c < 65 || c > 90) return 0;
  return GLUED_CUES.has(text.slice(start, j)) ? j : 0;
}

/** Per-article knowledge that tells names from common words. */
export interface WordContext {
  /** Does the article also write this word (given in lower case, with its wordHash) in lower case? Then it is no name. */
  writtenLower(lower: string, hash: number): boolean;
}

/**
 * Only capitalised words can be names, so only their lower-case forms are looked for among the
 * lower-case words, bucketed by the hash the tokenizer worked out: no hashing of the story's new
 * strings by the engine, and a word seldom shares its bucket.
 */
export function wordContext(tokens: ReadonlyArray<readonly Token[] | null>): WordContext {
  // The capitalised words go into the shared slots (a load per word, no map), cleared again below.
  const used: number[] = [];
  const found = new Map<number, string[]>();
  try {
    for (const list of tokens) {
      if (!list) continue;
      for (const t of list) {
        if (!(t.kind & K_LONG_CAPITALIZED)) continue;
        const slot = slotOf(t.hash);
        const bucket = wantedSlots[slot];
        if (!bucket) { wantedSlots[slot] = [t.lower]; used.push(slot); }
        else if (!bucket.includes(t.lower)) bucket.push(t.lower);
      }
    }
    if (used.length > 0) {
      for (const list of tokens) {
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const t = list[k];
          if (!(t.kind & K_LONG_LOWER)) continue;
          // The hash is the lower-case form's: the word as written is compared.
          const hash = t.lower === t.text ? t.hash : wordHash(t.text);
          const bucket = wantedSlots[slotOf(hash)];
          if (!bucket || !bucket.includes(t.text) || inHandle(list, k)) continue;
          const key = hash;
          const seen = found.get(key);
          if (!seen) found.set(key, [t.text]);
          else if (!seen.includes(t.text)) seen.push(t.text);
        }
      }
    }
  } finally {
    for (const slot of used) wantedSlots[slot] = undefined;
  }
  return {
    writtenLower: (lower, hash) => {
      if (found.size === 0) return false;
      const bucket = found.get(hash);
      return bucket !== undefined && bucket.includes(lower);
    },
  };
}

const SLOT_BITS = 10;
/** Scratch for wordContext: the capitalised words of the story being read, by slotOf. */
const wantedSlots: Array<string[] | undefined> = new Array<string[] | undefined>(1 << SLOT_BITS).fill(undefined);

function slotOf(hash: number): number {
  return (hash ^ (hash >>> 16)) & ((1 << SLOT_BITS) - 1);
}

function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && LOWER_START.test(text));
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

// What a word looks like, worked out once per token (tokens are read again and again while names,
// titles and speakers are looked for): bits of Token.kind. The shape is set by tokenize; what the
// word lists say is looked up on first use (K_LISTED).
const K_CAPITALIZED = 1;
const K_ACRONYM = 2;
/** An ASCII digit inside. */
const K_DIGIT = 4;
const K_LISTED = 8;
const K_TITLE = 1 << 4;
const K_NAMED_BODY = 1 << 5;
const K_ORG_HEAD = 1 << 6;
const K_NOT_NAME = 1 << 7;
const K_WORD_NAME = 1 << 8;
const K_PRONOUN = 1 << 9;
const K_PRE_CUE = 1 << 10;
const K_POST_CUE = 1 << 11;
/** Capitalised, and no office, body, function word or acronym: a name unless the story says otherwise. */
const K_NAME_LIKE = 1 << 12;
/** Capitalised, or starting in lower case, and longer than two: what wordContext compares. */
const K_LONG_CAPITALIZED = 1 << 15;
const K_LONG_LOWER = 1 << 16;
/** `.`, `!` or `?`. */
const K_STOP = 1 << 17;
const K_OPEN_PAREN = 1 << 18;
/** `menurut` or `menurutnya`. */
const K_MENURUT = 1 << 19;
/** A character outside ASCII inside (or an astral mark). */
const K_NON_ASCII = 1 << 20;
/** The kind of a mark by its character: read in hot loops without touching the token's string. */
const MARK_KIND = new Uint32Array(128);
MARK_KIND[46] = K_STOP;
MARK_KIND[33] = K_STOP;
MARK_KIND[63] = K_STOP;
MARK_KIND[40] = K_OPEN_PAREN;
/** K_NAME_SHAPE is known: set once the stemmer has been asked. */
const K_SHAPE_KNOWN = 1 << 13;
/** Not a derived or a reduplicated word. */
const K_NAME_SHAPE = 1 << 14;

/**
 * The word lists a token is asked about, in one open-addressing table keyed by an FNV-1a hash of
 * the word: the tokenizer works the hash out while reading the characters, so most words of a
 * story (in no list) are ruled out by one load of an empty slot, and the few others are compared,
 * never hashed by the engine (hashing each new token string cost more). A list word's slot holds
 * what WORD_LISTS says and, apart, what the names' lists say (NOT_NAME holds the commonest
 * function words): those are asked only for capitalised words.
 */
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const LEXICON_SLOT_BITS = 14;
const LEXICON_MASK = (1 << LEXICON_SLOT_BITS) - 1;
const lexWords: Array<string | undefined> = new Array<string | undefined>(1 << LEXICON_SLOT_BITS).fill(undefined);
const lexWordBits = new Int32Array(1 << LEXICON_SLOT_BITS);
const lexNameBits = new Int32Array(1 << LEXICON_SLOT_BITS);
/**
 * One bit per 16-bit hash value of a list word: most words are ruled out here, in 8 KB that stay
 * in the nearest cache, before the table's larger arrays are touched.
 */
const lexFilter = new Int32Array(1 << (16 - 5));

function filterBit(hash: number): number {
  return lexFilter[(hash >>> 5) & 0x7ff] & (1 << (hash & 31));
}

/** FNV-1a over the UTF-16 code units of a lower-case word, as wordRun works it out. */
function wordHash(lower: string): number {
  let h = FNV_BASIS;
  for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
  return h;
}

function firstSlot(hash: number): number {
  return (hash ^ (hash >>> 15)) & LEXICON_MASK;
}

/** The slot of the word in the table: its own, or the empty one it would go in (linear probing). */
function lexiconSlot(w: string, hash: number): number {
  let i = firstSlot(hash);
  for (;;) {
    const at = lexWords[i];
    if (at === undefined || at === w) return i;
    i = (i + 1) & LEXICON_MASK;
  }
}

function addToLexicon(words: ReadonlySet<string>, bits: Int32Array, bit: number): void {
  for (const w of words) {
    const i = lexiconSlot(w, wordHash(w));
    lexWords[i] = w;
    bits[i] |= bit;
    const h = wordHash(w);
    lexFilter[(h >>> 5) & 0x7ff] |= 1 << (h & 31);
  }
}

addToLexicon(TITLE_WORDS, lexWordBits, K_TITLE);
addToLexicon(NAMED_BODIES, lexWordBits, K_NAMED_BODY | K_ORG_HEAD);
addToLexicon(ORG_HEADS, lexWordBits, K_ORG_HEAD);
addToLexicon(PRONOUNS, lexWordBits, K_PRONOUN);
addToLexicon(PRE_CUES, lexWordBits, K_PRE_CUE);
addToLexicon(POST_CUES, lexWordBits, K_POST_CUE);
addToLexicon(new Set(['menurut', 'menurutnya']), lexWordBits, K_MENURUT);
addToLexicon(NOT_NAME, lexNameBits, K_NOT_NAME);
addToLexicon(WORD_NAMES, lexNameBits, K_WORD_NAME);

function listed(t: Token): number {
  const k = t.kind;
  return k & K_LISTED ? k : lookUp(t);
}

function lookUp(t: Token): number {
  const k = withListBits(t.kind, t.word, t.lower, t.text.length, t.hash);
  t.kind = k;
  return k;
}

/** The kind bits with what the word lists say about the word added (K_LISTED set); `hash` is wordHash(lower). */
function withListBits(kind: number, word: boolean, lower: string, length: number, hash: number): number {
  let k = kind | K_LISTED;
  if (word) {
    const i = filterBit(hash) === 0 ? -1 : lexiconSlot(lower, hash);
    if (i < 0 || lexWords[i] === undefined) return (k & (K_CAPITALIZED | K_ACRONYM | K_DIGIT)) === K_CAPITALIZED && length >= 2 ? k | K_NAME_LIKE : k;
    k |= lexWordBits[i];
    if ((k & (K_CAPITALIZED | K_ACRONYM | K_TITLE | K_ORG_HEAD | K_DIGIT)) === K_CAPITALIZED && length >= 2) {
      const names = lexNameBits[i];
      if (!(names & K_NOT_NAME)) k |= K_NAME_LIKE | names;
    }
  }
  return k;
}

/**
 * Whether `lower` is the word's lower case exactly: a word begun in small ASCII letters is kept as
 * written (its lower form is asked of the word lists), so one with a capital beyond ASCII
 * (`ayyuhallaÅ¼Ä`) is not.
 */
export function lowerIsExact(t: Pick<Token, 'text' | 'lower' | 'kind'>): boolean {
  return t.lower !== t.text || (t.kind & K_NON_ASCII) === 0;
}

export function isCapitalized(t: Token): boolean {
  return (t.kind & K_CAPITALIZED) !== 0;
}

export function isAcronym(t: Token): boolean {
  return (t.kind & K_ACRONYM) !== 0;
}

export function isTitleWord(t: Token): boolean {
  return (listed(t) & K_TITLE) !== 0;
}

/** A body named by one word (`Kemenkeu`, `Pertamina`): what follows it is not the body's name. */
export function isNamedBody(t: Token): boolean {
  return (listed(t) & K_NAMED_BODY) !== 0;
}

export function isOrgHead(t: Token): boolean {
  return (listed(t) & K_ORG_HEAD) !== 0;
}

/** `.`, `!` or `?`: a sentence ends (or an abbreviation). */
export function isStop(t: Token): boolean {
  return (t.kind & K_STOP) !== 0;
}

export function isOpenParen(t: Token): boolean {
  return (t.kind & K_OPEN_PAREN) !== 0;
}

/**
 * A stop at k that ends a sentence: not the period of an initial or a short title before a name
 * (`Teguh P. Nugroho`, `Prof. Dr. Budi`, `Dr. Eng. Ir. Budi`).
 */
export function endsSentence(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!(t.kind & K_STOP)) return false;
  if (t.text !== '.' || k === 0) return true;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // A name or an office goes on after it (`Pulau C, D, dan N. Sebelumnya, …` ends there).
  if (!next || !(listed(next) & (K_NAME_LIKE | K_TITLE)) || prev.end !== t.start || !(prev.kind & K_CAPITALIZED)) return true;
  if (prev.text.length === 1) return false;
  return !(prev.text.length <= 4 && (isTitleWord(prev) || isDegreeAt(tokens, k - 1)));
}

/** `menurut` or `menurutnya`, in any case. */
export function isMenurut(t: Token): boolean {
  return (listed(t) & K_MENURUT) !== 0;
}

/** `dia`, `ia`, `beliau`: a pronoun pointing back to the last person named (PRONOUNS). */
export function isPronounWord(t: Token): boolean {
  return (listed(t) & K_PRONOUN) !== 0;
}

/** A speech verb written before the quote or statement (PRE_CUES): `mengatakan`. */
export function isPreCueWord(t: Token): boolean {
  return (listed(t) & K_PRE_CUE) !== 0;
}

/** A speech verb written after a quote (POST_CUES), as is: `kata`, not `katanya`. */
export function isPostCueWord(t: Token): boolean {
  return (listed(t) & K_POST_CUE) !== 0;
}

/** Where a complaint is filed: `melaporkan … ke polisi/Polda/Bareskrim/KPK`. */
const AUTHORITIES = new Set([
  'polisi', 'kepolisian', 'polri', 'polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'bareskrim', 'propam',
  'kpk', 'kejaksaan', 'kejagung', 'kejati', 'kejari', 'ombudsman', 'bawaslu', 'dkpp', 'mkd', 'komnas', 'pengadilan',
]);
/** After the one reported on: the reason or the place of the complaint, not what they did. */
const REPORT_AFTER_OBJECT = new Set(['ke', 'kepada', 'atas', 'terkait', 'karena', 'lantaran', 'setelah', 'usai', 'soal', 'dengan']);

/**
 * `melaporkan` at token k in the police sense: `Budi melaporkan Lisa Marbun setelah …`, `melaporkan
 * sejumlah pihak`, `melaporkan akun itu ke Polda`. The subject files a complaint; it says nothing.
 */
export function reportsToAuthority(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].lower !== 'melaporkan') return false;
  const n = tokens[k + 1];
  if (!n || !n.word) return false;
  if ((n.lower === 'sejumlah' || n.lower === 'beberapa') && (tokens[k + 2]?.lower === 'pihak' || tokens[k + 2]?.lower === 'orang')) return true;
  let j = k + 1;
  while (j < tokens.length && tokens[j].word && isCapitalized(tokens[j])) j++;
  if (j > k + 1 && j < tokens.length && REPORT_AFTER_OBJECT.has(tokens[j].lower)) return true;
  for (j = k + 1; j < tokens.length && j - k <= 12 && tokens[j].text !== ',' && !endsSentence(tokens, j); j++) {
    if ((tokens[j].lower === 'ke' || tokens[j].lower === 'kepada') && AUTHORITIES.has(tokens[j + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** A speech verb written before what was said, used as one: not `melaporkan Lisa ke polisi`. */
export function isSpeechVerbAt(tokens: readonly Token[], k: number): boolean {
  return isPreCueWord(tokens[k]) && !reportsToAuthority(tokens, k);
}

/** The speech verb at token k is half of a noun (`tanggung jawab`, `kata sandi`): no cue. */
export function inCueCompound(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].lower;
  const before = CUE_COMPOUND_BEFORE.get(w);
  if (before && k > 0 && before.includes(tokens[k - 1].lower)) return true;
  const after = CUE_COMPOUND_AFTER.get(w);
  return after !== undefined && k + 1 < tokens.length && after.includes(tokens[k + 1].lower);
}

/** `Eng.` in `Dr. Eng. Ir. Budi`: an academic degree, the period written right after it. */
export function isDegreeAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const dot = tokens[k + 1];
  return t.word && dot !== undefined && dot.text === '.' && dot.start === t.end && DEGREES.has(t.lower);
}

/** `Berkali-kali`, `Sama-sama`, `Pelan-pelan`: a reduplicated word, never a name. */
const REDUPLICATED = /^\p{L}*?(\p{L}{3,})[-‐]\p{L}*\1$|^(\p{L}+)[-‐]\2/u;

function reduplicated(lower: string): boolean {
  // Both forms need a hyphen: most words are ruled out without running the regex.
  return (lower.includes('-') || lower.includes('‐')) && REDUPLICATED.test(lower);
}

/** A capitalised word that may be (part of) a person's name. */
export function isNameWord(t: Token, ctx: WordContext): boolean {
  // Most words are not capitalised: ruled out before any word list is asked.
  if (!(t.kind & K_CAPITALIZED)) return false;
  const k = listed(t);
  if (!(k & K_NAME_LIKE)) return false;
  // A word the story also writes in lower case is no name, unless it is a given name too (`Hari`).
  if (!(k & K_WORD_NAME) && ctx.writtenLower(t.lower, t.hash)) return false;
  if (k & K_SHAPE_KNOWN) return (k & K_NAME_SHAPE) !== 0;
  const shaped = !isDerivedWord(t.lower, t.hash) && !reduplicated(t.lower);
  t.kind = k | K_SHAPE_KNOWN | (shaped ? K_NAME_SHAPE : 0);
  return shaped;
}

/** Particles inside names: `Ahmad bin Ali`, `Van der Sar`, `Al-Habsyi`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'da', 'dos', 'al', 'el', 'la']);
