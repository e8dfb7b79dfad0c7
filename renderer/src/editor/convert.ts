// Between the model (Article) and the editor document, and between paragraph offsets and positions.
import type { Node as PMNode } from 'prosemirror-model';
import type { Article, Paragraph, ParagraphRole } from '../../../core/model/article.ts';
import { schema } from './schema.ts';

export function articleToDoc(article: Article): PMNode {
  const headline = schema.nodes.headline.create(null, article.headline ? schema.text(article.headline) : null);
  const paras = article.paragraphs.map((p) => schema.nodes.para.create({ role: p.role, url: p.url ?? null }, p.text ? schema.text(p.text) : null));
  if (paras.length === 0) paras.push(schema.nodes.para.create({ role: 'lead' }));
  return schema.nodes.doc.create(null, [headline, ...paras]);
}

export function docParagraphs(doc: PMNode): Paragraph[] {
  const out: Paragraph[] = [];
  doc.forEach((node, _offset, index) => {
    if (index === 0) return;
    const p: Paragraph = { role: node.attrs.role as ParagraphRole, text: node.textContent };
    if (node.attrs.url) p.url = node.attrs.url as string;
    out.push(p);
  });
  return out;
}

export function docHeadline(doc: PMNode): string | null {
  const h = doc.child(0).textContent;
  return h.trim() ? h : null;
}

/** The article with the editor's headline and paragraphs; the rest is re-derived by `reanalyze`. */
export function docToArticle(doc: PMNode, base: Article): Article {
  return { ...base, headline: docHeadline(doc), paragraphs: docParagraphs(doc) };
}

/** Start positions (of the content, inside the node) of the headline (-1) and each paragraph. */
export function paragraphStarts(doc: PMNode): { headline: number; paras: number[] } {
  const paras: number[] = [];
  let headline = 1;
  doc.forEach((_node, offset, index) => {
    if (index === 0) headline = offset + 1;
    else paras.push(offset + 1);
  });
  return { headline, paras };
}

/** Document range of `[start, end)` in paragraph `p` (-1 headline); null when out of range. */
export function rangeOf(doc: PMNode, p: number, start: number, end: number): { from: number; to: number } | null {
  const childIndex = p === -1 ? 0 : p + 1;
  if (p < -1 || childIndex >= doc.childCount) return null;
  let pos = 0;
  for (let i = 0; i < childIndex; i++) pos += doc.child(i).nodeSize;
  const node = doc.child(childIndex);
  const len = node.content.size;
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  return { from: pos + 1 + s, to: pos + 1 + e };
}

/** Paragraph index (-1 headline) and offset of a document position. */
export function locate(doc: PMNode, pos: number): { paragraph: number; offset: number } {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  if ($pos.depth === 0) return { paragraph: Math.max(-1, $pos.index(0) - 1), offset: 0 };
  return { paragraph: $pos.index(0) - 1, offset: $pos.parentOffset };
}
