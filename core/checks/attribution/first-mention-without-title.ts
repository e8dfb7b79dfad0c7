// A speaker's first mention gives the full name and the title or role: the reader must know who
// speaks and why they count (`Sekretaris Jenderal NATO Mark Rutte`), then `Rutte` after that.
import type { RuleModule } from '../types.ts';
import { SPEECH_CUES, TITLE_HEADS } from '../lexicon.ts';
import { memoNameIndex, memoQuotedPeople } from '../names.ts';

// A role given after the name: `Rutte, Sekjen NATO`, `Rutte selaku …`, `Rutte (45), warga …`.
const ROLE_AFTER = /^\s*(?:\(\d{1,3}\))?\s*(?:,\s*(?:yang\s+)?[\p{L}]|selaku\b|sebagai\b|yang\s+(?:juga\s+)?(?:menjabat|merupakan|adalah)\b|\()/u;

const rule: RuleModule = {
  meta: {
    id: 'attribution/first-mention-without-title',
    category: 'attribution',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Penyebutan pertama narasumber memuat nama lengkap dan jabatan atau perannya (`Sekretaris Jenderal NATO Mark Rutte`); selanjutnya cukup nama belakang.',
      en: 'A speaker\'s first mention gives the full name and the title or role (`Sekretaris Jenderal NATO Mark Rutte`); the surname after that.',
      exampleBad: 'Rutte menekankan bahwa … (penyebutan pertama)',
      exampleGood: 'Sekretaris Jenderal NATO Mark Rutte menekankan bahwa …',
    },
    messages: {
      shortName: { id: 'Penyebutan pertama "{{name}}" belum memakai nama lengkap ("{{full}}").', en: 'The first mention "{{name}}" does not use the full name ("{{full}}").' },
      bareName: { id: 'Penyebutan pertama "{{name}}" tanpa nama lengkap dan tanpa jabatan atau peran.', en: 'The first mention "{{name}}" gives neither the full name nor a title or role.' },
      noTitle: { id: 'Penyebutan pertama "{{name}}" tanpa jabatan atau peran.', en: 'The first mention of "{{name}}" gives no title or role.' },
    },
  },
  create(context) {
    return {
      'article:exit'(article) {
        const people = memoQuotedPeople(context).filter((p) => /^\p{Lu}\p{Ll}/u.test(p.surname));
        if (!people.length) return;
        for (const person of people) {
          let first: { p: number; start: number; end: number; words: string[]; run: number; prev: string | null; after: string; before: string } | null = null;
          let fuller: string | null = null;
          // The prose's name runs holding the surname, in story order (`k`: its first place in the run).
          for (const { p, run, k } of memoNameIndex(context).get(person.surname) ?? []) {
            if (first && fuller) break;
            {
              const tokens = context.tokens(p);
              const text = article.paragraphs[p].text;
              const nameWords = run.words.slice(0, k + 1);
              if (!first) {
                const endOf = tokens[run.first + k].end;
                const prev = run.first > 0 ? tokens[run.first - 1] : null;
                first = { p, start: run.start, end: endOf, words: nameWords, run: run.words.length, prev: prev && !prev.inQuote ? prev.lower : null, after: text.slice(endOf, endOf + 40), before: text.slice(Math.max(0, run.start - 1), run.start) };
              } else if (!fuller && k > 0) {
                // A later `Mark Rutte`: a given name before the surname, neither a title nor a sentence opener.
                const given = run.words[k - 1];
                const tok = tokens[run.first + k - 1];
                if (/^\p{Lu}\p{Ll}+$/u.test(given) && !TITLE_HEADS.has(given.toLowerCase()) && !OPENERS.has(given.toLowerCase()) && !tok.sentenceStart) fuller = `${given} ${person.surname}`;
              }
            }
          }
          if (!first) continue;
          if (first.words.length === 1 && first.run === 1 && fuller && !(first.prev && TITLE_HEADS.has(first.prev))) {
            context.report({ paragraph: first.p, start: first.start, end: first.end, messageId: 'shortName', data: { name: first.words.join(' '), full: fuller } });
            continue;
          }
          const roleBefore = first.prev !== null && (TITLE_HEADS.has(first.prev) || isRoleNoun(first.prev));
          const titled = first.run >= 3 || first.words.some((w) => TITLE_HEADS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]{2,}$/u.test(w))
            || roleBefore || ROLE_AFTER.test(first.after);
          if (titled) continue;
          // A bare `Rutte menekankan …` or `kata Budi` with no fuller form anywhere tells the reader
          // neither who this is nor why they count: that is the rule's own bad example.
          // Only a lone plain name (not `Persib Bandung`, `VinFast`, `Manajemen`), and not a nickname
          // the copy introduces (`akrab disapa Onad`, `bernama Geri`), nor a short form in brackets.
          if (first.words.length < 2 && (first.run > 1 || !/^\p{Lu}\p{Ll}+$/u.test(first.words[0]) || (first.prev !== null && NICKNAME_CUES.has(first.prev)) || first.before === '('
            || context.env.speller?.hasWord?.(first.words[0].toLowerCase()))) continue;
          const messageId = first.words.length >= 2 ? 'noTitle' : 'bareName';
          context.report({ paragraph: first.p, start: first.start, end: first.end, messageId, data: { name: first.words.join(' ') } });
        }
      },
    };
  },
};

// Words that bring in a name the story gives as a nickname or alias: the person is described there.
const NICKNAME_CUES = new Set(['disapa', 'sapaan', 'dipanggil', 'panggilan', 'bernama', 'alias', 'yakni', 'yaitu', 'julukan', 'dijuluki']);

// Capitalized words that open a sentence or a clause, not a person's given name.
const OPENERS = new Set(['menurut', 'kata', 'ujar', 'namun', 'sementara', 'nama', 'dalam', 'saat', 'ketika', 'bagi', 'oleh', 'dengan', 'kepada', 'sedangkan', 'adapun', 'selain', 'sebelumnya', 'kemudian', 'lalu', 'di', 'ke', 'dari', 'pada', 'untuk', 'bahkan', 'meski', 'jika', 'bila', 'karena', 'tapi', 'tetapi', 'yang', 'sang', 'pak', 'bu', 'bapak', 'ibu', 'mas', 'mbak', 'bung', 'kak']);
const NOT_ROLES = new Set(['kata', 'ujar', 'oleh', 'dan', 'dengan', 'bahwa', 'menurut', 'di', 'ke', 'dari', 'untuk', 'pada', 'yang', 'bersama', 'antara', 'seperti', 'termasuk', 'adalah', 'ialah', 'yaitu', 'yakni', 'atau', 'serta', 'kepada', 'bagi', 'tentang', 'soal', 'namun', 'juga', 'pun', 'lalu', 'kemudian', 'saat', 'ketika', 'sedangkan', 'sementara', 'sang', 'si']);

/** A lowercase word before a name that names a role (`glasiolog`, `pengusaha`), not a verb or a function word. */
function isRoleNoun(w: string): boolean {
  if (NOT_ROLES.has(w) || SPEECH_CUES.has(w)) return false;
  if (/^(me|ber|di|ter|ke)\p{Ll}+/u.test(w) && !/^(ketua|kepala|dirut|dekan|kiper|kapten)/.test(w)) return false;
  return /^\p{Ll}{3,}$/u.test(w);
}
export default rule;
