// Rupiah: `Rp353,2 triliun` (PUEBI, ANTARA) or `Rp 5.000` (Kompas, detik): no period after Rp, no `,-`.
import type { RuleModule } from '../types.ts';
import { isProseParagraph, paragraphLower, proseMatches } from '../prose.ts';

const RP = /(?<![\p{L}\d])(Rp|RP|rp)(\.?)([ \u00a0]*)(\d[\d.,]*\d|\d)(,-|,00(?!\d))?/gu;

const rule: RuleModule = {
  meta: {
    id: 'language/rupiah',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    docs: {
      id: 'Lambang rupiah ditulis `Rp` tanpa titik, langsung diikuti angka (`Rp353,2 triliun`) atau dengan satu spasi bila gaya desk begitu (Kompas, detik: `Rp 5.000`), tanpa `,-`. Dapat diperbaiki otomatis.',
      en: 'The rupiah sign is `Rp` with no period, followed by the figure (`Rp353,2 triliun`) or by one space when that is the desk\'s style (Kompas, detik: `Rp 5.000`), with no `,-`. Fixable.',
      exampleBad: 'Rp. 5.000,-',
      exampleGood: 'Rp5.000',
    },
    messages: {
      form: { id: 'Tulis "{{expected}}", bukan "{{found}}".', en: 'Write "{{expected}}", not "{{found}}".' },
    },
  },
  create(context) {
    const space = context.profile.rupiahSpace ? ' ' : '';
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph) || !paragraphLower(context, index).includes('rp')) return;
        for (const m of proseMatches(context, index, RP)) {
          const expected = `Rp${space}${m[4]}`;
          if (m[0] === expected) continue;
          context.report({ paragraph: index, start: m.index, end: m.index + m[0].length, messageId: 'form', data: { expected, found: m[0] }, fix: { start: m.index, end: m.index + m[0].length, text: expected } });
        }
      },
    };
  },
};
export default rule;
