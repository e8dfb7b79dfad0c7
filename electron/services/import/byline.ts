// A byline read from markup (NITF <byline>, NewsML-G2 <by>, ninjs by/byline) gives the story's
// credits, not only its authors: `Pewarta: Budi` is the reporter, `Editor: Ani` the editor, and a
// plain name (`Oleh Budi Santoso`, `By Jane Doe`) the reporter. Without this the credits check says
// "Pewarta: belum ada" on a story whose markup names one.
import type { Credits } from '../../../core/model/article.ts';

const LABELLED: [RegExp, keyof Credits][] = [
  [/^(?:pewarta|reporter|penulis|wartawan|kontributor)\s*:\s*(.+)$/i, 'reporter'],
  [/^(?:editor|redaktur)\s*:\s*(.+)$/i, 'editor'],
  [/^(?:penerjemah|translator)\s*:\s*(.+)$/i, 'translator'],
];

export function bylineCredits(bylines: readonly string[]): Partial<Credits> {
  const out: Partial<Credits> = {};
  const plain: string[] = [];
  for (const byline of bylines) {
    for (const part of byline.split(/\s*(?:[;|\n]|\s{2,})\s*/)) {
      const text = part.trim();
      if (!text) continue;
      const hit = LABELLED.find(([re]) => re.test(text));
      if (hit) {
        const name = hit[0].exec(text)![1].trim();
        if (name && !out[hit[1]]) out[hit[1]] = name;
      } else {
        const name = text.replace(/^(?:oleh|by)\s+/i, '').trim();
        if (name) plain.push(name);
      }
    }
  }
  if (!out.reporter && plain.length) out.reporter = plain.join(', ');
  return out;
}
