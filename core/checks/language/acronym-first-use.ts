// Acronyms are spelled out at first use (`Pakta Pertahanan Atlantik Utara (NATO)`), and informal
// short forms (`menhan`, `wapres`) are not body copy at all.
import type { RuleModule } from '../types.ts';
import type { DeskProfile } from '../../model/profile.ts';
import { INFORMAL_SHORT_MAP, KNOWN_ACRONYMS, FOREIGN_AGENCIES } from '../lexicon.ts';
import { isProseParagraph, keyShape, mayBeKey, paragraphLower, wordClasses } from '../prose.ts';

const knownCache = new WeakMap<DeskProfile, Set<string>>();

/** The acronyms a desk counts as known: the built-in list, the rule's option, the desk dictionary's capitals (once per profile). */
function knownFor(profile: DeskProfile, extra: string[] | undefined): Set<string> {
  let known = knownCache.get(profile);
  if (!known) {
    known = new Set([...KNOWN_ACRONYMS, ...(extra ?? []).map((s) => s.toUpperCase())]);
    for (const w of profile.dictionary) if (/^[\p{Lu}\d]+$/u.test(w)) known.add(w);
    // News agencies are names, not acronyms to spell out: the desk's own (`ANTARA`, `KOMPAS`) and the wires.
    for (const part of (profile.agency ?? '').toUpperCase().split(/[^\p{Lu}\d]+/u)) if (part) known.add(part);
    for (const a of ['ANTARA', ...FOREIGN_AGENCIES]) known.add(a.toUpperCase());
    knownCache.set(profile, known);
  }
  return known;
}

const ALL_UPPER = /^\p{Lu}{3,6}$/u;
const INFORMAL_SHAPE = keyShape(INFORMAL_SHORT_MAP);

/** `/^\p{Lu}{3,6}$/u.test(word)` for a word of 3 to 6 code units starting A–Z; the regex only past ASCII. */
function upperWord(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return ALL_UPPER.test(word);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

const rule: RuleModule = {
  meta: {
    id: 'language/acronym-first-use',
    category: 'language',
    severity: 'warning',
    hasSuggestions: true,
    docs: {
      id: 'Singkatan dan akronim ditulis lengkap pada penyebutan pertama, dengan singkatannya dalam kurung (`Pakta Pertahanan Atlantik Utara (NATO)`), kecuali yang sudah umum (RI, PBB, DPR…). Bentuk tidak resmi seperti `menhan`, `wapres`, `medsos` tidak dipakai di tubuh berita.',
      en: 'Acronyms are spelled out at first use with the short form in brackets (`Pakta Pertahanan Atlantik Utara (NATO)`), except the well known (RI, PBB, DPR…). Informal short forms such as `menhan`, `wapres`, `medsos` are not used in body copy.',
      exampleBad: 'para menhan NATO juga membahas …',
      exampleGood: 'para menteri pertahanan NATO juga membahas …',
    },
    schema: { type: 'object', properties: { known: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    defaultOptions: { known: [] },
    messages: {
      informal: { id: '"{{word}}" bentuk tidak resmi; tulis "{{full}}".', en: '"{{word}}" is an informal short form; write "{{full}}".' },
      undefinedAcronym: { id: 'Akronim "{{word}}" belum ditulis lengkap pada penyebutan pertama.', en: 'The acronym "{{word}}" is not spelled out at its first use.' },
      expand: { id: 'Ganti dengan "{{full}}".', en: 'Replace with "{{full}}".' },
    },
  },
  create(context) {
    const known = knownFor(context.profile, context.options.known as string[] | undefined);
    const seenAcronym = new Set<string>();
    let spelled = '';
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        const text = paragraph.text;
        const tokens = context.tokens(index);
        // Only a word that may be an informal form, or starts A–Z with 3 to 6 letters, is looked at.
        for (const i of wordClasses(context, index).acronymish) {
          const t = tokens[i];
          if (t.inQuote) continue;
          const full = mayBeKey(INFORMAL_SHAPE, t.lower) ? INFORMAL_SHORT_MAP.get(t.lower) : undefined;
          if (full) {
            // Capitalized before a name (`Menlu Sugiono`) passes once the office was spelled out before.
            const capital = /^\p{Lu}/u.test(t.text);
            // Capitalized before a name or a place (`Menkeu Sri Mulyani`, `Pemkot Surabaya`), or
            // given in brackets after the long form, it is the official short form.
            const next = text.slice(t.end).match(/^ (\p{Lu}[\p{L}-]*)/u);
            if (capital && (next || text[t.start - 1] === '(' || spelled.includes(full.toLowerCase()))) continue;
            const out = capital || t.sentenceStart ? full[0].toUpperCase() + full.slice(1) : full.toLowerCase();
            context.report({ paragraph: index, start: t.start, end: t.end, messageId: 'informal', data: { word: t.text, full: out }, suggest: [{ messageId: 'expand', data: { full: out }, edits: [{ start: t.start, end: t.end, text: out }] }] });
            continue;
          }
          const c0 = t.text.charCodeAt(0);
          if (c0 < 65 || c0 > 90 || t.text.length < 3 || t.text.length > 6) continue;
          if (!upperWord(t.text) || known.has(t.text) || seenAcronym.has(t.text) || /^[IVXLC]+$/.test(t.text)) continue;
          seenAcronym.add(t.text);
          // Initials (`MRNW (17)`, `berinisial AS`) and lists of stock codes are not acronyms to spell out.
          if (/^\s*\(\d/.test(text.slice(t.end)) || /inisial\s+$/i.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
          if (/^,\s*\p{Lu}{3,}\b/u.test(text.slice(t.end)) || /\p{Lu}{3,},\s*$/u.test(text.slice(Math.max(0, t.start - 10), t.start))) continue;
          // Defined here: `Long Name (ABC)` or `ABC (Long Name)`.
          if (text[t.start - 1] === '(' || /^\s*\(\p{Lu}/u.test(text.slice(t.end))) continue;
          context.report({ paragraph: index, start: t.start, end: t.end, messageId: 'undefinedAcronym', data: { word: t.text } });
        }
        if (spelled.length < 20000) spelled += ' ' + paragraphLower(context, index);
      },
    };
  },
};
export default rule;
