// From what a reader found to the structured Article: the parser, unless the reader already has
// the whole story (Meja's own lossless JSON), which is then taken as it is.
import type { Article, RawStory } from '../../../core/model/article.ts';
import { parseRaw, type ParseOptions } from '../../../core/parse/index.ts';

export function toArticle(raw: RawStory, opts?: ParseOptions): Article {
  if (!raw.article) return parseRaw(raw, opts);
  // Lossless means the story comes back as exported, its own provenance included; only a document
  // that never had one takes this import's.
  return raw.article.provenance ? raw.article : { ...raw.article, provenance: opts?.provenance ?? null };
}
