// A paragraph pasted twice: keep the first.
import type { RuleModule } from '../types.ts';
import type { Token } from '../text.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/duplicate-paragraph',
    category: 'structure',
    severity: 'warning',
    hasSuggestions: true,
    docs: {
      id: 'Paragraf yang sama muncul dua kali (sering karena salin-tempel); hapus salinannya.',
      en: 'The same paragraph appears twice (often a paste slip); delete the copy.',
      exampleBad: 'Dukungan NATO untuk Ukraina menjadi pusat diskusi.\n\nDukungan NATO untuk Ukraina menjadi pusat diskusi.',
      exampleGood: 'Dukungan NATO untuk Ukraina menjadi pusat diskusi.',
    },
    messages: {
      duplicate: { id: 'Paragraf ini sama dengan paragraf ke-{{first}}.', en: 'This paragraph repeats paragraph {{first}}.' },
      remove: { id: 'Hapus paragraf ulangan ini.', en: 'Delete the repeated paragraph.' },
    },
  },
  create(context) {
    return {
      article(article) {
        // Words only: spacing and punctuation slips do not make a paragraph new. Two paragraphs
        // are the same when their words are (lower case), compared only between paragraphs that
        // agree on word count.
        const same = (a: readonly Token[], b: readonly Token[]): boolean => {
          if (a.length !== b.length) return false;
          for (let k = 0; k < a.length; k++) if (a[k].lower !== b[k].lower) return false;
          return true;
        };
        // Keyed by the count alone (a number: no key string made and hashed per paragraph); `same`
        // compares the first and last words too, and the lists keep story order, so the earlier
        // paragraph found is the one a key of count, first and last word gave.
        const firsts = new Map<number, number[]>();
        article.paragraphs.forEach((p, i) => {
          if (p.role !== 'body' && p.role !== 'lead' && p.role !== 'related') return;
          const tokens = context.tokens(i);
          if (tokens.length < 4) return;
          const list = firsts.get(tokens.length);
          if (!list) { firsts.set(tokens.length, [i]); return; }
          const first = list.find((j) => same(context.tokens(j), tokens));
          if (first === undefined) list.push(i);
          else context.report({
            paragraph: i, start: 0, end: p.text.length, messageId: 'duplicate', data: { first: first + 1 },
            suggest: [{ messageId: 'remove', edits: [{ start: 0, end: p.text.length, text: '' }] }],
          });
        });
      },
    };
  },
};
export default rule;
