// The exporter contract: one module per format, listed in index.ts (Pandoc's `writers` table).
import type { Article } from '../model/article.ts';
import type { DeskProfile } from '../model/profile.ts';

/** Everything impure comes in here, so exporters stay pure and tests need no mocks. */
export interface ExportOptions {
  /** The export time, ISO 8601 (used for versionCreated, doc dates, fallbacks). */
  now: string;
  /** Document id (NITF doc-id, NewsML-G2 guid, ninjs uri, WXR guid). */
  id: string;
  /** Version/sequence number (NewsML-G2 version, ninjs version, WXR post id base). */
  sequence?: number;
  profile?: DeskProfile;
  /** Render paragraphs that open with a direct quote as `<blockquote>` (HTML-carrying formats). */
  blockquotes?: boolean;
  /** Site/base URL (WXR channel link, ninjs uri base). Only http(s) is used. */
  baseUrl?: string;
  /** Provider/agency name; defaults to the profile's agency, then the dateline's. */
  provider?: string;
  /** HTML only: a full standalone document instead of a fragment. */
  standalone?: boolean;
}

export type ExporterId =
  | 'html' | 'markdown' | 'text' | 'wxr' | 'wp-json' | 'nitf' | 'newsml' | 'ninjs' | 'json';

export interface Exporter {
  id: ExporterId;
  label: string;
  /** File extension without the leading dot (may be compound, e.g. `nitf.xml`). */
  extension: string;
  mediaType: string;
  /** The specification and version this module writes. */
  spec: string;
  /** WXR takes many stories; the others export the first one given (the caller loops). */
  export(articles: Article[] | Article, options: ExportOptions): string;
}
