// Meja's own JSON: lossless. `{ "meja": 1, "article": Article }`; parseMejaJson reads it back.
// The only thing dropped is a link URL that is not http(s): no exporter passes those on.
import type { Article, Paragraph, RelatedLink } from '../model/article.ts';
import { emptyCredits, emptyMeta } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { firstArticle } from './story-view.ts';
import { safeJson, safeUrl } from './shared.ts';

export const MEJA_JSON_VERSION = 1;

function keepUrl(url: string | null | undefined): string | null | undefined {
  if (url === undefined || url === null) return url;
  return safeUrl(url) === null ? null : url;
}

export function exportJson(articles: Article[] | Article, _options: ExportOptions): string {
  const a = firstArticle(articles);
  const article: Article = {
    ...a,
    paragraphs: (a.paragraphs ?? []).map((p): Paragraph => (p.url === undefined ? p : { ...p, url: keepUrl(p.url) })),
    related: (a.related ?? []).map((r): RelatedLink => ({ ...r, url: keepUrl(r.url) ?? null })),
    meta: a.meta ? { ...a.meta, url: keepUrl(a.meta.url) ?? null } : a.meta,
  };
  return safeJson({ meja: MEJA_JSON_VERSION, article }) + '\n';
}

export class MejaJsonError extends Error {}

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Read a Meja JSON document back into an Article. Throws MejaJsonError when it is not one. */
export function parseMejaJson(text: string): Article {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new MejaJsonError(`not JSON: ${(e as Error).message}`);
  }
  return mejaJsonArticle(doc);
}

/** True for a parsed value that is a Meja JSON document of the version this build writes. */
export function isMejaJson(doc: unknown): boolean {
  return isObj(doc) && doc.meja === MEJA_JSON_VERSION && isObj(doc.article);
}

/** The Article of an already parsed Meja JSON document (the import door has parsed it once). */
export function mejaJsonArticle(doc: unknown): Article {
  if (!isObj(doc) || doc.meja !== MEJA_JSON_VERSION || !isObj(doc.article)) {
    throw new MejaJsonError('not a Meja JSON document (expected {"meja": 1, "article": {...}})');
  }
  const a = doc.article;
  if (!Array.isArray(a.paragraphs) || !a.paragraphs.every((p) => isObj(p) && typeof p.text === 'string' && typeof p.role === 'string')) {
    throw new MejaJsonError('article.paragraphs must be a list of {role, text}');
  }
  // Fill what an older or hand-written document may leave out; never drop what is there.
  return {
    headline: typeof a.headline === 'string' ? a.headline : null,
    dateline: isObj(a.dateline) ? (a.dateline as unknown as Article['dateline']) : null,
    lead: typeof a.lead === 'string' ? a.lead : '',
    quotes: [],
    related: [],
    sourceCredits: [],
    language: a.language === 'en' ? 'en' : 'id',
    provenance: null,
    ...(a as unknown as Partial<Article>),
    paragraphs: a.paragraphs as Paragraph[],
    credits: { ...emptyCredits(), ...(isObj(a.credits) ? (a.credits as Partial<Article['credits']>) : {}) },
    meta: { ...emptyMeta(), ...(isObj(a.meta) ? (a.meta as Partial<Article['meta']>) : {}) },
  };
}

export const id = 'json';
export const label = 'JSON (Meja, lossless)';
export const extension = 'meja.json';
export const mediaType = 'application/json';
export const spec = 'Meja Redaksi article JSON, version 1';
export { exportJson as export };
