// Stray spaces: doubled, before punctuation, after an opening bracket, at the ends of a paragraph.
import type { RuleModule } from '../types.ts';

// [pattern, message, replacement of the whole match, a cheap test: false when the pattern cannot match]
const PATTERNS: [RegExp, string, (m: RegExpExecArray) => string, (text: string) => boolean][] = [
  [/[ \u00a0]{2,}/g, 'double', () => ' ', (t) => t.includes('  ') || t.includes('\u00a0')],
  [/\t+/g, 'tab', () => ' ', (t) => t.includes('\t')],
  [/ +(?=[,.;:?!](?:\s|$|["”]))/g, 'beforePunct', () => '', (t) => SPACE_PUNCT.test(t)],
  [/([(\[]) +/g, 'afterBracket', (m) => m[1], (t) => t.includes('( ') || t.includes('[ ')],
  [/ +([)\]])/g, 'beforeBracket', (m) => m[1], (t) => t.includes(' )') || t.includes(' ]')],
];
const SPACE_PUNCT = / [,.;:?!]/;
// Any of the five patterns can match only where this does (one pass for a clean paragraph).
const ANY = /[ \u00a0][ \u00a0,.;:?!)\]]|\u00a0|\t|[(\[] /;
const SPACE = /\s/;

const rule: RuleModule = {
  meta: {
    id: 'structure/whitespace',
    category: 'structure',
    severity: 'info',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    docs: {
      id: 'Spasi liar dihapus: spasi ganda, tab, spasi sebelum tanda baca, spasi setelah kurung buka atau sebelum kurung tutup, dan spasi di awal atau akhir paragraf.',
      en: 'Stray spaces are removed: doubled spaces, tabs, a space before punctuation, after an opening or before a closing bracket, and at the start or end of a paragraph.',
      exampleBad: 'NATO  sedang mempersiapkan ( pusat komando ) baru .',
      exampleGood: 'NATO sedang mempersiapkan (pusat komando) baru.',
    },
    messages: {
      double: { id: 'Spasi ganda.', en: 'Double space.' },
      tab: { id: 'Tab di dalam teks.', en: 'Tab inside the text.' },
      beforePunct: { id: 'Spasi sebelum tanda baca.', en: 'Space before punctuation.' },
      afterBracket: { id: 'Spasi setelah kurung buka.', en: 'Space after an opening bracket.' },
      beforeBracket: { id: 'Spasi sebelum kurung tutup.', en: 'Space before a closing bracket.' },
      ends: { id: 'Spasi di awal atau akhir paragraf.', en: 'Space at the start or end of the paragraph.' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (paragraph.role === 'junk') return;
        const text = paragraph.text;
        const taken: [number, number][] = [];
        const lead = /^\s+/.exec(text);
        if (lead) { taken.push([0, lead[0].length]); context.report({ paragraph: index, start: 0, end: lead[0].length, messageId: 'ends', fix: { start: 0, end: lead[0].length, text: '' } }); }
        const trail = text.length > 0 && SPACE.test(text[text.length - 1]) ? /\s+$/.exec(text) : null;
        if (trail && trail.index > 0) { taken.push([trail.index, text.length]); context.report({ paragraph: index, start: trail.index, end: text.length, messageId: 'ends', fix: { start: trail.index, end: text.length, text: '' } }); }
        if (ANY.test(text)) for (const [re, messageId, replace, may] of PATTERNS) {
          if (!may(text)) continue;
          re.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = re.exec(text))) {
            const s = m.index;
            const e = s + m[0].length;
            if (taken.some(([a, b]) => s < b && e > a)) continue;
            // An ellipsis opening a quote (`" ...`) and ` - ` dashes keep their spaces.
            if (messageId === 'beforePunct' && text.startsWith('..', e)) continue;
            taken.push([s, e]);
            context.report({ paragraph: index, start: s, end: e, messageId, fix: { start: s, end: e, text: replace(m) } });
          }
        }
      },
    };
  },
};
export default rule;
