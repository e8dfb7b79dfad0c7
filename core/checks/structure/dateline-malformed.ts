// The dateline follows the desk's template to the character: `London (ANTARA) - `.
import type { RuleModule } from '../types.ts';
import { leadIndex } from '../article-util.ts';
import { expectedAgency, looseDateline, renderDateline } from '../dateline.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/dateline-malformed',
    category: 'structure',
    severity: 'warning',
    fixable: true,
    docs: {
      id: 'Dateline mengikuti templat desk persis: nama tempat, agensi dalam kurung, spasi, tanda hubung, spasi (`London (ANTARA) - `). Dapat diperbaiki otomatis.',
      en: 'The dateline follows the desk template exactly: place, agency in brackets, space, hyphen, space (`London (ANTARA) - `). Fixable.',
      exampleBad: 'London(ANTARA)- Para menteri …',
      exampleGood: 'London (ANTARA) - Para menteri …',
    },
    messages: {
      malformed: { id: 'Dateline "{{found}}" tidak sesuai templat; seharusnya "{{expected}}".', en: 'Dateline "{{found}}" does not follow the template; expected "{{expected}}".' },
    },
  },
  create(context) {
    return {
      article(article) {
        const lead = leadIndex(article);
        if (lead < 0) return;
        const text = article.paragraphs[lead].text;
        let place: string | null;
        let agency: string | null;
        let length: number;
        if (article.dateline) {
          ({ place, agency, length } = article.dateline);
        } else {
          const loose = looseDateline(text);
          if (!loose) return;
          ({ place, agency, length } = loose);
        }
        if (!place || length <= 0) return;
        const found = text.slice(0, length);
        const expected = renderDateline(context.profile, place, expectedAgency(context.profile, agency));
        if (found === expected) return;
        context.report({
          paragraph: lead, start: 0, end: length, messageId: 'malformed',
          data: { found: found.trim(), expected: expected.trim() },
          fix: { start: 0, end: length, text: expected },
        });
      },
    };
  },
};
export default rule;
