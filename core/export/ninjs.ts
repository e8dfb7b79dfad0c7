// ninjs 3.1 (IPTC News in JSON). ninjs 3.x requires `uri` (not 2.x's `guid`) and camelCase names;
// tags go in `subjects` (3.x has no `keywords`), Baca juga links in `associations`.
import type { Article } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { storyView, firstArticle, type StoryView } from './story-view.ts';
import { fragmentHtml } from './html.ts';
import { safeJson, safeUrl, sanitize } from './shared.ts';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

/** The item's uri: under the desk's base URL when it has one, else a URN. */
export function ninjsUri(id: string, baseUrl?: string): string {
  const enc = encodeURIComponent(sanitize(id) || 'story');
  const base = safeUrl(baseUrl)?.replace(/\/+$/, '');
  return base ? `${base}/${enc}` : `urn:meja-redaksi:${enc}`;
}

/** Plain-text body: paragraphs separated by blank lines, as ninjs' text/plain bodies are. */
function plainBody(v: StoryView): string {
  return [...v.blocks.map((b) => (b.kind === 'related' ? b.text : b.text)), ...v.creditTexts].join('\n\n');
}

type Obj = Record<string, unknown>;

/** Optional top-level properties: name → value (left out when empty). */
const OPTIONAL: [string, (v: StoryView) => unknown][] = [
  ['embargoedUntil', (v) => v.embargo],
  ['edNote', (v) => (v.correctionOf ? `${v.labels.correction} ${v.correctionOf}` : null)],
  ['slugline', (v) => v.slug],
  ['located', (v) => v.place || v.dateline],
  ['by', (v) => v.credits.find((c) => c.role === 'reporter')?.name ?? v.authors.join(', ')],
  ['copyrightHolder', (v) => v.provider],
  ['descriptions', (v) => (v.caption ? [{ role: 'caption', value: v.caption }] : null)],
  ['people', (v) => v.credits.map((c) => ({ name: c.name, rel: c.role }))],
  ['infoSources', (v) => [
    ...(v.agency ? [{ name: v.agency, role: 'agency' }] : []),
    ...v.sources.map((s) => ({ name: s, role: 'source' })),
  ]],
  ['subjects', (v) => [
    ...(v.section ? [{ name: v.section, rel: 'section' }] : []),
    ...v.tags.map((t) => ({ name: t, rel: 'keyword' })),
  ]],
  ['altIds', (v) => (v.correctionOf ? [{ role: 'correctionOf', value: v.correctionOf }] : null)],
];

export function exportNinjs(articles: Article[] | Article, options: ExportOptions): string {
  const v = storyView(firstArticle(articles), options);
  const item: Obj = {
    uri: ninjsUri(options.id, options.baseUrl),
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA },
    type: 'text',
    version: String(Math.max(1, Math.floor(options.sequence ?? 1))),
    versionCreated: v.now,
    contentCreated: v.date,
    pubStatus: 'usable',
    urgency: v.urgency,
    language: v.language,
    headlines: [{ role: 'main', value: v.headline }],
    bodies: [
      { role: 'main', contentType: 'text/plain', value: plainBody(v) },
      { role: 'richtext', contentType: 'application/xhtml+xml', value: fragmentHtml(v, options.blockquotes === true) },
    ],
  };
  for (const [k, f] of OPTIONAL) {
    const val = f(v);
    if (val && (!Array.isArray(val) || val.length > 0)) item[k] = val;
  }
  const assoc = v.related.filter((r) => r.url)
    .map((r, i) => ({ name: `baca-juga-${i + 1}`, rel: 'related', uri: r.url, type: 'text', headlines: [{ value: r.title }] }));
  if (assoc.length) item.associations = assoc;
  return safeJson(item) + '\n';
}

export const id = 'ninjs';
export const label = 'ninjs 3.1';
export const extension = 'ninjs.json';
export const mediaType = 'application/ninjs+json';
export const spec = 'IPTC ninjs 3.1 (JSON Schema draft 2020-12)';
export { exportNinjs as export };
