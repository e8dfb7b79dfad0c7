// People in the story: name runs in the text and the speakers the parser found.
import type { Article } from '../model/article.ts';
import type { Token } from './text.ts';
import type { RuleContext } from './types.ts';
import { isProse } from './article-util.ts';

/** Speaker names that are not a person's name. */
export const PRONOUNS = new Set(['dia', 'ia', 'beliau', 'mereka', 'kami', 'kita', 'saya', 'aku', 'nya', 'pihaknya', 'dirinya', 'ia pun', 'keduanya', 'sumber', 'warga', 'polisi']);
const ORG_WORDS = /\b(Kementerian|Kemenkes|Kemenlu|Pemerintah|Polisi|Polri|Polda|Polres|Polsek|Dinas|Badan|Komisi|Dewan|Partai|Universitas|Pengadilan|Kejaksaan|Kepolisian|Pemkot|Pemkab|Pemprov|Istana|Gedung|Tim|Pihak|Perusahaan|Bank|Asosiasi|Lembaga|Majelis|Mahkamah|Kedutaan|Kantor|Balai|Satgas|Satuan|Satreskrim|Polresta|Polrestabes|Reserse|Direktorat|Kodam|Korem|Kodim|Lapas|Rutan|Komite|Forum|Koalisi|Aliansi|Organisasi|Yayasan|Institut|Institute|Fakultas|Kampus|Grup|Group|Federasi|Persatuan|Ikatan|Serikat|Kelompok|Panitia|Markas|Pusat|PT|Tbk|Liga|Klub|Rumah|Sekolah|Kabupaten|Kota|Provinsi|Kecamatan|Desa|Jalan)\b/u;

export interface NameRun {
  start: number;
  end: number;
  words: string[];
  /** Index in the token list of the first word. */
  first: number;
}

const CONNECT = new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'al', 'el', 'bin.', 'da', 'di']);

const CONNECT_LONGEST = Math.max(...[...CONNECT].map((w) => w.length));

const UPPER_START = /^\p{Lu}/u;

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** `/^\p{Lu}\p{Ll}+$/u.test(word)` (`Rutte`), without the regex for an ASCII word. */
export function isTitleWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 128 || word.length < 2) return TITLE_WORD.test(word);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < word.length; i++) {
    const d = word.charCodeAt(i);
    if (d >= 128) return TITLE_WORD.test(word);
    if (d < 97 || d > 122) return false;
  }
  return true;
}

/** `/^\p{Lu}/u.test(word)`, without the regex for an ASCII first letter. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/** `startsUpper(t.text)` for a word of `text`, read in `text` itself when its first letter is ASCII. */
function startsUpperAt(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t.text);
}

/** Runs of capitalized words (with `bin`, `van`… inside): `Sekretaris Jenderal NATO Mark Rutte`. */
export function nameRuns(tokens: readonly Token[], text: string): NameRun[] {
  const out: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsUpperAt(text, tokens[i])) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length) {
      // The gap between the two words must be exactly one space.
      const end = tokens[j].end;
      const next = tokens[j + 1];
      if (next.start - end !== 1 || text.charCodeAt(end) !== 32) break;
      if (startsUpperAt(text, next) || (next.end - next.start <= CONNECT_LONGEST && CONNECT.has(next.text) && j + 2 < tokens.length && startsUpperAt(text, tokens[j + 2]))) j++;
      else break;
    }
    const words: string[] = [];
    for (let k = i; k <= j; k++) words.push(tokens[k].text);
    out.push({ start: tokens[i].start, end: tokens[j].end, words, first: i });
    i = j + 1;
  }
  return out;
}

const personNames = new Map<string, boolean>();

export function isPersonName(name: string): boolean {
  // The answer depends on the string alone: kept per string.
  let yes = personNames.get(name);
  if (yes === undefined) {
    yes = personName(name);
    if (personNames.size >= 20_000) personNames.clear();
    personNames.set(name, yes);
  }
  return yes;
}

function personName(name: string): boolean {
  const n = name.trim();
  if (!n || PRONOUNS.has(n.toLowerCase())) return false;
  if (!/^\p{Lu}/u.test(n)) return false;
  if (ORG_WORDS.test(n)) return false;
  // One all-capitals word is an acronym (KPK, NATO), not a person.
  if (/^[\p{Lu}\p{N}]+$/u.test(n)) return false;
  return true;
}

export interface PersonRef {
  name: string;
  /** The surname (last word) the story should use after the first mention. */
  surname: string;
  words: string[];
}

/** The people quoted in the story, one entry per surname. */
export function quotedPeople(article: Article): PersonRef[] {
  const bySurname = new Map<string, PersonRef>();
  for (const q of article.quotes) {
    const s = q.speaker;
    if (!s) continue;
    const name = (s.resolved && isPersonName(s.resolved) ? s.resolved : s.name).trim();
    if (!isPersonName(s.name)) continue;
    const words = s.name.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (!words.length) continue;
    const surname = words[words.length - 1];
    const prev = bySurname.get(surname);
    if (!prev || words.length > prev.words.length) bySurname.set(surname, { name, surname, words });
  }
  return [...bySurname.values()];
}

/** A new per-paragraph cache (one function for every call: no closure made per call). */
const newNameRunCache = (): NameRun[][] => [];

/** Name runs of one paragraph, computed once per run for all rules. */
export function paragraphNameRuns(context: RuleContext, p: number): NameRun[] {
  const cache = context.memo('nameRuns', newNameRunCache);
  let runs = cache[p];
  if (!runs) {
    runs = nameRuns(context.tokens(p), context.article.paragraphs[p].text);
    cache[p] = runs;
  }
  return runs;
}

/** One name run holding a word: paragraph `p`, run `i` of that paragraph, the word first at `k`. */
export interface NameRef {
  p: number;
  i: number;
  run: NameRun;
  k: number;
}

/**
 * For each word of the quoted people's names (`memoQuotedPeople`), the name runs of the prose
 * (lead, body) holding it, in story order (once per run).
 */
export function memoNameIndex(context: RuleContext): Map<string, NameRef[]> {
  return context.memo('nameIndex', () => {
    const index = new Map<string, NameRef[]>();
    const wanted = new Set<string>();
    for (const person of memoQuotedPeople(context)) for (const w of person.words) wanted.add(w);
    if (!wanted.size) return index;
    // A few names' words: compared as they are (a length, then the letters), where a Set would
    // first hash each of the story's words.
    const few = wanted.size <= 16 ? [...wanted] : null;
    const ps = context.article.paragraphs;
    for (let p = 0; p < ps.length; p++) {
      if (!isProse(ps[p].role)) continue;
      const runs = paragraphNameRuns(context, p);
      for (let i = 0; i < runs.length; i++) {
        const words = runs[i].words;
        for (let k = 0; k < words.length; k++) {
          const w = words[k];
          if (!(few ? few.includes(w) : wanted.has(w)) || words.indexOf(w) !== k) continue;
          let list = index.get(w);
          if (!list) {
            list = [];
            index.set(w, list);
          }
          list.push({ p, i, run: runs[i], k });
        }
      }
    }
    return index;
  });
}

export function memoQuotedPeople(context: RuleContext): PersonRef[] {
  return context.memo('quotedPeople', () => quotedPeople(context.article));
}
