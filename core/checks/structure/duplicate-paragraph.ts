// A paragraph pasted twice: keep the first.
import type { RuleModule } from '../types.ts';
import type { Token } from '../text.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/duplicate-paragraph',
    category: 'structure',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
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
        // agree on word count, first and last word.
        const same = (a: readonly Token[], b: readonly Token[]): boolean => {
          if (a.length !== b.length) return false;
          for (let k = 0; k < a.length; k++) if (a[k].lower !== b[k].lower) return false;
          return true;
        };
        // Keyed by a number worked out from the count, first and last word (no key string made and
        // hashed per paragraph). Paragraphs that merely share a key are told apart by `same`, and
        // the lists keep story order, so the earlier paragraph found is the one a string key gave.
        const firsts = new Map<number, number[]>();
        article.paragraphs.forEach((p, i) => {
          if (p.role !== 'body' && p.role !== 'lead' && p.role !== 'related') return;
          const tokens = context.tokens(i);
          if (tokens.length < 4) return;
          const sig = signature(tokens.length, tokens[0].lower, tokens[tokens.length - 1].lower);
          const list = firsts.get(sig);
          if (!list) { firsts.set(sig, [i]); return; }
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
/** FNV-1a over the count and the two words' code units (a 32-bit integer). */
function signature(count: number, first: string, last: string): number {
  let h = Math.imul(0x811c9dc5 ^ count, 0x01000193);
  for (let k = 0; k < first.length; k++) h = Math.imul(h ^ first.charCodeAt(k), 0x01000193);
  h = Math.imul(h ^ 32, 0x01000193);
  for (let k = 0; k < last.length; k++) h = Math.imul(h ^ last.charCodeAt(k), 0x01000193);
  return h;
}
export default rule;
