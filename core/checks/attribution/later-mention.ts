// After the first mention, a person is called by one name throughout: the surname.
import type { RuleModule } from '../types.ts';
import { isProse } from '../article-util.ts';
import { memoQuotedPeople, paragraphNameRuns } from '../names.ts';

const rule: RuleModule = {
  meta: {
    id: 'attribution/later-mention',
    category: 'attribution',
    severity: 'info',
    docs: {
      id: 'Setelah penyebutan pertama, narasumber disebut dengan nama belakangnya saja. Dilaporkan bila berita memakai nama depan dan nama belakang bergantian (`Mark` lalu `Rutte`).',
      en: 'After the first mention, a speaker is called by the surname. Reported when the story switches between first name and surname (`Mark`, then `Rutte`).',
      exampleBad: '… kata Rutte. … Mark juga menyebut …',
      exampleGood: '… kata Rutte. … Rutte juga menyebut …',
    },
    messages: {
      notSurname: { id: 'Sebut "{{surname}}" (nama belakang), bukan "{{used}}", seperti di bagian lain berita.', en: 'Use "{{surname}}" (the surname), not "{{used}}", as elsewhere in the story.' },
    },
  },
  create(context) {
    return {
      'article:exit'(article) {
        for (const person of memoQuotedPeople(context)) {
          if (person.words.length < 2) continue;
          // The given name is the word right before the surname, and the story must write them together.
          const given = [person.words[person.words.length - 2]];
          const pair = `${given[0]} ${person.surname}`;
          if (!/^\p{Lu}\p{Ll}+$/u.test(given[0]) || !article.paragraphs.some((p) => isProse(p.role) && p.text.includes(pair))) continue;
          const alone: { p: number; start: number; end: number; used: string }[] = [];
          let surnameAlone = 0;
          let mentions = 0;
          for (let p = 0; p < article.paragraphs.length; p++) {
            if (!isProse(article.paragraphs[p].role)) continue;
            for (const run of paragraphNameRuns(context, p)) {
              const hasSurname = run.words.includes(person.surname);
              const g = run.words.find((w) => given.includes(w));
              if (hasSurname || g) mentions++;
              if (hasSurname && run.words.length === 1) surnameAlone++;
              else if (!hasSurname && g && run.words.length === 1 && mentions > 1 && !context.inDirectQuote(p, run.start)) alone.push({ p, start: run.start, end: run.end, used: g });
            }
          }
          if (!surnameAlone) continue;
          for (const a of alone) context.report({ paragraph: a.p, start: a.start, end: a.end, messageId: 'notSurname', data: { surname: person.surname, used: a.used } });
        }
      },
    };
  },
};
export default rule;
