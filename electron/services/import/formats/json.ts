// JSON files: ninjs (one item or an array of items), or Meja Redaksi's own lossless export, whose
// object carries the structured `article`. Any other JSON is refused as 'not-ninjs'.

import type { Article, RawStory } from '../../../../core/model/article.ts';
import { isMejaJson, mejaJsonArticle, MejaJsonError } from '../../../../core/export/json.ts';
import { ImportError } from '../errors.ts';
import { isNinjs, readNinjsItem } from './ninjs.ts';

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError('malformed', `the JSON is not well-formed: ${String((e as Error).message).split('\n')[0]}`);
  }
}

export function isOwnExport(v: unknown): v is { article: Article } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const a = (v as { article?: unknown }).article;
  return typeof a === 'object' && a !== null && Array.isArray((a as { paragraphs?: unknown }).paragraphs);
}

/** Which JSON reader applies: 'ninjs', 'json' (own export), or null. */
export function jsonKind(v: unknown): 'ninjs' | 'json' | null {
  if (isOwnExport(v)) return 'json';
  if (isNinjs(v)) return 'ninjs';
  if (Array.isArray(v) && v.length > 0 && v.every(isNinjs)) return 'ninjs';
  return null;
}

export function readNinjsJson(v: unknown): RawStory[] {
  const items = Array.isArray(v) ? v : [v];
  if (!items.every(isNinjs)) throw new ImportError('not-ninjs');
  return items.map((o) => readNinjsItem(o as Record<string, unknown>));
}

export function readOwnExport(v: unknown): RawStory[] {
  if (!isOwnExport(v)) throw new ImportError('not-ninjs');
  const a = v.article;
  // The current version is lossless: the reader passes the Article on whole (see toArticle).
  // A hand-edited document whose paragraphs lack roles goes through the parser instead.
  let whole: Article | undefined;
  try {
    whole = isMejaJson(v) ? mejaJsonArticle(v) : undefined;
  } catch (e) {
    if (!(e instanceof MejaJsonError)) throw e;
  }
  const paragraphs = a.paragraphs.filter((p) => typeof p?.text === 'string').map((p) => p.text);
  const links = (a.related ?? []).filter((r) => r && typeof r.title === 'string' && typeof r.url === 'string')
    .map((r) => ({ title: r.title, url: r.url as string }));
  return [{
    format: 'json',
    headline: typeof a.headline === 'string' ? a.headline : null,
    paragraphs,
    links,
    dateline: a.dateline ? { place: a.dateline.place ?? null, agency: a.dateline.agency ?? null, date: a.dateline.date ?? null } : null,
    credits: a.credits ?? undefined,
    sourceCredits: Array.isArray(a.sourceCredits) ? a.sourceCredits : [],
    meta: a.meta ?? undefined,
    language: a.language === 'en' || a.language === 'id' ? a.language : undefined,
    ...(whole ? { article: whole } : {}),
  }];
}
