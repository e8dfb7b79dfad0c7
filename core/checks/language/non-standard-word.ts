// House word swaps as data (Vale's `substitution`): the desk's list maps non-standard to standard.
import type { RuleModule } from '../types.ts';
import type { DeskProfile } from '../../model/profile.ts';
import { isProseParagraph, keyShape, mayBeKey, mayBeKeyAt, paragraphLower } from '../prose.ts';
import { matchCase } from '../text.ts';
import { hashFilter, mayHoldHash } from '../../text/word-table.ts';

const tables = new WeakMap<DeskProfile, Map<string, string>>();
const filters = new WeakMap<ReadonlyMap<string, string>, Int32Array>();

/** hashFilter of the table's words (once per table; a table is not changed after it is made). */
function tableFilter(table: ReadonlyMap<string, string>): Int32Array {
  let f = filters.get(table);
  if (!f) {
    f = hashFilter(table.keys());
    filters.set(table, f);
  }
  return f;
}

export function substitutionTable(profile: DeskProfile): Map<string, string> {
  let t = tables.get(profile);
  if (!t) {
    t = new Map(Object.entries(profile.substitutions ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    tables.set(profile, t);
  }
  return t;
}

const rule: RuleModule = {
  meta: {
    id: 'language/non-standard-word',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    docs: {
      id: 'Kata tidak baku diganti bentuk bakunya menurut daftar desk (praktek → praktik, resiko → risiko, himbau → imbau, …). Daftar dapat disunting di Pengaturan. Dapat diperbaiki otomatis.',
      en: 'Non-standard words are replaced with their standard form from the desk\'s list (praktek → praktik, resiko → risiko, himbau → imbau, …). The list is editable in Settings. Fixable.',
      exampleBad: 'Pemerintah menghimbau warga mewaspadai resiko banjir.',
      exampleGood: 'Pemerintah mengimbau warga mewaspadai risiko banjir.',
    },
    messages: {
      replace: { id: 'Kata tidak baku: tulis "{{expected}}", bukan "{{found}}".', en: 'Non-standard word: write "{{expected}}", not "{{found}}".' },
    },
  },
  create(context) {
    const table = substitutionTable(context.profile);
    const shape = keyShape(table);
    const filter = tableFilter(table);
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph) || !table.size) return;
        const text = paragraph.text;
        const lower = paragraphLower(context, index);
        // Most words are ruled out by offsets into the paragraph's flat strings, without reading
        // the word's own (when the lower case lines up with the text).
        const aligned = lower.length === text.length && !text.includes('\u03a3');
        // The next hyphen at or after the word: the words come in order, so one search per hyphen.
        let hyphen = -1;
        for (const t of context.tokens(index)) {
          if (t.inQuote) continue;
          if (hyphen !== Infinity && hyphen < t.start) {
            hyphen = text.indexOf('-', t.start);
            if (hyphen < 0) hyphen = Infinity;
          }
          if (hyphen >= t.end) {
            // One word: its lower case is the token's. Most words are ruled out by the hash the
            // parser worked out (when it did: not 0), the rest by their letters and length.
            if (t.hash !== 0 && !mayHoldHash(filter, t.hash)) continue;
            const target = (aligned ? mayBeKeyAt(shape, lower, t.start, t.end - t.start) : mayBeKey(shape, t.lower)) ? table.get(t.lower) : undefined;
            if (target) {
              const part = t.text;
              const expected = /^\p{Lu}/u.test(target) ? target : matchCase(target, part);
              if (expected !== part) {
                context.report({ paragraph: index, start: t.start, end: t.start + part.length, messageId: 'replace', data: { expected, found: part }, fix: { start: t.start, end: t.start + part.length, text: expected } });
              }
            }
            continue;
          }
          // `praktek-praktek`: each half of a reduplication is a word.
          const parts = t.text.includes('-') ? t.text.split('-') : [t.text];
          let offset = t.start;
          for (const part of parts) {
            const target = table.get(part.toLowerCase());
            if (target) {
              const expected = /^\p{Lu}/u.test(target) ? target : matchCase(target, part);
              if (expected !== part) {
                context.report({ paragraph: index, start: offset, end: offset + part.length, messageId: 'replace', data: { expected, found: part }, fix: { start: offset, end: offset + part.length, text: expected } });
              }
            }
            offset += part.length + 1;
          }
        }
      },
    };
  },
};
export default rule;
