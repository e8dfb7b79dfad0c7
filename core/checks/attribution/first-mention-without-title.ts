// A speaker's first mention gives the full name and the title or role: the reader must know who
// speaks and why they count (`Sekretaris Jenderal NATO Mark Rutte`), then `Rutte` after that.
import type { RuleModule } from '../types.ts';
import { TITLE_HEADS } from '../lexicon.ts';
import { isProse } from '../article-util.ts';
import { nameRuns, quotedPeople } from '../names.ts';

// A role given after the name: `Rutte, Sekjen NATO`, `Rutte selaku …`, `Rutte (45), warga …`.
const ROLE_AFTER = /^\s*(?:\(\d{1,3}\))?\s*(?:,\s*(?:yang\s+)?[\p{L}]|selaku\b|sebagai\b|yang\s+(?:juga\s+)?(?:menjabat|merupakan|adalah)\b|\()/u;

const rule: RuleModule = {
  meta: {
    id: 'attribution/first-mention-without-title',
    category: 'attribution',
    severity: 'warning',
    docs: {
      id: 'Penyebutan pertama narasumber memuat nama lengkap dan jabatan atau perannya (`Sekretaris Jenderal NATO Mark Rutte`); selanjutnya cukup nama belakang.',
      en: 'A speaker\'s first mention gives the full name and the title or role (`Sekretaris Jenderal NATO Mark Rutte`); the surname after that.',
      exampleBad: 'Rutte menekankan bahwa … (penyebutan pertama)',
      exampleGood: 'Sekretaris Jenderal NATO Mark Rutte menekankan bahwa …',
    },
    messages: {
      shortName: { id: 'Penyebutan pertama "{{name}}" belum memakai nama lengkap ("{{full}}").', en: 'The first mention "{{name}}" does not use the full name ("{{full}}").' },
      noTitle: { id: 'Penyebutan pertama "{{name}}" tanpa jabatan atau peran.', en: 'The first mention of "{{name}}" gives no title or role.' },
    },
  },
  create(context) {
    return {
      'article:exit'(article) {
        const people = quotedPeople(article);
        if (!people.length) return;
        // Every mention of each surname, in story order, with the name run around it.
        for (const person of people) {
          let first: { p: number; start: number; end: number; words: string[]; before: string[]; after: string } | null = null;
          let longest = 0;
          let longestName = '';
          for (let p = 0; p < article.paragraphs.length; p++) {
            if (!isProse(article.paragraphs[p].role)) continue;
            const tokens = context.tokens(p);
            const text = article.paragraphs[p].text;
            for (const run of nameRuns(tokens, text)) {
              if (!run.words.includes(person.surname)) continue;
              const k = run.words.indexOf(person.surname);
              const nameWords = run.words.slice(0, k + 1);
              const personal = nameWords.filter((w) => !TITLE_HEADS.has(w.toLowerCase()) && !/^[\p{Lu}\p{N}]{2,}$/u.test(w));
              if (personal.length > longest) { longest = personal.length; longestName = personal.join(' '); }
              if (!first) {
                const before = tokens.slice(Math.max(0, run.first - 6), run.first).map((t) => t.lower);
                const endOf = run.start + run.words.slice(0, k + 1).join(' ').length;
                first = { p, start: run.start, end: endOf, words: nameWords, before, after: text.slice(endOf, endOf + 40) };
              }
            }
          }
          if (!first) continue;
          const personal = first.words.filter((w) => !TITLE_HEADS.has(w.toLowerCase()) && !/^[\p{Lu}\p{N}]{2,}$/u.test(w));
          if (personal.length < longest) {
            context.report({ paragraph: first.p, start: first.start, end: first.end, messageId: 'shortName', data: { name: first.words.join(' '), full: longestName } });
            continue;
          }
          const titled = first.words.length > personal.length || first.words.some((w) => TITLE_HEADS.has(w.toLowerCase()))
            || first.before.some((w) => TITLE_HEADS.has(w)) || ROLE_AFTER.test(first.after);
          if (!titled) context.report({ paragraph: first.p, start: first.start, end: first.end, messageId: 'noTitle', data: { name: first.words.join(' ') } });
        }
      },
    };
  },
};
export default rule;
