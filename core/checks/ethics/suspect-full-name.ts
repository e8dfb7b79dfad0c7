// Presumption of innocence (Kode Etik Pasal 3; desk policy): a desk that names suspects by their
// initials asks the editor to look at a suspect's full name.
import type { RuleModule } from '../types.ts';
import { anyOf, isProseParagraph, proseMatches } from '../prose.ts';

// The name ends on a whole word: `Ahmad Suryadi (45)` is the usual way copy names a suspect, so
// what follows the name (an age in brackets, a comma) must never cut it short.
const SUSPECT = /\b(tersangka|terduga|terlapor|pelaku)\s+(?:(?:kasus|dugaan)\s+\p{Ll}+\s+)?((?:\p{Lu}\p{Ll}+)(?:\s+(?:bin|binti)?\s*\p{Lu}\p{Ll}+){1,3})(?![\p{L}\p{M}])/gu;

const SUSPECT_WORDS = anyOf(['tersangka', 'terduga', 'terlapor', 'pelaku']);

const rule: RuleModule = {
  meta: {
    id: 'ethics/suspect-full-name',
    category: 'ethics',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    hasSuggestions: true,
    docs: {
      id: 'Asas praduga tak bersalah: bila desk menyebut tersangka dengan inisial, nama lengkap setelah "tersangka", "terduga", "pelaku" dilaporkan, dengan saran inisialnya.',
      en: 'Presumption of innocence: when the desk names suspects by initials, a full name after "tersangka", "terduga", "pelaku" is reported, with its initials as a suggestion.',
      exampleBad: 'Polisi menahan tersangka Budi Santoso di Mapolres.',
      exampleGood: 'Polisi menahan tersangka berinisial BS di Mapolres.',
    },
    messages: {
      fullName: { id: 'Tersangka disebut nama lengkap ("{{name}}"); desk memakai inisial.', en: 'The suspect is named in full ("{{name}}"); the desk uses initials.' },
      initials: { id: 'Ganti dengan inisial "{{initials}}".', en: 'Replace with the initials "{{initials}}".' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (!context.profile.suspectInitials || !isProseParagraph(paragraph) || !SUSPECT_WORDS.test(paragraph.text)) return;
        for (const m of proseMatches(context, index, SUSPECT)) {
          const name = m[2];
          const start = m.index + m[0].length - name.length;
          const initials = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
          context.report({
            paragraph: index, start, end: start + name.length, messageId: 'fullName', data: { name },
            suggest: [{ messageId: 'initials', data: { initials }, edits: [{ start, end: start + name.length, text: initials }] }],
          });
        }
      },
    };
  },
};
export default rule;
