// HTML: a clean semantic fragment (what a CMS editor takes), or a full standalone document.
// The fragment is also the body of WXR, the WordPress REST post, ninjs richtext and NewsML-G2's XHTML.
import type { Article } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { storyView, firstArticle, notices, type Block, type StoryView, type TextRole } from './story-view.ts';
import { escapeAttr, escapeText } from './shared.ts';

/** Paragraph role → class on its `<p>` (null: a plain `<p>`). */
export const HTML_CLASS: Record<TextRole, string | null> = {
  lead: null,
  body: null,
  'source-credit': 'sumber',
  copyright: 'hak-cipta',
};

function pOpen(cls: string | null): string {
  return cls ? `<p class="${cls}">` : '<p>';
}

/** One block as HTML (also valid XHTML: every element closed, attributes quoted). */
export function blockHtml(b: Block, blockquotes: boolean): string {
  if (b.kind === 'related') {
    const title = escapeText(b.title);
    const link = b.url ? `<a href="${escapeAttr(b.url)}">${title}</a>` : title;
    return `<p class="baca-juga">${escapeText(b.label)}: ${link}</p>`;
  }
  const p = `${pOpen(HTML_CLASS[b.role])}${escapeText(b.text)}</p>`;
  return blockquotes && b.quote ? `<blockquote>${p}</blockquote>` : p;
}

/** The story body as an HTML fragment, one block per line. */
export function fragmentHtml(view: StoryView, blockquotes: boolean): string {
  return [
    ...view.blocks.map((b) => blockHtml(b, blockquotes)),
    ...view.creditTexts.map((t) => `<p class="kredit">${escapeText(t)}</p>`),
  ].join('\n');
}

function standaloneHtml(view: StoryView, body: string): string {
  const title = escapeText(view.headline || view.dateline || 'Berita');
  const metaTags: [string, string][] = [
    ['date', view.date],
    ['dateline', view.dateline],
    ['author', view.credits.find((c) => c.role === 'reporter')?.name ?? view.authors.join(', ')],
    ['keywords', view.tags.join(', ')],
    ['section', view.section],
    ['slug', view.slug],
    ['embargo', view.embargo ?? ''],
    ['urgency', view.urgency === 5 ? '' : String(view.urgency)],
    ['correction-of', view.correctionOf],
  ];
  const metas = metaTags.filter(([, v]) => v)
    .map(([k, v]) => `<meta name="${k}" content="${escapeAttr(v)}">`).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${view.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${title}</title>`,
    metas,
    '<style>body{font-family:Georgia,serif;max-width:40em;margin:2em auto;line-height:1.5}.baca-juga,.kredit,.sumber{font-family:sans-serif;font-size:.9em}.pemberitahuan{font-family:sans-serif;color:#a00}</style>',
    '</head>',
    '<body>',
    '<article>',
    // Seen by whoever opens the page, not only by software reading the meta tags.
    ...notices(view).map((n) => `<p class="pemberitahuan"><strong>${escapeText(n)}</strong></p>`),
    view.headline ? `<h1>${escapeText(view.headline)}</h1>` : '',
    view.caption ? `<p class="keterangan-foto">${escapeText(view.caption)}</p>` : '',
    body,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].filter((l) => l !== '').join('\n') + '\n';
}

export function exportHtml(articles: Article[] | Article, options: ExportOptions): string {
  const view = storyView(firstArticle(articles), options);
  const body = fragmentHtml(view, options.blockquotes === true);
  return options.standalone ? standaloneHtml(view, body) : body + '\n';
}

export const id = 'html';
export const label = 'HTML';
export const extension = 'html';
export const mediaType = 'text/html';
export const spec = 'HTML Living Standard: fragment of <p>, <blockquote>, <a>; or a full document (standalone)';
export { exportHtml as export };
