// A quote that starts mid-sentence says so with the desk's bracket convention: `"[...] semua bantuan`.
import type { RuleModule } from '../types.ts';

const rule: RuleModule = {
  meta: {
    id: 'attribution/ellipsis-quote',
    category: 'attribution',
    severity: 'info',
    hasSuggestions: true,
    docs: {
      id: 'Kutipan yang dibuka dengan elipsis (`"...`) memakai konvensi kurung desk: bagian yang dihilangkan ditulis `[...]` dan kata tambahan editor dalam kurung siku (`[tentang]`).',
      en: 'A quote opened with an ellipsis (`"...`) uses the desk\'s bracket convention: the cut as `[...]`, the editor\'s added words in square brackets (`[tentang]`).',
      exampleBad: '"... (tentang) semua bantuan bilateral," katanya.',
      exampleGood: '"[...] [tentang] semua bantuan bilateral," katanya.',
    },
    schema: { type: 'object', properties: { cut: { type: 'string' } }, additionalProperties: false },
    defaultOptions: { cut: '[...]' },
    messages: {
      ellipsis: { id: 'Kutipan dibuka dengan elipsis; pakai konvensi kurung desk ("{{cut}}").', en: 'The quote opens with an ellipsis; use the desk\'s bracket convention ("{{cut}}").' },
      bracket: { id: 'Tulis "{{cut}}" dan kata tambahan dalam kurung siku.', en: 'Write "{{cut}}" and added words in square brackets.' },
    },
  },
  create(context) {
    const cut = String(context.options.cut);
    return {
      quote(q) {
        if (q.kind !== 'direct') return;
        const text = context.article.paragraphs[q.paragraph]?.text ?? '';
        const c = text.charCodeAt(q.start);
        if (c !== 34 && c !== 0x201c && c !== 0x201d) return;
        const m = /^["“”]\s*(\.{3}|…)\s*(\(([^)]{1,40})\))?/u.exec(text.slice(q.start));
        if (!m) return;
        const s = q.start + m[0].indexOf(m[1]);
        const edits = [{ start: s, end: s + m[1].length, text: cut }];
        if (m[2]) {
          const b = q.start + m[0].indexOf(m[2]);
          edits.push({ start: b, end: b + m[2].length, text: `[${m[3]}]` });
        }
        context.report({ paragraph: q.paragraph, start: s, end: s + m[1].length, messageId: 'ellipsis', data: { cut }, suggest: [{ messageId: 'bracket', data: { cut }, edits }] });
      },
    };
  },
};
export default rule;
