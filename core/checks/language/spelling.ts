// Spelling against the Indonesian Hunspell list (env.speller). Names, acronyms, foreign words and
// the desk's dictionary pass; words other rules already explain are left to them. Warnings only.
import type { RuleModule, Speller } from '../types.ts';
import type { DeskProfile } from '../../model/profile.ts';
import { ENGLISH_COMMON, INFORMAL_SHORT_MAP, LOCATIVES, looksForeign } from '../lexicon.ts';
import { isProseParagraph } from '../prose.ts';
import { kpstCorrection, KPST_WRONG_MAP } from './kpst.ts';
import { substitutionTable } from './non-standard-word.ts';
import { isCapitalized, isCapitalizedAt } from '../text.ts';
import { hashFilter, mayHoldHash, WordMap } from '../../text/word-table.ts';
import { getOrMake } from '../cache.ts';


/** Parts of a word the lists do not know (null: the word passes). */
type Unknown = readonly string[] | null;
const WORD_CACHE_LIMIT = 100_000;

// Per speller, per desk substitution table, per desk dictionary: the answer for each word seen.
type Verdicts = WordMap<readonly string[]>;
const wordCaches = new WeakMap<Speller, WeakMap<ReadonlyMap<string, string>, Map<string, Verdicts>>>();

function wordCache(speller: Speller, subs: ReadonlyMap<string, string>, dictionary: string): Verdicts {
  const byDictionary = getOrMake(getOrMake(wordCaches, speller, () => new WeakMap()), subs, () => new Map<string, Verdicts>());
  let cache = byDictionary.get(dictionary);
  if (!cache) {
    if (byDictionary.size >= 8) byDictionary.clear();
    cache = new WordMap();
    byDictionary.set(dictionary, cache);
  }
  return cache;
}

// `/[@#/]|www|https?:|\.(?:com|id|org|net)/i` (ASCII-only case folding without `u`), found at
// every place once per paragraph: [start, shortest length] of each place where it matches.
// Found by the regex engine, one search from each place past the last found (so overlapping places,
// `wwww`, are all found): a loop reading a paragraph (a slice of the input) char by char in JS cost
// a good part of the rule. At most one alternative matches at a place, so its length is the place's.
const LINK_PLACE = /[@#/]|www|https?:|\.(?:com|id|org|net)/gi;

function linkHits(text: string): number[] {
  const out: number[] = [];
  const re = LINK_PLACE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m.index, m[0].length);
    re.lastIndex = m.index + 1;
  }
  return out;
}

// A whole URL (scheme or `www.` up to the next space) or e-mail address: its query words
// (`utm_source`, `social`) are no words of the copy.
const URL_SPAN = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+/giu;

function urlSpans(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(URL_SPAN)) out.push(m.index, m.index + m[0].length);
  return out;
}

/**
 * A paragraph in English (a quoted release, an English summary): a third or more of its words are
 * common English words. The Indonesian list has nothing to say about it.
 */
function looksEnglish(tokens: readonly { lower: string; hash: number }[]): boolean {
  const n = tokens.length;
  if (n < 6) return false;
  let english = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    // The parser's hash rules out most words without hashing the string again (0: not known).
    if ((t.hash === 0 || mayHoldHash(ENGLISH_FILTER, t.hash)) && ENGLISH_FUNCTION.has(t.lower)) english++;
    // Decided either way: a third reached, or out of reach with the words left.
    if (english * 3 >= n) return true;
    if ((english + n - i - 1) * 3 < n) return false;
  }
  return english * 3 >= n;
}
const ENGLISH_FUNCTION = new Set([...ENGLISH_COMMON].filter((w) => w.length <= 5 && !['a', 'i', 'me', 'go', 'see', 'test', 'game', 'file', 'link', 'page', 'rate', 'save', 'time', 'year', 'chip', 'fair', 'cold', 'cost', 'web', 'cloud'].includes(w)));
const ENGLISH_FILTER = hashFilter(ENGLISH_FUNCTION);

function insideSpan(spans: readonly number[], at: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (at >= spans[k] && at < spans[k + 1]) return true;
  return false;
}

/** Whether one of `hits` lies wholly inside `[from, to)`: the pattern tested on `text.slice(from, to)`. */
function hitWithin(hits: readonly number[], from: number, to: number): boolean {
  for (let k = 0; k < hits.length; k += 2) {
    const s = hits[k];
    if (s >= from && s + hits[k + 1] <= to) return true;
  }
  return false;
}

// The desk dictionary as a set, and as the key of its verdict cache: per dictionary list, not
// rebuilt on every run (rebuilt when the list's length changes, should a caller add to it).
const dictionaries = new WeakMap<readonly string[], { size: number; dictionary: Set<string>; key: string }>();

function deskDictionary(profile: DeskProfile): { dictionary: Set<string>; key: string } {
  const list = profile.dictionary;
  let d = dictionaries.get(list);
  if (!d || d.size !== list.length) {
    d = { size: list.length, dictionary: new Set(list.map((w) => w.toLowerCase())), key: list.join('\n') };
    dictionaries.set(list, d);
  }
  return d;
}

