// WordPress eXtended RSS 1.2: one or many stories in one file, as drafts, for the WordPress importer.
// Titles, excerpts and term names are HTML in WordPress, so their text is escaped inside the CDATA.
// The importer's rules (wordpress-importer, class-wxr-parser-simplexml.php): well-formed XML, no
// DOCTYPE, `wp:wxr_version`, `content:encoded` in CDATA.
import type { Article } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { storyView, type StoryView } from './story-view.ts';
import { fragmentHtml } from './html.ts';
import { cdata, escapeAttr, escapeText, rfc822, safeUrl, slugify, termSlug, utcWallTime, wallTime, nowIso, sanitize } from './shared.ts';

export const WXR_NAMESPACES: Record<string, string> = {
  excerpt: 'http://wordpress.org/export/1.2/excerpt/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  dc: 'http://purl.org/dc/elements/1.1/',
  wp: 'http://wordpress.org/export/1.2/',
};

/** CMS fields that WordPress has no column for travel as post meta (keys a theme can read). */
const POSTMETA: [string, (v: StoryView) => string][] = [
  ['meja_dateline', (v) => v.dateline],
  ['meja_caption', (v) => v.caption],
  ['meja_embargo', (v) => v.embargo ?? ''],
  ['meja_urgency', (v) => (v.urgency === 5 ? '' : String(v.urgency))],
  ['meja_correction_of', (v) => v.correctionOf],
  ['meja_source', (v) => v.sources.join(', ')],
  ['meja_credits', (v) => v.creditTexts.join('\n')],
];

function el(name: string, value: string): string {
  return `<${name}>${escapeText(value)}</${name}>`;
}

function item(view: StoryView, postId: number, guid: string, blockquotes: boolean, base: string | null): string {
  const slug = view.slug ? slugify(view.slug) : slugify(view.headline);
  const link = view.url ?? (base ? `${base}/?p=${postId}` : '');
  const cats = [
    ...(view.section ? [['category', view.section]] : []),
    ...view.tags.map((t) => ['post_tag', t]),
  ].map(([domain, name]) =>
    `<category domain="${domain}" nicename="${escapeAttr(termSlug(name))}">${cdata(escapeText(name))}</category>`);
  const meta = POSTMETA.map(([k, f]) => [k, f(view)] as const).filter(([, v]) => v)
    .map(([k, v]) => `<wp:postmeta><wp:meta_key>${cdata(k)}</wp:meta_key><wp:meta_value>${cdata(v)}</wp:meta_value></wp:postmeta>`);
  return [
    '<item>',
    `<title>${cdata(escapeText(view.headline))}</title>`,
    el('link', link),
    el('pubDate', rfc822(view.date)),
    `<dc:creator>${cdata(escapeText(view.credits.find((c) => c.role === 'reporter')?.name ?? view.authors[0] ?? ''))}</dc:creator>`,
    `<guid isPermaLink="false">${escapeText(guid)}</guid>`,
    '<description></description>',
    `<content:encoded>${cdata(fragmentHtml(view, blockquotes))}</content:encoded>`,
    `<excerpt:encoded>${cdata(escapeText(view.lead))}</excerpt:encoded>`,
    el('wp:post_id', String(postId)),
    // A story with no date of its own is an undated draft, as WordPress writes them: the site sets the
    // date in its own time zone on import (the export time would be UTC wall time, hours off).
    `<wp:post_date>${cdata(view.dated ? wallTime(view.date) : '')}</wp:post_date>`,
    `<wp:post_date_gmt>${cdata(view.dated ? utcWallTime(view.date) : '0000-00-00 00:00:00')}</wp:post_date_gmt>`,
    `<wp:comment_status>${cdata('closed')}</wp:comment_status>`,
    `<wp:ping_status>${cdata('closed')}</wp:ping_status>`,
    `<wp:post_name>${cdata(slug)}</wp:post_name>`,
    `<wp:status>${cdata('draft')}</wp:status>`,
    el('wp:post_parent', '0'),
    el('wp:menu_order', '0'),
    `<wp:post_type>${cdata('post')}</wp:post_type>`,
    `<wp:post_password>${cdata('')}</wp:post_password>`,
    el('wp:is_sticky', '0'),
    ...cats,
    ...meta,
    '</item>',
  ].join('\n');
}

export function exportWxr(articles: Article[] | Article, options: ExportOptions): string {
  const list = Array.isArray(articles) ? articles : [articles];
  const views = list.map((a) => storyView(a, options));
  const base = safeUrl(options.baseUrl)?.replace(/\/+$/, '') ?? null;
  const first = views[0];
  const provider = first?.provider || 'Meja Redaksi';
  const seq = options.sequence ?? 1;
  const language = first?.language === 'en' ? 'en-US' : 'id-ID';
  // Sections and tags are declared once in the channel, as the WordPress exporter does.
  const sections = [...new Set(views.map((v) => v.section).filter(Boolean))];
  const tags = [...new Set(views.flatMap((v) => v.tags))];
  const ns = Object.entries(WXR_NAMESPACES).map(([k, v]) => `xmlns:${k}="${v}"`).join('\n\t');
  return [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    `<!-- generator="Meja Redaksi" created="${escapeText(wallTime(nowIso(options.now)))}" -->`,
    `<rss version="2.0"\n\t${ns}>`,
    '<channel>',
    `<title>${cdata(provider)}</title>`,
    el('link', base ?? ''),
    '<description></description>',
    el('pubDate', rfc822(nowIso(options.now))),
    el('language', language),
    el('wp:wxr_version', '1.2'),
    el('wp:base_site_url', base ?? ''),
    el('wp:base_blog_url', base ?? ''),
    ...sections.map((s) => `<wp:category><wp:category_nicename>${cdata(termSlug(s))}</wp:category_nicename><wp:category_parent>${cdata('')}</wp:category_parent><wp:cat_name>${cdata(escapeText(s))}</wp:cat_name></wp:category>`),
    ...tags.map((t) => `<wp:tag><wp:tag_slug>${cdata(termSlug(t))}</wp:tag_slug><wp:tag_name>${cdata(escapeText(t))}</wp:tag_name></wp:tag>`),
    '<generator>Meja Redaksi</generator>',
    ...views.map((v, i) => item(v, seq + i, `${sanitize(options.id)}${views.length > 1 ? `-${i + 1}` : ''}`, options.blockquotes === true, base)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export const id = 'wxr';
export const label = 'WordPress (WXR)';
export const extension = 'wxr.xml';
export const mediaType = 'application/rss+xml';
export const spec = 'WordPress eXtended RSS 1.2 (RSS 2.0)';
export { exportWxr as export };
