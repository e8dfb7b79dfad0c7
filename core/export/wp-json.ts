// The post body for the WordPress REST API (`POST /wp-json/wp/v2/posts`): a draft with HTML content.
// REST takes categories and tags only as term ids the site assigns, so their names travel in `meta`
// (keys a site registers with register_post_meta) next to the other CMS fields.
import type { Article } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { storyView, firstArticle, type StoryView } from './story-view.ts';
import { fragmentHtml } from './html.ts';
import { safeJson, slugify, utcIso, escapeText, sanitize } from './shared.ts';

/** The desk's fields as post meta; empty ones are left out. */
function cmsMeta(view: StoryView, id: string): Record<string, unknown> {
  const all: Record<string, unknown> = {
    meja_id: sanitize(id),
    meja_dateline: view.dateline,
    meja_section: view.section,
    meja_tags: view.tags,
    meja_caption: view.caption,
    meja_embargo: view.embargo ?? '',
    meja_urgency: view.urgency === 5 ? null : view.urgency,
    meja_correction_of: view.correctionOf,
    meja_source: view.sources,
    meja_credits: view.creditTexts,
    meja_related: view.related.filter((r) => r.url).map((r) => ({ title: r.title, url: r.url })),
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

export function exportWpJson(articles: Article[] | Article, options: ExportOptions): string {
  const view = storyView(firstArticle(articles), options);
  const post: Record<string, unknown> = {
    // WordPress stores titles as HTML: the text is escaped, so a `<` in it shows as a `<`, not as markup.
    title: escapeText(view.headline),
    content: fragmentHtml(view, options.blockquotes === true),
    excerpt: view.lead ? `<p>${escapeText(view.lead)}</p>` : '',
    status: 'draft',
    // Undated stories leave the date to WordPress (now, in the site's time zone).
    ...(view.dated ? { date: view.date.slice(0, 19), date_gmt: utcIso(view.date).slice(0, 19) } : {}),
    slug: view.slug ? slugify(view.slug) : slugify(view.headline),
    format: 'standard',
    meta: cmsMeta(view, options.id),
  };
  return safeJson(post) + '\n';
}

export const id = 'wp-json';
export const label = 'WordPress REST API (JSON)';
export const extension = 'wp.json';
export const mediaType = 'application/json';
export const spec = 'WordPress REST API v2, posts endpoint (wp/v2/posts)';
export { exportWpJson as export };
