// The cleaning pass before export: a new revision of the story (the input is never mutated), with a
// list of what changed so the editor can review the diff, accept it or undo it.
import type { Article, Paragraph, Quote, RelatedLink } from '../model/article.ts';
import type { DeskProfile } from '../model/profile.ts';
import { LABELS } from '../export/labels.ts';
import { identity, normalizeQuotes, normalizeWhitespace } from './text.ts';
import { STEPS, type CleanContext, type CleanKind, type Slot } from './steps.ts';

export { diffArticles, type DiffOp, type WordOp } from './diff.ts';
export { renderDateline } from './dateline.ts';
export type { CleanKind } from './steps.ts';

export interface CleanChange {
  kind: CleanKind;
  /** Paragraph index in the article given to cleanArticle; -1 for the headline. */
  paragraph: number;
  before: string;
  /** The new text (several paragraphs joined by a line break); null when the paragraph was removed. */
  after: string | null;
  message: string;
}

export interface CleanResult {
  article: Article;
  changes: CleanChange[];
}

export interface CleanOptions {
  /** Apply the checks' safe fixes (the caller passes them in; cleaning does not know the rules). */
  fixes?: (a: Article) => Article;
}

/** What each step says in the diff view (Indonesian: the desk's language). */
export const CLEAN_MESSAGES: Record<CleanKind, string> = {
  whitespace: 'Spasi dan baris dirapikan',
  quotes: 'Tanda kutip diseragamkan',
  dateline: 'Dateline disesuaikan dengan gaya meja',
  junk: 'Paragraf sampah dihapus',
  related: 'Baris Baca juga dirapikan (tautan dipertahankan)',
  source: 'Baris Sumber dirapikan',
  credits: 'Kredit dirapikan (Pewarta/Editor)',
  fixes: 'Perbaikan aman dari pemeriksaan diterapkan',
};

function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

export function cleanArticle(article: Article, profile: DeskProfile, opts: CleanOptions = {}): CleanResult {
  const a = copy(article);
  const changes: CleanChange[] = [];
  const ctx: CleanContext = {
    a,
    slots: (a.paragraphs ?? []).map((p, i) => ({ p, orig: i, mapped: identity(p.text), removed: false })),
    profile,
    labels: LABELS[a.language === 'en' ? 'en' : 'id'],
    note: (kind, paragraph, before, after) => changes.push({ kind, paragraph, before, after, message: CLEAN_MESSAGES[kind] }),
  };
  for (const step of STEPS) step(ctx);
  const kept = rebuild(ctx, article.paragraphs ?? []);

  if (!opts.fixes) return { article: a, changes };
  // The checks' safe fixes come last, on the cleaned text, and are listed like the other changes.
  const after = opts.fixes(copy(a));
  if (after.headline !== a.headline) ctx.note('fixes', -1, a.headline ?? '', after.headline ?? '');
  after.paragraphs.forEach((p, i) => {
    const b = a.paragraphs[i];
    if (b && b.text !== p.text) ctx.note('fixes', kept[i]?.orig ?? -1, b.text, p.text);
  });
  return { article: after, changes };
}

/** The paragraph list rebuilt from the slots; quotes, links and the lead follow their paragraphs. */
function rebuild(c: CleanContext, original: readonly Paragraph[]): Slot[] {
  const { a, profile } = c;
  const kept = c.slots.filter((s) => !s.removed);
  const newIndex = new Map<number, number>();
  kept.forEach((s, i) => { if (s.orig >= 0 && !newIndex.has(s.orig)) newIndex.set(s.orig, i); });
  const slotOf = new Map<number, Slot>();
  for (const s of kept) if (s.orig >= 0) slotOf.set(s.orig, s);

  a.paragraphs = kept.map((s) => s.p);
  a.quotes = (Array.isArray(a.quotes) ? a.quotes : []).flatMap((q): Quote[] => {
    const s = slotOf.get(q.paragraph);
    if (!s) return [];
    const at = (i: number, slot: Slot) => slot.mapped.map[Math.max(0, Math.min(i, slot.mapped.map.length - 1))];
    const out: Quote = { ...q, paragraph: newIndex.get(q.paragraph)!, start: at(q.start, s) };
    const endSlot = q.endParagraph !== undefined ? slotOf.get(q.endParagraph) : s;
    if (q.endParagraph !== undefined) {
      if (endSlot) out.endParagraph = newIndex.get(q.endParagraph)!;
      else delete out.endParagraph;
    }
    out.end = endSlot ? at(q.end, endSlot) : s.p.text.length;
    out.text = quoteText(q, original[q.paragraph]?.text ?? '', s, endSlot === s, profile.quoteStyle);
    return [out];
  });
  // A link record must point at a Baca juga line; records pointing elsewhere are dropped.
  a.related = (a.related ?? []).flatMap((r): RelatedLink[] => {
    const i = newIndex.get(r.paragraph);
    return i === undefined || a.paragraphs[i].role !== 'related' ? [] : [{ ...r, paragraph: i }];
  });
  const lead = a.paragraphs.find((p) => p.role === 'lead');
  a.lead = lead ? lead.text.slice(a.dateline?.length ?? 0) : normalizeQuotes(normalizeWhitespace(a.lead ?? '').text, profile.quoteStyle);
  return kept;
}

/** The quote's own text after cleaning: re-read from the cleaned paragraph when it was a slice of it. */
function quoteText(q: Quote, origText: string, s: Slot, sameParagraph: boolean, style: 'straight' | 'curly'): string {
  if (sameParagraph && typeof q.text === 'string') {
    const k = origText.slice(q.start, q.end).indexOf(q.text);
    if (k >= 0 && q.text.length > 0) {
      const from = s.mapped.map[q.start + k];
      const to = s.mapped.map[q.start + k + q.text.length];
      if (from !== undefined && to !== undefined) return s.p.text.slice(from, to).trim();
    }
  }
  return normalizeQuotes(normalizeWhitespace(q.text ?? '').text, style);
}
