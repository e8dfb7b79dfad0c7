// A story without a headline cannot go out: every CMS and wire format needs one.
import type { RuleModule } from '../types.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/headline-missing',
    category: 'structure',
    severity: 'error',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Berita wajib berjudul. Judul kosong atau hanya spasi dilaporkan sebagai galat.',
      en: 'A story must have a headline. A missing or blank headline is an error.',
      exampleBad: '(tanpa judul) London (ANTARA) - Para menteri pertahanan …',
      exampleGood: 'NATO bahas dukungan untuk Ukraina di Brussel',
    },
    messages: {
      missing: { id: 'Judul berita belum ada.', en: 'The story has no headline.' },
    },
  },
  create(context) {
    return {
      article(article) {
        if (!article.headline || !article.headline.trim()) context.report({ paragraph: -1, start: 0, end: 0, messageId: 'missing' });
      },
    };
  },
};
export default rule;
