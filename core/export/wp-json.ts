// The post body for the WordPress REST API (`POST /wp-json/wp/v2/posts`): a draft with HTML content.
// REST takes categories and tags only as term ids the site assigns, so their names travel in `meta`
// (keys a site registers with register_post_meta) next to the other CMS fields.
import type { Article } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { storyView, firstArticle } from './story-view.ts';
import { fragmentHtml } from './html.ts';
import { safeJson, slugify, utcIso, escapeText } from './shared.ts';

export function exportWpJson(articles: Article[] | Article, options: ExportOptions): string {
  const view = storyView(firstArticle(articles), options);
  const post: Record<string, unknown> = {
    // WordPress stores titles as HTML: the text is escaped so `<` shows as `<`.
    title: escapeText(view.headline),
    content: fragmentHtml(view, options.blockquotes === true),
    excerpt: view.lead ? `<p>${escapeText(view.lead)}</p>` : '',
    status: 'draft',
    date: view.date.slice(0, 19),
    date_gmt: utcIso(view.date).slice(0, 19),
    slug: view.slug ? slugify(view.slug) : slugify(view.headline),
    format: 'standard',
    meta: {
      meja_dateline: view.dateline,
      meja_section: view.section,
      meja_tags: view.tags,
      meja_caption: view.caption,
      meja_embargo: view.embargo ?? '',
      meja_urgency: view.urgency,
      meja_correction_of: view.correctionOf,
      meja_source: view.sources,
      meja_credits: view.creditTexts,
      meja_related: view.related.filter((r) => r.url).map((r) => ({ title: r.title, url: r.url })),
      meja_id: options.id,
    },
  };
  return safeJson(post) + '\n';
}

export const id = 'wp-json';
export const label = 'WordPress REST API (JSON)';
export const extension = 'wp.json';
export const mediaType = 'application/json';
export const spec = 'WordPress REST API v2, posts endpoint (wp/v2/posts)';
export { exportWpJson as export };