const rule: RuleModule = {
  meta: {
    id: 'language/spelling',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Ejaan diperiksa dengan daftar kata Hunspell bahasa Indonesia, termasuk klitik (-nya, -lah, -kah, -pun, -ku, -mu). Nama dan singkatan dari berita, kata asing, URL, surel, angka, dan kamus desk dilewati. Hanya peringatan.',
      en: 'Spelling is checked against the Indonesian Hunspell word list, clitics (-nya, -lah, -kah, -pun, -ku, -mu) included. Names and acronyms from the story, foreign words, URLs, e-mail, numbers and the desk dictionary pass. Warnings only.',
      exampleBad: 'Para menteri membahas kemajuan dalam kemampaun pertahanan.',
      exampleGood: 'Para menteri membahas kemajuan dalam kemampuan pertahanan.',
    },
    messages: {
      unknown: { id: 'Ejaan "{{word}}" tidak dikenal; periksa atau tambahkan ke kamus desk.', en: 'Unknown spelling "{{word}}"; check it or add it to the desk dictionary.' },
    },
  },
  create(context) {
    const speller = context.env.speller;
    const { dictionary, key } = deskDictionary(context.profile);
    const subs = substitutionTable(context.profile);
    // Names learned from the story: words written with a capital where no sentence starts, and
    // every word of a run of two or more capitalized words wherever it starts (`Muhammad Yusuf
    // mengatakan`: a name opening a sentence).
    const names = new Set<string>();
    if (speller) {
      context.article.paragraphs.forEach((p, i) => {
        if (!isProseParagraph(p)) return;
        const tokens = context.tokens(i);
        for (let k = 0; k < tokens.length; k++) {
          const t = tokens[k];
          if (!isCapitalizedAt(p.text, t)) continue;
          if (!t.sentenceStart) names.add(t.lower);
          // A two-word name opening a sentence (`Budi Santoso mengatakan`) is a name too.
          else if (k + 1 < tokens.length && isCapitalizedAt(p.text, tokens[k + 1]) && tokens[k + 1].start === t.end + 1) names.add(t.lower);
        }
      });
      if (context.article.headline) for (const t of context.tokens(-1)) if (isCapitalized(t.text)) names.add(t.lower);
    }
    // The speller's own cache answers most words; the rest go through the cheaper lists first.
    const known = (w: string) => w.length <= 2 || speller!.isKnown(w) || dictionary.has(w) || subs.has(w) || INFORMAL_SHORT_MAP.has(w) || KPST_WRONG_MAP.has(w)
      || looksForeign(w) || kpstCorrection(w, speller) !== null;
    // What the lists say of a word (lower case), whatever its case, place and story: the parts
    // they do not know, or null when the word passes. Kept across runs for this speller and desk.
    const unknownParts = (lower: string): Unknown => {
      if (/[\d.@_/]/.test(lower) || lower === 'nya') return null;
      // `dibawah`, `dimana`: language/di-prefix explains these.
      if ((lower.startsWith('di') || lower.startsWith('ke')) && LOCATIVES.has(lower.slice(2))) return null;
      // Letters without a vowel are an acronym written small (`bps`, `sdm`), not a word.
      if (!/[aeiou]/.test(lower)) return null;
      // The list knows some reduplications whole (`masing-masing`); otherwise each half is a word.
      if (lower.includes('-') && speller!.isKnown(lower)) return null;
      const parts = lower.split(/[-'’]/).filter(Boolean);
      if (parts.length === 2 && parts[0] === parts[1] && known(parts[0])) return null;
      const unknown = parts.filter((w) => !known(w));
      return unknown.length ? unknown : null;
    };
    const words = speller ? wordCache(speller, subs, key) : null;
    // A part the lists do not know passes when the story writes it as a name.
    const misspelt = (lower: string, hash: number): boolean => {
      let unknown = words!.get(lower, hash);
      if (unknown === undefined) {
        unknown = unknownParts(lower);
        if (words!.size >= WORD_CACHE_LIMIT) words!.clear();
        words!.set(lower, unknown);
      }
      return unknown !== null && unknown.some((w) => !names.has(w));
    };
    return {
      paragraph({ index, paragraph }) {
        // English copy (the parser's `language: 'en'`) or an English paragraph is not checked
        // against the Indonesian list.
        if (!speller || !isProseParagraph(paragraph) || context.article.language === 'en') return;
        const text = paragraph.text;
        if (looksEnglish(context.tokens(index))) return;
        // Every place either test below could match is a place of LINK_PLACE: a paragraph with none
        // (most) is read once, not twice.
        const places = linkHits(text);
        const urls = places.length > 0 && /https?:|www\.|@/i.test(text) ? urlSpans(text) : null;
        const hits = places.length > 0 && /[@#/]|www|\.(?:com|id|org|net)/i.test(text) ? places : null;
        const tokens = context.tokens(index);
        for (const t of tokens) {
          if (t.inQuote) continue;
          if (isCapitalizedAt(text, t) && (!t.sentenceStart || names.has(t.lower) || /^\p{Lu}{2,}/u.test(t.text))) continue;
          // Inside a URL, an e-mail address or a hashtag.
          if (urls && insideSpan(urls, t.start)) continue;
          if (hits && hitWithin(hits, Math.max(0, t.start - 8), Math.min(text.length, t.end + 1))) continue;
          // A word of one or two letters always passes (`known`), whatever its parts.
          if (t.lower.length > 2 && misspelt(t.lower, t.hash)) context.report({ paragraph: index, start: t.start, end: t.end, messageId: 'unknown', data: { word: t.text } });
        }
      },
    };
  },
};
export default rule;
