// `katanya`/`ujarnya` point back at a speaker: with nobody named before them, "nya" is nobody.
import type { RuleModule } from '../types.ts';
import { NYA_CUES } from '../lexicon.ts';
import { isProse } from '../article-util.ts';

const rule: RuleModule = {
  meta: {
    id: 'attribution/dangling-katanya',
    category: 'attribution',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: '`katanya`, `ujarnya`, `tambahnya` merujuk narasumber yang sudah disebut. Dilaporkan bila belum ada orang yang disebut sebelumnya.',
      en: '`katanya`, `ujarnya`, `tambahnya` refer back to a named speaker. Reported when nobody has been named before.',
      exampleBad: '"Kami siap," katanya. (belum ada narasumber sebelumnya)',
      exampleGood: '"Kami siap," kata Rutte. … "Itu komitmen kami," katanya.',
    },
    messages: {
      dangling: { id: '"{{cue}}" tanpa narasumber yang disebut sebelumnya.', en: '"{{cue}}" with no speaker named before it.' },
    },
  },
  create(context) {
    let named = false;
    const speakers = context.article.quotes.filter((q) => q.speaker && q.cue && !NYA_CUES.has(q.cue.toLowerCase()));
    return {
      paragraph({ index, paragraph }) {
        if (named || !isProse(paragraph.role)) return;
        for (const t of context.tokens(index)) {
          if (t.inQuote) continue;
          // Someone is named once a capitalized word stands mid-sentence, or a quote had a named speaker.
          if ((!t.sentenceStart && /^\p{Lu}\p{Ll}/u.test(t.text)) || speakers.some((q) => q.paragraph < index || (q.paragraph === index && q.end <= t.start))) { named = true; return; }
          if (NYA_CUES.has(t.lower)) {
            context.report({ paragraph: index, start: t.start, end: t.end, messageId: 'dangling', data: { cue: t.text } });
            named = true;
            return;
          }
        }
      },
    };
  },
};
export default rule;
