// Every opened quote mark and bracket closes (a quote running on to the next paragraph excepted).
import type { RuleModule } from '../types.ts';

const QUOTE = /["“”]/g;
const BRACKET = /[()[\]]/g;

const rule: RuleModule = {
  meta: {
    id: 'structure/unbalanced-marks',
    category: 'structure',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Tanda petik dan tanda kurung berpasangan. Kutipan yang berlanjut ke paragraf berikutnya (paragraf berikutnya dibuka dengan tanda petik) tidak dilaporkan.',
      en: 'Quote marks and brackets come in pairs. A quote continued into the next paragraph (which opens with a quote mark) is not reported.',
      exampleBad: '"Kami berdiri bersama, kata Rutte (di Brussel.',
      exampleGood: '"Kami berdiri bersama," kata Rutte (di Brussel).',
    },
    messages: {
      quote: { id: 'Tanda petik tidak berpasangan.', en: 'Unpaired quote mark.' },
      bracket: { id: 'Tanda kurung "{{mark}}" tidak berpasangan.', en: 'Unpaired bracket "{{mark}}".' },
    },
  },
  create(context) {
    const continues = new Set<number>();
    for (const q of context.article.quotes) for (let p = q.paragraph; p < (q.endParagraph ?? q.paragraph); p++) continues.add(p);
    return {
      paragraph({ index, paragraph }) {
        if (paragraph.role !== 'lead' && paragraph.role !== 'body') return;
        const text = paragraph.text;
        // Quote marks: how many, and where the last one is.
        let count = 0;
        let last = -1;
        QUOTE.lastIndex = 0;
        let q: RegExpExecArray | null;
        while ((q = QUOTE.exec(text))) { count++; last = q.index; }
        if (count % 2 === 1 && !continues.has(index)) {
          const next = context.article.paragraphs.slice(index + 1).find((p) => p.role === 'body');
          const runsOn = next && /^\s*["“”]/.test(next.text);
          if (!runsOn) {
            context.report({ paragraph: index, start: last, end: last + 1, messageId: 'quote' });
          }
        }
        BRACKET.lastIndex = 0;
        let b = BRACKET.exec(text);
        if (!b) return;
        const stack: number[] = [];
        for (; b; b = BRACKET.exec(text)) {
          const i = b.index;
          const code = text.charCodeAt(i);
          // ( [ open; ) ] close.
          if (code === 40 || code === 91) stack.push(i);
          else if (code === 41 || code === 93) {
            const c = text[i];
            if (stack.length && text.charCodeAt(stack[stack.length - 1]) === (code === 41 ? 40 : 91)) stack.pop();
            // "1) …" and "a) …" list markers close nothing.
            else if (!/(^|\s)[\w]{1,2}$/.test(text.slice(Math.max(0, i - 3), i)) || stack.length) context.report({ paragraph: index, start: i, end: i + 1, messageId: 'bracket', data: { mark: c } });
          }
        }
        for (const i of stack) context.report({ paragraph: index, start: i, end: i + 1, messageId: 'bracket', data: { mark: text[i] } });
      },
    };
  },
};
export default rule;
