// The lead opens with the dateline: where the story was reported, and by whom.
import type { RuleModule } from '../types.ts';
import { leadIndex } from '../article-util.ts';
import { looseDateline, renderDateline } from '../dateline.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/dateline-missing',
    category: 'structure',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Paragraf pertama dibuka dengan dateline sesuai templat desk, misalnya `Jakarta (ANTARA) - `.',
      en: 'The lead opens with a dateline in the desk\'s template, e.g. `Jakarta (ANTARA) - `.',
      exampleBad: 'Para menteri pertahanan NATO berkumpul di Brussel …',
      exampleGood: 'Brussel (ANTARA) - Para menteri pertahanan NATO berkumpul …',
    },
    messages: {
      missing: { id: 'Dateline tidak ada; paragraf pertama seharusnya dibuka dengan "{{example}}".', en: 'No dateline; the lead should open with "{{example}}".' },
    },
  },
  create(context) {
    return {
      article(article) {
        // A dateline only in the markup (NITF <dateline>, length 0) is not in the copy the desk sends.
        if (article.dateline && article.dateline.length > 0) return;
        const lead = leadIndex(article);
        if (lead < 0) return;
        // A broken dateline is the malformed rule's to report.
        if (looseDateline(article.paragraphs[lead].text)) return;
        context.report({ paragraph: lead, start: 0, end: 0, messageId: 'missing', data: { example: renderDateline(context.profile, 'Jakarta', context.profile.agency).trim() } });
      },
    };
  },
};
export default rule;
