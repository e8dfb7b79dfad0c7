// After the first mention, a person is called by one name throughout: the surname.
import type { RuleModule } from '../types.ts';
import { isProse } from '../article-util.ts';
import { memoNameIndex, memoQuotedPeople, type NameRef } from '../names.ts';

const NONE: NameRef[] = [];

const rule: RuleModule = {
  meta: {
    id: 'attribution/later-mention',
    category: 'attribution',
    severity: 'info',
    schema: { type: 'object', properties: {}, additionalProperties: false },
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
          // The prose's name runs holding the surname or the given name, in story order.
          const index = memoNameIndex(context);
          const withSurname = index.get(person.surname) ?? NONE;
          const withGiven = index.get(given[0]) ?? NONE;
          let a = 0;
          let b = 0;
          while (a < withSurname.length || b < withGiven.length) {
            const s = withSurname[a];
            const r = withGiven[b];
            const order = !s ? 1 : !r ? -1 : s.p - r.p || s.i - r.i;
            const { p, run } = order <= 0 ? s : r;
            const hasSurname = order <= 0;
            const g = order >= 0 ? given[0] : undefined;
            if (order <= 0) a++;
            if (order >= 0) b++;
            if (hasSurname || g) mentions++;
            if (hasSurname && run.words.length === 1) surnameAlone++;
            else if (!hasSurname && g && run.words.length === 1 && mentions > 1 && !context.inDirectQuote(p, run.start)) alone.push({ p, start: run.start, end: run.end, used: g });
          }
          if (!surnameAlone) continue;
          for (const a of alone) context.report({ paragraph: a.p, start: a.start, end: a.end, messageId: 'notSurname', data: { surname: person.surname, used: a.used } });
        }
      },
    };
  },
};
export default rule;
