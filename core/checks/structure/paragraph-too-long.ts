// Long paragraphs read badly on a phone; the desk sets the limit.
import type { RuleModule } from '../types.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/paragraph-too-long',
    category: 'structure',
    severity: 'info',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Paragraf tubuh berita tidak melebihi batas kata desk (bawaan 70 kata); pecah menjadi dua paragraf.',
      en: 'A body paragraph stays within the desk\'s word limit (default 70); split it in two.',
      exampleBad: '(satu paragraf berisi 90 kata)',
      exampleGood: '(dua paragraf masing-masing 45 kata)',
    },
    messages: {
      tooLong: { id: 'Paragraf {{count}} kata; batas desk {{limit}} kata.', en: 'The paragraph has {{count}} words; the desk limit is {{limit}}.' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (paragraph.role !== 'body') return;
        const n = context.tokens(index).length;
        const limit = context.profile.paragraphWordLimit;
        if (n > limit) context.report({ paragraph: index, start: 0, end: paragraph.text.length, messageId: 'tooLong', data: { count: n, limit } });
      },
    };
  },
};
export default rule;
