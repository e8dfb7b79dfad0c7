// `di` the prefix is written together (`ditulis`), `di` the preposition apart (`di rumah`).
import type { RuleModule, Speller } from '../types.ts';
import { WordTable } from '../../text/word-table.ts';
import { LOCATIVES } from '../lexicon.ts';
import { isProseParagraph, keyShape, wordClasses } from '../prose.ts';
import { perSpeller } from '../cache.ts';

// Nouns after a preposition `di` that also make a `di-` verb (`dibalik` "flipped", `dimuka`).
const PREP_ONLY = new Set([...LOCATIVES, 'balik', 'muka', 'tangan', 'kaki', 'tubuh', 'hati', 'mata', 'kepala', 'masa', 'saat', 'waktu', 'hari', 'tahun', 'bulan', 'pagi', 'siang', 'malam', 'sore', 'akhir', 'awal', 'puncak', 'pusat', 'sektor', 'bidang', 'tingkat', 'level', 'kalangan', 'lingkungan', 'media', 'dunia', 'laut', 'darat', 'udara', 'kamp', 'pintu', 'meja', 'ruang', 'ruangan', 'rapat', 'sidang', 'acara', 'sela', 'sela-sela', 'situs', 'akun', 'halaman', 'lantai', 'gedung', 'istana', 'kediaman', 'perbatasan', 'pinggiran', 'jalur', 'garis', 'posisi', 'peringkat', 'urutan', 'babak', 'menit', 'laga', 'kandang', 'markas', 'titik', 'sana-sini', 'antaranya', 'mana-mana', 'kantornya', 'rumahnya', 'sampingnya', 'tengah-tengah', 'sisi', 'satu', 'dua', 'tiga', 'setiap', 'tiap', 'kedua', 'ketiga']);
const VERB_SUFFIX = /^(?!ber|se|ke|per|pe|ter)[a-z]{3,}(kan|i)$/;

// What a word after `di` must begin with to be one of LOCATIVES (a cheap test before two slices and lookups).
const LOCATIVE_SHAPE = keyShape(new Map([...LOCATIVES].map((w) => [w, true])));

/** Whether `lower` (`di…`, five letters or more) may be `di` + a locative, with or without `-nya`. */
function mayBeDiLocative(lower: string): boolean {
  // Both words tested (`lower` after `di`, and that without `-nya`) then have two letters or
  // more, which start at index 2.
  if (lower.length < 7) return true;
  const c0 = lower.charCodeAt(2);
  if (LOCATIVE_SHAPE.firsts[c0] !== 1) return false;
  const c1 = lower.charCodeAt(3);
  return c0 >= 128 || c1 >= 128 || LOCATIVE_SHAPE.pairs[(c0 << 7) | c1] === 1;
}

const LOWER_WORD = /^\p{Ll}+$/u;

/** `/^\p{Ll}+$/u.test(word)`, without the regex for an ASCII word. */
function lowerWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LOWER_WORD.test(word);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const verbCaches = new WeakMap<object, WordTable>();

/** Whether `di` + a word is a verb (1) or not (0), by joined word for one speller (or none): kept across runs, as the list does not change. */
function verbCache(speller: Speller | undefined): WordTable {
  return perSpeller(verbCaches, speller, () => new WordTable());
}

const rule: RuleModule = {
  meta: {
    id: 'language/di-prefix',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    docs: {
      id: 'Awalan `di-` ditulis serangkai dengan kata kerja (`ditulis`, `dilakukan`); kata depan `di` ditulis terpisah dari tempat (`di rumah`, `di mana`). Dapat diperbaiki otomatis.',
      en: 'The prefix `di-` joins its verb (`ditulis`, `dilakukan`); the preposition `di` stands apart from a place (`di rumah`, `di mana`). Fixable.',
      exampleBad: 'Surat itu di tulis dirumah.',
      exampleGood: 'Surat itu ditulis di rumah.',
    },
    messages: {
      join: { id: 'Awalan "di-" ditulis serangkai: "{{expected}}".', en: 'The prefix "di-" joins the word: "{{expected}}".' },
      split: { id: 'Kata depan "di" ditulis terpisah: "{{expected}}".', en: 'The preposition "di" stands apart: "{{expected}}".' },
    },
  },
  create(context) {
    const speller = context.env.speller;
    const verbs = verbCache(speller);
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        const text = paragraph.text;
        const tokens = context.tokens(index);
        // Both cases below start `di`.
        for (const i of wordClasses(context, index).di) {
          const t = tokens[i];
          if (t.inQuote) continue;
          if (t.lower.length > 4 && mayBeDiLocative(t.lower)) {
            const rest = t.lower.endsWith('nya') ? t.lower.slice(2, -3) : t.lower.slice(2);
            if (LOCATIVES.has(rest) || LOCATIVES.has(t.lower.slice(2))) {
              const expected = `${t.text.slice(0, 2)} ${t.text.slice(2)}`;
              context.report({ paragraph: index, start: t.start, end: t.end, messageId: 'split', data: { expected }, fix: { start: t.start, end: t.end, text: expected } });
              continue;
            }
          }
          if (t.lower !== 'di' || i + 1 >= tokens.length) continue;
          const n = tokens[i + 1];
          if (n.inQuote || n.start - t.end !== 1 || text.charCodeAt(t.end) !== 32 || !lowerWord(n.text) || PREP_ONLY.has(n.lower)) continue;
          const joined = 'di' + n.lower;
          // The exact list, not the forgiving lookup: `diseluruh` passes a stemmer but is no word.
          let verb = verbs.get(joined);
          if (verb < 0) {
            verb = (speller ? (speller.hasWord ? speller.hasWord(joined) : speller.isKnown(joined)) : VERB_SUFFIX.test(n.lower)) ? 1 : 0;
            if (verbs.size >= 50_000) verbs.clear();
            verbs.set(joined, verb);
          }
          if (verb === 0) continue;
          const expected = t.text + n.text;
          context.report({ paragraph: index, start: t.start, end: n.end, messageId: 'join', data: { expected }, fix: { start: t.start, end: n.end, text: expected } });
        }
      },
    };
  },
};
export default rule;
