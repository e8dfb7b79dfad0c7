// `yang yang`: a word typed twice. Reduplication is written with a hyphen (`kata-kata`), never a space.
import type { RuleModule } from '../types.ts';
import { isProseParagraph } from '../prose.ts';

// Function words never meant twice: removing the copy is safe in bulk.
const FUNCTION_WORDS = new Set(['yang', 'di', 'ke', 'dari', 'dan', 'atau', 'untuk', 'dengan', 'itu', 'ini', 'pada', 'akan', 'tidak', 'juga', 'dalam', 'bahwa', 'oleh', 'sebagai', 'telah', 'sudah', 'adalah', 'karena', 'jika', 'saat', 'the', 'a', 'of']);

const rule: RuleModule = {
  meta: {
    id: 'language/repeated-word',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    hasSuggestions: true,
    docs: {
      id: 'Kata yang tertulis dua kali berturut-turut (`yang yang`) dihapus salah satunya; kata ulang ditulis dengan tanda hubung (`kata-kata`). Kata tugas diperbaiki otomatis; lainnya lewat saran.',
      en: 'A word typed twice in a row (`yang yang`) loses its copy; reduplication takes a hyphen (`kata-kata`). Function words are fixed automatically; others get suggestions.',
      exampleBad: 'Aliansi yang yang tetap berkomitmen',
      exampleGood: 'Aliansi yang tetap berkomitmen',
    },
    messages: {
      repeated: { id: 'Kata "{{word}}" tertulis dua kali.', en: 'The word "{{word}}" appears twice.' },
      remove: { id: 'Hapus salah satu "{{word}}".', en: 'Delete one "{{word}}".' },
      hyphen: { id: 'Tulis sebagai kata ulang "{{plural}}".', en: 'Write as the reduplication "{{plural}}".' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        const tokens = context.tokens(index);
        const text = paragraph.text;
        for (let i = 1; i < tokens.length; i++) {
          const a = tokens[i - 1];
          const b = tokens[i];
          if (a.lower !== b.lower || b.inQuote || a.inQuote || /\d/.test(a.text) || !/^\s+$/.test(text.slice(a.end, b.start))) continue;
          const remove = { start: a.end, end: b.end, text: '' };
          if (FUNCTION_WORDS.has(a.lower)) {
            context.report({ paragraph: index, start: a.start, end: b.end, messageId: 'repeated', data: { word: b.text }, fix: remove });
          } else {
            const plural = `${a.text}-${b.text}`;
            context.report({
              paragraph: index, start: a.start, end: b.end, messageId: 'repeated', data: { word: b.text },
              suggest: [
                { messageId: 'remove', data: { word: b.text }, edits: [remove] },
                { messageId: 'hyphen', data: { plural }, edits: [{ start: a.start, end: b.end, text: plural }] },
              ],
            });
          }
        }
      },
    };
  },
};
export default rule;
