// One story, one kind of quote mark: the desk's (straight `"` or curly `“ ”`).
import type { RuleModule } from '../types.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/mixed-quote-style',
    category: 'structure',
    severity: 'info',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    docs: {
      id: 'Satu berita memakai satu jenis tanda petik, yaitu gaya desk (lurus `"` atau lengkung `“ ”`). Bila bercampur, tanda yang berbeda diubah ke gaya desk secara otomatis.',
      en: 'A story uses one kind of quote mark, the desk\'s (straight `"` or curly `“ ”`). When they are mixed, the odd ones are converted (fixable).',
      exampleBad: '"Kami berdiri bersama," kata Rutte. “Itu komitmen kami,” ujarnya.',
      exampleGood: '"Kami berdiri bersama," kata Rutte. "Itu komitmen kami," ujarnya.',
    },
    messages: {
      mixed: { id: 'Tanda petik "{{mark}}" berbeda dengan gaya desk.', en: 'Quote mark "{{mark}}" differs from the desk style.' },
    },
  },
  create(context) {
    const curlyDesk = context.profile.quoteStyle === 'curly';
    const prose = (i: number) => ['lead', 'body'].includes(context.article.paragraphs[i].role);
    return {
      article(article) {
        let straight = 0;
        let curly = 0;
        article.paragraphs.forEach((p, i) => {
          if (!prose(i)) return;
          if (!straight && p.text.includes('"')) straight++;
          if (!curly && (p.text.includes('“') || p.text.includes('”'))) curly++;
        });
        if (!straight || !curly) return;
        article.paragraphs.forEach((p, i) => {
          if (!prose(i)) return;
          const text = p.text;
          for (let k = 0; k < text.length; k++) {
            const c = text[k];
            if (curlyDesk && c === '"') {
              const opening = k === 0 || /[\s(\[—–-]/.test(text[k - 1]);
              context.report({ paragraph: i, start: k, end: k + 1, messageId: 'mixed', data: { mark: c }, fix: { start: k, end: k + 1, text: opening ? '“' : '”' } });
            } else if (!curlyDesk && (c === '“' || c === '”')) {
              context.report({ paragraph: i, start: k, end: k + 1, messageId: 'mixed', data: { mark: c }, fix: { start: k, end: k + 1, text: '"' } });
            }
          }
        });
      },
    };
  },
};
export default rule;
