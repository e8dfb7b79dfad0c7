// Markdown (CommonMark) with YAML front matter, the shape static-site and headless CMSs take.
import type { Article } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { storyView, firstArticle, type Block } from './story-view.ts';

/**
 * A YAML double-quoted scalar: JSON escaping, plus the characters YAML 1.1 reads as line breaks, plus
 * `<`, `>` and `&` as \u escapes: the parsed value is unchanged, and a template that prints it raw
 * (Jekyll's Liquid does) never meets markup in the file.
 */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(/[\u0085\u2028\u2029<>&]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Escape inline Markdown: no raw HTML, emphasis, links or entities survive; nor block markers at the start. */
export function mdEscape(s: string): string {
  return s
    .replace(/[\\`*_[\]<>&|~!]/g, '\\$&')
    .replace(/^(\s*)([#+\-=])/, '$1\\$2')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

function mdBlock(b: Block, blockquotes: boolean): string {
  if (b.kind === 'related') {
    const title = mdEscape(b.title);
    return `${mdEscape(b.label)}: ${b.url ? `[${title}](<${b.url}>)` : title}`;
  }
  const t = mdEscape(b.text);
  return blockquotes && b.quote ? `> ${t}` : t;
}

/** Front matter fields, in order; empty ones are left out. */
function frontMatter(view: ReturnType<typeof storyView>): string {
  const lines: string[] = ['---'];
  const scalar = (k: string, v: string | null) => { if (v) lines.push(`${k}: ${yamlString(v)}`); };
  const list = (k: string, vs: string[]) => {
    if (vs.length) lines.push(`${k}:`, ...vs.map((v) => `  - ${yamlString(v)}`));
  };
  scalar('title', view.headline);
  scalar('date', view.date);
  scalar('dateline', view.dateline);
  list('source', view.sources);
  if (view.credits.length) {
    lines.push('credits:', ...view.credits.map((c) => `  ${c.role}: ${yamlString(c.name)}`));
  }
  list('tags', view.tags);
  scalar('slug', view.slug);
  scalar('section', view.section);
  scalar('caption', view.caption);
  scalar('embargo', view.embargo);
  scalar('priority', view.urgency === 5 ? null : view.urgency === 1 ? 'flash' : 'urgent');
  scalar('correction_of', view.correctionOf);
  scalar('language', view.language);
  lines.push('---');
  return lines.join('\n');
}

export function exportMarkdown(articles: Article[] | Article, options: ExportOptions): string {
  const view = storyView(firstArticle(articles), options);
  const body = view.blocks.map((b) => mdBlock(b, options.blockquotes === true));
  const credits = view.creditTexts.map(mdEscape);
  return [frontMatter(view), '', ...[...body, ...credits].flatMap((l) => [l, ''])].join('\n');
}

export const id = 'markdown';
export const label = 'Markdown';
export const extension = 'md';
export const mediaType = 'text/markdown';
export const spec = 'CommonMark 0.31 with YAML 1.2 front matter';
export { exportMarkdown as export };
