// The wire's words: labels the desk writes (by story language) and the patterns that find them.
// Shared by the exporters (which write them) and cleaning (which normalizes them).
import type { Credits } from '../model/article.ts';

export type CreditRole = keyof Credits;

export const LABELS = {
  id: { related: 'Baca juga', source: 'Sumber', reporter: 'Pewarta', editor: 'Editor', translator: 'Penerjemah', caption: 'Keterangan foto', correction: 'Ralat atas', embargo: 'Embargo hingga' },
  en: { related: 'Related news', source: 'Source', reporter: 'Reporter', editor: 'Editor', translator: 'Translator', caption: 'Caption', correction: 'Correction of', embargo: 'Embargoed until' },
} as const;

export type Labels = (typeof LABELS)['id' | 'en'];

export const CREDIT_ROLES: readonly CreditRole[] = ['reporter', 'editor', 'translator'];

/** Credit labels as written on the wire → role. */
export const CREDIT_LABEL_ROLE: Record<string, CreditRole> = {
  pewarta: 'reporter', reporter: 'reporter', wartawan: 'reporter', penulis: 'reporter',
  editor: 'editor', redaktur: 'editor', penyunting: 'editor',
  penerjemah: 'translator', translator: 'translator',
};

const CREDIT_LABEL = `(?:${Object.keys(CREDIT_LABEL_ROLE).join('|')})`;

/** `Label: Name` pairs in a credit line: `Pewarta: A / Editor: B`, `(Pewarta: A, Editor: B)`. */
export const CREDIT_PAIR = new RegExp(
  `\\b(${CREDIT_LABEL.slice(3, -1)})\\s*[:：]\\s*(.*?)(?=\\s*(?:[,;/|]\\s*)?\\b${CREDIT_LABEL}\\s*[:：]|$)`, 'gi');

export const RELATED_PREFIX = /^\s*(?:baca\s+juga|related(?:\s+news)?|read\s+also|lihat\s+juga)\s*[:\-–]\s*/i;
export const SOURCE_PREFIX = /^\s*(?:sumber|source)\s*[:：]\s*/i;
