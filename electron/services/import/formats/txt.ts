// Plain text: the parser finds paragraphs and structure itself, so the story carries the text as is.

import type { RawStory } from '../../../../core/model/article.ts';

export function readTxt(text: string): RawStory[] {
  return [{ format: 'txt', text, paragraphs: [] }];
}
