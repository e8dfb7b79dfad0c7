// A story filed under another agency's dateline needs the editor to look: rewrite or credit it.
import type { RuleModule } from '../types.ts';
import { normalizeAgency } from '../dateline.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/dateline-agency',
    category: 'structure',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Agensi di dateline sama dengan agensi desk; berita dari agensi lain ditulis ulang dan sumbernya dicantumkan.',
      en: 'The dateline agency is the desk\'s own; a story from another agency is rewritten and credited.',
      exampleBad: 'London (Reuters) - …',
      exampleGood: 'London (ANTARA) - … Sumber: Reuters',
    },
    messages: {
      foreign: { id: 'Dateline memakai agensi "{{agency}}", bukan "{{desk}}".', en: 'The dateline carries agency "{{agency}}", not "{{desk}}".' },
      none: { id: 'Desk ini tidak mencantumkan agensi di dateline ("{{agency}}").', en: 'This desk writes no agency in its datelines ("{{agency}}").' },
    },
  },
  create(context) {
    return {
      dateline(lead) {
        const d = context.article.dateline;
        if (!d || !d.agency) return;
        const desk = context.profile.agency;
        const text = context.article.paragraphs[lead].text;
        const at = Math.max(0, text.indexOf(d.agency));
        const range = { paragraph: lead, start: at, end: at + d.agency.length };
        if (!desk) {
          context.report({ ...range, messageId: 'none', data: { agency: d.agency } });
          return;
        }
        // `ANTARA/Reuters` carries the desk's agency: that is how a shared story is dated.
        if (normalizeAgency(d.agency).split('/').includes(normalizeAgency(desk))) return;
        context.report({ ...range, messageId: 'foreign', data: { agency: d.agency, desk } });
      },
    };
  },
};
export default rule;
