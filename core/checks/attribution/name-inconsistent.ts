// One person, one spelling: `Umerov` in one paragraph and `Umarov` in the next is a typo in a name.
import type { RuleModule } from '../types.ts';
import { isProse } from '../article-util.ts';
import { isTitleWord, paragraphNameRuns } from '../names.ts';

const rule: RuleModule = {
  meta: {
    id: 'attribution/name-inconsistent',
    category: 'attribution',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    hasSuggestions: true,
    docs: {
      id: 'Nama orang ditulis sama di seluruh berita. Dua ejaan yang hanya berbeda satu huruf (`Umerov` / `Umarov`) dilaporkan pada ejaan yang lebih jarang.',
      en: 'A person\'s name is spelled the same throughout. Two spellings one letter apart (`Umerov` / `Umarov`) are reported on the rarer one.',
      exampleBad: 'Menteri Pertahanan Ukraina Rustem Umerov … kata Umarov.',
      exampleGood: 'Menteri Pertahanan Ukraina Rustem Umerov … kata Umerov.',
    },
    messages: {
      twoSpellings: { id: 'Nama "{{found}}" juga ditulis "{{other}}" di berita ini; pastikan ejaannya.', en: 'The name "{{found}}" is also spelled "{{other}}" in this story; check the spelling.' },
      useOther: { id: 'Ganti dengan "{{other}}".', en: 'Replace with "{{other}}".' },
    },
  },
  create(context) {
    return {
      'article:exit'(article) {
        // Name words: capitalized words inside a run of two or more (a person's name, not a sentence start).
        const seen = new Map<string, { p: number; start: number; end: number }[]>();
        for (let p = 0; p < article.paragraphs.length; p++) {
          if (!isProse(article.paragraphs[p].role)) continue;
          const tokens = context.tokens(p);
          for (const run of paragraphNameRuns(context, p)) {
            if (run.words.length === 1 && tokens[run.first].sentenceStart) continue;
            for (let k = 0; k < run.words.length; k++) {
              const w = run.words[k];
              if (w.length < 5 || !isTitleWord(w)) continue;
              const t = tokens[run.first + k];
              const list = seen.get(w);
              if (list) list.push({ p, start: t.start, end: t.end });
              else seen.set(w, [{ p, start: t.start, end: t.end }]);
            }
          }
        }
        const words = [...seen.keys()];
        const speller = context.env.speller;
        const reported = new Set<string>();
        // Only words of one length, first and last letter can be one letter apart here: pairs
        // are taken in the same order as over the whole list, each within its group.
        const groups = new Map<number, number[]>();
        const groupOf: number[][] = [];
        for (let i = 0; i < words.length; i++) {
          const w = words[i];
          // Length, first and last code unit in one number (exact: under 2^53 for any length met here).
          const key = (w.length * 0x10000 + w.charCodeAt(0)) * 0x10000 + w.charCodeAt(w.length - 1);
          let g = groups.get(key);
          if (g) g.push(i);
          else groups.set(key, (g = [i]));
          groupOf.push(g);
        }
        for (let i = 0; i < words.length; i++) {
          for (const j of groupOf[i]) {
            if (j <= i) continue;
            const a = words[i];
            const b = words[j];
            if (a.length !== b.length || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) continue;
            // Same length: one edit apart is one letter apart (an insertion would need a deletion too).
            if (!oneApart(a, b)) continue;
            // Two real words (`Barat` / `Berat`) are two words, not one name misspelled.
            if (speller && speller.isKnown(a.toLowerCase()) && speller.isKnown(b.toLowerCase())) continue;
            const na = seen.get(a)!.length;
            const nb = seen.get(b)!.length;
            const [rare, common] = nb < na || (nb === na && seen.get(b)![0].p >= seen.get(a)![0].p) ? [b, a] : [a, b];
            if (reported.has(rare)) continue;
            reported.add(rare);
            for (const at of seen.get(rare)!) {
              context.report({
                paragraph: at.p, start: at.start, end: at.end, messageId: 'twoSpellings', data: { found: rare, other: common },
                suggest: [{ messageId: 'useOther', data: { other: common }, edits: [{ start: at.start, end: at.end, text: common }] }],
              });
            }
          }
        }
      },
    };
  },
};
/** `editDistance(a, b, 1) === 1` for two words of one length: they differ in exactly one place. */
function oneApart(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++diff > 1) return false;
  return diff === 1;
}
export default rule;
