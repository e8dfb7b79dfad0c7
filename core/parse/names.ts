// Names and the titles before them: where a person's name runs (`Mark Rutte`, `Mahfud MD`), and
// where the office in front of it begins (`Sekretaris Jenderal NATO`).
import { NAME_TAILS, NOT_NAME } from './lexicon.ts';
import {
  NAME_PARTICLES, isAcronym, isCapitalized, isDegreeAt, isNameWord, isOrgHead, isTitleWord,
  type Token, type WordContext,
} from './tokens.ts';

const MAX_NAME = 5;
const MAX_TITLE = 24;
const TIME_WORDS = new Set(['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'pagi', 'siang', 'sore', 'malam']);
const TITLE_JOIN = new Set(['dan', 'bidang', 'urusan', 'serta', 'sekaligus', 'of', 'and', 'for', 'the', 'at']);
const CHAIN_PUNCT = new Set(['(', ')', '/', '&', '.']);

/** Length of the name run starting at token i (0 when none). */
export function nameRun(tokens: readonly Token[], i: number, ctx: WordContext): number {
  let j = i;
  if (j >= tokens.length) return 0;
  // `Dr. Eng. Ir. Budi`: a degree written short is a title.
  if (isNameWord(tokens[j], ctx)) { if (isDegreeAt(tokens, j) || inDegree(tokens, j) || numbered(tokens, j)) return 0; j++; }
  else if (opensName(tokens, j, ctx)) j++;
  else return 0;
  // The periods of initials (`H. M. Tauhid`) and an opening initial (`I Dewa Kade Wiarsa Raka Sandi`)
  // do not count as words of the name.
  let dots = j - i === 1 && tokens[i].text.length === 1 ? 1 : 0;
  while (j < tokens.length && j - i - dots < MAX_NAME) {
    const t = tokens[j];
    if (isNameWord(t, ctx)) { if (isDegreeAt(tokens, j)) break; j++; }
    else if (t.word && NAME_PARTICLES.has(t.lower) && j + 1 < tokens.length && isNameWord(tokens[j + 1], ctx)) j += 2;
    // `Mahfud MD`, `Bambang PS Brodjonegoro`; a longer acronym inside is a body (`Legislasi DPR Willy`).
    // `Sektor II Kebayoran`: a numeral after a word it numbers is in the name of a body.
    else if (isAcronym(t) && t.text.length <= 3 && !NUMBERED.has(tokens[j - 1].lower) && !(j + 1 < tokens.length && tokens[j + 1].text === ')') &&
      (t.text.length <= 2 || !(j + 1 < tokens.length && isNameWord(tokens[j + 1], ctx)))) j++;
    else if (t.text === '.' && tokens[j - 1].text.length === 1 && j + 1 < tokens.length && (isNameWord(tokens[j + 1], ctx) || isInitial(tokens, j + 1, ctx))) { j++; dots++; } // `Budi S. Putra`
    // `Juliari P Batubara`, `Daeng M Faqih`: an initial between name words.
    // (Not the Roman numerals of a region: `Wilayah V Dian`.)
    else if (isInitial(tokens, j, ctx)) j++;
    // `Ahmad Ramadhan`: a word naming a month when alone ends a name.
    else if (t.word && isCapitalized(t) && NAME_TAILS.has(t.lower)) j++;
    else break;
  }
  return j - i;
}

/**
 * A capital letter standing for a name (`Juliari P Batubara`, `Penny K. Lukito`), before a name
 * word, with or without its period. Not the Roman numerals of a region (`Wilayah V Dian`).
 */
function isInitial(tokens: readonly Token[], j: number, ctx: WordContext): boolean {
  const t = tokens[j];
  if (!t.word || t.text.length !== 1 || t.text === 'V' || t.text === 'X') return false;
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const dot = tokens[j + 1]?.text === '.' && tokens[j + 1].start === t.end ? tokens[j + 1] : null;
  const next = dot ? tokens[j + 2] : tokens[j + 1];
  // `M.Ed`, `S.Gz`: a degree after a name, written without a space.
  return next !== undefined && !(dot && next.start === dot.end) && isNameWord(next, ctx);
}

/** `Ed` in `M.Ed`, `Gz` in `S.Gz`: the second half of a degree after a name, no name of its own. */
function inDegree(tokens: readonly Token[], j: number): boolean {
  const dot = tokens[j - 1];
  return j >= 2 && dot.text === '.' && dot.end === tokens[j].start && tokens[j - 2].end === dot.start && tokens[j - 2].text.length === 1;
}

/**
 * An initial opening a name (`Komisaris Besar M Fadil Imran`, `H. M. Tauhid`, `I Wayan Koster`).
 * Not a letter numbering part of a body or a list (`Komisi E`, `Blok M`, `Sektor II`); `I` is the
 * Balinese article only before a Balinese given name, elsewhere a Roman one.
 */
function opensName(tokens: readonly Token[], j: number, ctx: WordContext): boolean {
  const prev = tokens[j - 1];
  // `Gubernur NTB Lalu Muhamad Iqbal`: the Sasak noble title, inside a sentence, before a name.
  if (tokens[j].text === 'Lalu') {
    const next = tokens[j + 1];
    return prev?.word === true && next !== undefined && (isNameWord(next, ctx) || isInitial(tokens, j + 1, ctx));
  }
  if (!isInitial(tokens, j, ctx)) return false;
  if (prev !== undefined && (NUMBERED.has(prev.lower) || /^\d/.test(prev.text) || prev.text === '-' || prev.text === '/')) return false;
  if (tokens[j].text !== 'I') return true;
  return BALINESE.has(tokens[j + 1].lower);
}

/** `Kelas III`, `Sektor 2`: a word numbered by the numeral or letter after it, in the name of a body. */
function numbered(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (next === undefined || !next.word) return false;
  const c = next.text.charCodeAt(0);
  if (!(isAcronym(next) || next.text.length === 1 || (c >= 48 && c <= 57))) return false;
  return NUMBERED.has(tokens[j].lower);
}

/** Words a letter or a numeral numbers (`Komisi E`, `Blok M`, `Grup A`): the letter is no initial. */
const NUMBERED = new Set([
  'komisi', 'wilayah', 'sektor', 'seksi', 'blok', 'zona', 'tahap', 'kelas', 'gelombang', 'regional', 'divisi',
  'kodam', 'lantamal', 'bagian', 'ayat', 'pasal', 'huruf', 'sub', 'grup', 'group', 'pos', 'unit', 'lantai', 'tipe',
  'type', 'gedung', 'jilid', 'seri', 'babak', 'bab', 'kavling', 'kav', 'no', 'nomor', 'sd', 'sdn', 'smp', 'smpn', 'sma',
  'sman', 'smk', 'smkn', 'rt', 'rw', 'pintu', 'jalur', 'kategori', 'golongan', 'gol', 'level', 'tingkat', 'fase',
  'klaster', 'cluster', 'ring', 'peleton', 'pleton', 'regu', 'kompi', 'batalyon', 'vitamin', 'hepatitis', 'kelompok',
  'opsi', 'skenario', 'paket', 'plan', 'terminal', 'hanggar', 'dermaga', 'lajur', 'ruang', 'kamar', 'sel', 'tower',
  'menara', 'koridor', 'rayon', 'ranting', 'area', 'distrik', 'kluster', 'angkatan', 'varian',
]);

/** Balinese given names by birth order and caste, after the article `I` (`I Wayan Koster`). */
const BALINESE = new Set(['wayan', 'made', 'nyoman', 'ketut', 'putu', 'gede', 'gde', 'kadek', 'komang', 'nengah', 'gusti', 'dewa', 'ngurah', 'kade', 'ida', 'luh', 'agung', 'anak', 'bagus']);

/** Index where the title chain before token i begins, and whether it names an office or role. */
export function titleBefore(tokens: readonly Token[], i: number, ctx: WordContext): { start: number; personTitle: boolean } {
  let k = i - 1;
  let start = i;
  let depth = 0;
  let steps = 0;
  let fromRole = -1;
  // An appositive comma (`Kepala Humas X, Budi Santoso,`) may sit right before the name.
  if (k >= 0 && tokens[k].text === ',') k--;
  while (k >= 0 && steps++ < MAX_TITLE) {
    const t = tokens[k];
    if (t.text === ')') { depth++; k--; continue; }
    if (t.text === '(') { if (depth === 0) break; depth--; k--; continue; }
    if (depth > 0) { k--; continue; }
    if (t.word && (isCapitalized(t) || isTitleWord(t))) { start = k; k--; continue; }
    // `Satuan Tugas Penanganan Covid - 19 Kabupaten Tegal`: a number after a hyphen inside a body's name.
    if (/^\d+$/.test(t.text) && k >= 2 && tokens[k - 1].text === '-' && isCapitalized(tokens[k - 2])) { k -= 2; continue; }
    if (t.word && TITLE_JOIN.has(t.lower) && k > 0) {
      const b = tokens[k - 1].text === ',' && k > 1 ? tokens[k - 2] : tokens[k - 1]; // `Hukum, dan Keamanan`
      if (!isNameWord(b, ctx) && (isCapitalized(b) || isTitleWord(b))) { k--; continue; }
    }
    if (t.text === ',' && k > 0 && (isTitleWord(tokens[k - 1]) || isCapitalized(tokens[k - 1])) && !isNameWord(tokens[k - 1], ctx)) { k--; continue; }
    // `Pengamat politik dari Universitas Wolio`: a role, maybe its field, then the body it is from.
    // Only the title's text grows: whether it names a person is still read after `dari`.
    if (t.lower === 'dari' && k > 0 && start < i) {
      const role = isTitleWord(tokens[k - 1]) ? k - 1 : k > 1 && isTitleWord(tokens[k - 2]) && tokens[k - 1].word && tokens[k - 1].text === tokens[k - 1].lower ? k - 2 : -1;
      if (role >= 0) { fromRole = role; break; }
    }
    if (CHAIN_PUNCT.has(t.text) && t.text !== '.') { k--; continue; }
    // `dr. Siti`, `Prof. Dr. Budi`: the period of an abbreviated title.
    if (t.text === '.' && k > 0 && (isTitleWord(tokens[k - 1]) || tokens[k - 1].text.length === 1 || isDegreeAt(tokens, k - 1)) && tokens[k - 1].end === t.start) { k--; continue; }
    break;
  }
  // The title begins at its first office word or organisation (`Sekretaris`, `Menteri`, `Rektor`).
  let personTitle = false;
  let first = -1;
  for (let x = start; x < i; x++) {
    const t = tokens[x];
    if (isTitleWord(t)) { personTitle = true; if (first < 0) first = x; }
    else if (first < 0 && isOrgHead(t)) first = x;
  }
  return { start: first < 0 ? i : fromRole >= 0 ? fromRole : first, personTitle };
}

/** The run is part of a longer title that ends in a name (`Ketua Gili Hotel Association Lalu Kusnawan`). */
export function continuesToName(tokens: readonly Token[], from: number, ctx: WordContext): boolean {
  let depth = 0;
  for (let k = from; k < tokens.length && k - from < 12; k++) {
    const t = tokens[k];
    if (t.text === '(') { depth++; continue; }
    if (t.text === ')') { depth--; continue; }
    if (depth > 0) continue;
    if (nameRun(tokens, k, ctx) > 0) return k > from;
    if (t.word && TITLE_JOIN.has(t.lower) && k + 1 < tokens.length && isCapitalized(tokens[k + 1])) continue;
    if (t.word && (isTitleWord(t) || isAcronym(t) || (isCapitalized(t) && !NOT_NAME.has(t.lower)) || isOrgHead(t))) continue;
    if (t.word && isCapitalized(t) && NOT_NAME.has(t.lower) && !TIME_WORDS.has(t.lower)) continue;
    return false;
  }
  return false;
}

/**
 * `… Wisma Atlet Kemayoran, Jakarta Pusat, Letnan Kolonel …`: from token k, maybe the last words of
 * a body's name, then a place set off by commas and then an office. The run before k ended the
 * name of a body, whose holder comes next.
 */
export function placeThenOffice(tokens: readonly Token[], k: number, ctx: WordContext): boolean {
  const j = placeWords(tokens, k, ctx);
  if (tokens[j]?.text !== ',') return false;
  const e = placeWords(tokens, j + 1, ctx);
  return e > j + 1 && tokens[e]?.text === ',' && tokens[e + 1] !== undefined && isTitleWord(tokens[e + 1]) && isCapitalized(tokens[e + 1]);
}

/** The end of up to three capitalised words from k that are neither names nor offices (`Jakarta Pusat`). */
function placeWords(tokens: readonly Token[], k: number, ctx: WordContext): number {
  let j = k;
  while (j < tokens.length && j - k < 3 && tokens[j].word && isCapitalized(tokens[j]) && !isTitleWord(tokens[j]) && !isNameWord(tokens[j], ctx) && !TIME_WORDS.has(tokens[j].lower)) j++;
  return j;
}

/**
 * How many words of a run after the head of a body (`Universitas Lambung Mangkurat Muhammad Handry`)
 * are the body's name: up to a word that opens most given names (`Muhammad`, `Ahmad`, `Siti`), when
 * two words are left for the person; else the first word (`Partai Gerindra Sufmi Dasco Ahmad`).
 */
export function bodyWordsAfterHead(tokens: readonly Token[], i: number, len: number): number {
  for (let q = 2; q <= len - 2; q++) if (NAME_OPENERS.has(tokens[i + q].lower) && tokens[i + q - 1].word) return q;
  return 1;
}

/** Given names most Indonesian names open with: a body's name seldom holds them. */
const NAME_OPENERS = new Set([
  'muhammad', 'mohammad', 'mohamad', 'muhamad', 'mochammad', 'mochamad', 'moch', 'moh', 'muh', 'ahmad', 'achmad', 'abdul', 'siti',
]);
