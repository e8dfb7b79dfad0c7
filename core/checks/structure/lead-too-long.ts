// The lead answers the main questions in few words: ANTARA's stylebook caps it at 35 words, 3 sentences.
import type { RuleModule } from '../types.ts';
import { sentences } from '../text.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/lead-too-long',
    category: 'structure',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Teras berita (lead) tidak melebihi batas kata dan kalimat desk (ANTARA: 35 kata, 3 kalimat). Dateline tidak dihitung.',
      en: 'The lead stays within the desk\'s word and sentence limits (ANTARA: 35 words, 3 sentences). The dateline is not counted.',
      exampleBad: 'London (ANTARA) - (teras 48 kata yang memuat seluruh latar belakang pertemuan …)',
      exampleGood: 'London (ANTARA) - Para menteri pertahanan NATO berkumpul di Brussel pada Kamis untuk membahas dukungan bagi Ukraina.',
    },
    messages: {
      words: { id: 'Teras {{count}} kata; batas desk {{limit}} kata.', en: 'The lead has {{count}} words; the desk limit is {{limit}}.' },
      sentences: { id: 'Teras {{count}} kalimat; batas desk {{limit}} kalimat.', en: 'The lead has {{count}} sentences; the desk limit is {{limit}}.' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (paragraph.role !== 'lead') return;
        const from = context.textStart(index);
        const words = context.tokens(index).length;
        const end = paragraph.text.length;
        const { leadWordLimit, leadSentenceLimit } = context.profile;
        if (words > leadWordLimit) context.report({ paragraph: index, start: from, end, messageId: 'words', data: { count: words, limit: leadWordLimit } });
        const n = sentences(paragraph.text, from).length;
        if (n > leadSentenceLimit) context.report({ paragraph: index, start: from, end, messageId: 'sentences', data: { count: n, limit: leadSentenceLimit } });
      },
    };
  },
};
export default rule;
