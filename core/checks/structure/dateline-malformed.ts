// The dateline follows the desk's template to the character: `London (ANTARA) - `.
// Only the desk's own dateline is fixed in bulk, and only where the fix changes spacing, dashes,
// brackets or letter case: an agency, a date or a place is never added, dropped or swapped by a
// fix, because those say where the story came from (a foreign dateline is dateline-agency's job).
// Even the old name of the desk's own agency (`ANTARA News`) is only proposed: a word goes.
import type { RuleModule } from '../types.ts';
import { leadIndex } from '../article-util.ts';
import { expectedAgency, looseDateline, normalizeAgency, renderDateline } from '../dateline.ts';

/** What a dateline says once spacing, dashes, brackets, commas, dots and case are set aside. */
function substance(s: string): string {
  return s.toLowerCase().replace(/[\s()[\],.:\-–—]/g, '');
}

function isDesks(agency: string | null, desk: string | null): boolean {
  if (!agency) return true;
  if (!desk) return false;
  // `ANTARA/Reuters` carries the desk's agency: that is how a shared story is dated.
  return normalizeAgency(agency).split('/').includes(normalizeAgency(desk));
}

const rule: RuleModule = {
  meta: {
    id: 'structure/dateline-malformed',
    category: 'structure',
    severity: 'warning',
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Dateline mengikuti templat desk persis: nama tempat, agensi dalam kurung, spasi, tanda hubung, spasi (`London (ANTARA) - `). Spasi, tanda hubung dan huruf besar pada dateline desk sendiri diperbaiki otomatis; agensi lain, tanggal, atau agensi yang belum tertulis hanya diusulkan.',
      en: 'The dateline follows the desk template exactly: place, agency in brackets, space, hyphen, space (`London (ANTARA) - `). Spacing, dashes and case of the desk\'s own dateline are fixed automatically; another agency, a date, or a missing agency is only suggested.',
      exampleBad: 'London(ANTARA)- Para menteri …',
      exampleGood: 'London (ANTARA) - Para menteri …',
    },
    messages: {
      malformed: { id: 'Dateline "{{found}}" tidak sesuai templat; seharusnya "{{expected}}".', en: 'Dateline "{{found}}" does not follow the template; expected "{{expected}}".' },
      useTemplate: { id: 'Tulis sebagai "{{expected}}"', en: 'Write it as "{{expected}}"' },
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
        // A dateline from markup alone (length 0) says nothing of the text: read the text loosely.
        if (article.dateline && article.dateline.length > 0) {
          ({ place, agency, length } = article.dateline);
        } else {
          const loose = looseDateline(text);
          if (!loose) return;
          ({ place, agency, length } = loose);
        }
        if (!place || length <= 0) return;
        const found = text.slice(0, length);
        // Another outlet's dateline (or an agency on a desk that writes none) is dateline-agency's
        // finding: reporting it here too would say one thing twice, and its words are not ours to fix.
        if (!isDesks(agency, context.profile.agency)) return;
        const expected = renderDateline(context.profile, place, expectedAgency(context.profile, agency));
        if (found === expected) return;
        const range = { paragraph: lead, start: 0, end: length };
        const data = { found: found.trim(), expected: expected.trim() };
        if (substance(found) === substance(expected)) {
          context.report({ ...range, messageId: 'malformed', data, fix: { start: 0, end: length, text: expected } });
          return;
        }
        // A date, a missing agency or another place name: the template's form is only proposed.
        context.report({
          ...range, messageId: 'malformed', data,
          suggest: [{ messageId: 'useTemplate', data: { expected: expected.trim() }, edits: [{ start: 0, end: length, text: expected }] }],
        });
      },
    };
  },
};
export default rule;
