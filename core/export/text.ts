// Plain text in wire layout: notices (FLASH/URGENT, embargo, correction), headline, dateline-led
// paragraphs, Sumber, Baca juga, the photo caption, Pewarta/Editor.
// Plain text is not markup: texts go out as written (a CMS that pastes it escapes it). Links are
// written only when they are http(s).
import type { Article } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { storyView, firstArticle, notices, type Block } from './story-view.ts';

/** Wire order after the body paragraphs (blocks keep their order inside each group). */
const GROUP: Record<string, number> = { body: 0, 'source-credit': 1, related: 2 };

function group(b: Block): number {
  return b.kind === 'related' ? GROUP.related : GROUP[b.role] ?? GROUP.body;
}

function line(b: Block): string {
  if (b.kind === 'related') return `${b.label}: ${b.title}${b.url ? ` (${b.url})` : ''}`;
  return b.text;
}

export function exportText(articles: Article[] | Article, options: ExportOptions): string {
  const view = storyView(firstArticle(articles), options);
  const blocks = view.blocks.map((b, i) => ({ b, i })).sort((x, y) => group(x.b) - group(y.b) || x.i - y.i);
  const chunks: string[] = [];
  // Priority, embargo and correction go first, where the desk on the other end looks before using it.
  const head = notices(view);
  if (head.length) chunks.push(head.join('\n'));
  if (view.headline) chunks.push(view.headline);
  let prev = -1;
  for (const { b } of blocks) {
    const g = group(b);
    // Baca juga lines sit together; other paragraphs are separated by a blank line.
    if (g === GROUP.related && prev === GROUP.related) chunks[chunks.length - 1] += '\n' + line(b);
    else chunks.push(line(b));
    prev = g;
  }
  if (view.caption) chunks.push(`${view.labels.caption}: ${view.caption}`);
  if (view.creditTexts.length) chunks.push(view.creditTexts.join('\n'));
  return chunks.join('\n\n') + '\n';
}

export const id = 'text';
export const label = 'Teks polos (wire)';
export const extension = 'txt';
export const mediaType = 'text/plain';
export const spec = 'Plain text, UTF-8, wire layout';
export { exportText as export };
