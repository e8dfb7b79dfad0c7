// A report sent over WhatsApp: message prefixes and forwarded markers stripped, the words kept.

import type { RawStory } from '../../../../core/model/article.ts';
import { stripWhatsApp } from '../../../../core/text/whatsapp.ts';

export function readWhatsApp(text: string): RawStory[] {
  const stripped = stripWhatsApp(text);
  return [{ format: 'whatsapp', text: stripped.text, paragraphs: [], meta: { authors: stripped.senders } }];
}
