// The cleaning pass before export: a new revision of the story (the input is never mutated), with a
// list of what changed so the editor can review the diff, accept it or undo it.
import type { Article, Paragraph, Quote, RelatedLink, Credits } from '../model/article.ts';
import type { DeskProfile } from '../model/profile.ts';
import { LABELS, CREDIT_ROLES, CREDIT_LABEL_ROLE, type CreditRole } from '../export/story-view.ts';
import { safeUrl } from '../export/shared.ts';
import { compose, identity, normalizeQuotes, normalizeWhitespace, type Mapped } from './text.ts';

export { diffArticles, type DiffOp, type WordOp } from './diff.ts';

export type CleanKind = 'whitespace' | 'quotes' | 'dateline' | 'junk' | 'related' | 'source' | 'credits' | 'fixes';

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

/** One paragraph being cleaned: where it came from and how its offsets moved. */
interface Slot {
  p: Paragraph;
  orig: number;
  mapped: Mapped;
  removed: boolean;
  /** The whitespace step's own map (offsets after the dateline step → after whitespace). */
  ws?: number[];
}

const RELATED_PREFIX = /^\s*(?:baca\s+juga|related(?:\s+news)?|read\s+also|lihat\s+juga)\s*[:\-–]\s*/i;
const SOURCE_PREFIX = /^\s*(?:sumber|source)\s*[:：]\s*/i;
const CREDIT_PAIR = /\b(pewarta|reporter|wartawan|penulis|editor|redaktur|penyunting|penerjemah|translator)\s*[:：]\s*(.*?)(?=\s*(?:[,;/|]\s*)?\b(?:pewarta|reporter|wartawan|penulis|editor|redaktur|penyunting|penerjemah|translator)\s*[:：]|$)/gi;

function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

function cleanName(s: string): string {
  return s.replace(/[\s\u00A0]+/g, ' ').replace(/^[\s(]+|[\s).;,/|]+$/g, '').trim();
}

/** Render the desk's dateline template: `{place} ({agency}) - `, `{PLACE}, {agency} - `. */
export function renderDateline(template: string, place: string, agency: string | null, date?: string | null): string {
  let s = template
    .replace(/\{PLACE\}/g, place.toLocaleUpperCase('id'))
    .replace(/\{place\}/g, place)
    .replace(/\{AGENCY\}/g, (agency ?? '').toLocaleUpperCase('id'))
    .replace(/\{agency\}/g, agency ?? '')
    .replace(/\{date\}/g, date ?? '');
  // Without an agency (or date) the template's brackets and separators for it go too.
  s = s.replace(/\(\s*\)/g, '').replace(/,\s*(?=[\s]*[-–—])/g, ' ').replace(/ {2,}/g, ' ');
  return s.replace(/^\s+/, '');
}

export function cleanArticle(article: Article, profile: DeskProfile, opts: CleanOptions = {}): CleanResult {
  const a = copy(article);
  const changes: CleanChange[] = [];
  const language = a.language === 'en' ? 'en' : 'id';
  const labels = LABELS[language];
  const note = (kind: CleanKind, paragraph: number, before: string, after: string | null) =>
    changes.push({ kind, paragraph, before, after, message: CLEAN_MESSAGES[kind] });

  const slots: Slot[] = (a.paragraphs ?? []).map((p, i) => ({ p, orig: i, mapped: identity(p.text), removed: false }));

  const live = () => slots.filter((s) => !s.removed);
  // Junk (scraped headlines, footers) goes; the original stays in the history.
  for (const s of slots) {
    if (s.p.role === 'junk') {
      s.removed = true;
      note('junk', s.orig, s.p.text, null);
    }
  }

  // Empty paragraphs go first, so every later step sees the same paragraphs on a second pass.
  for (const s of live()) {
    if (normalizeWhitespace(s.p.text).text === '') {
      s.removed = true;
      note('whitespace', s.orig, s.p.text, null);
    }
  }

  // Dateline in the desk's form (before whitespace, so the parser's prefix length still holds).
  const norm = (x: string) => normalizeQuotes(normalizeWhitespace(x).text, profile.quoteStyle);
  const leadSlot = live().find((s) => s.p.role === 'lead');
  if (a.dateline && leadSlot) {
    const text = leadSlot.p.text;
    const oldLen = Math.max(0, Math.min(Math.floor(a.dateline.length) || 0, text.length));
    a.dateline.length = oldLen;
    const place = a.dateline.place ? norm(a.dateline.place) : '';
    const rest = text.slice(oldLen).replace(/^\s+/, '');
    if (place && oldLen > 0 && rest) {
      const agencyRaw = a.dateline.agency ?? profile.agency;
      const agency = agencyRaw ? norm(agencyRaw) : null;
      const prefix = renderDateline(profile.datelineTemplate, place, agency, a.dateline.date ? norm(a.dateline.date) : null);
      const next = prefix + rest;
      if (next !== text) {
        const cut = text.length - rest.length;
        const delta = prefix.length - cut;
        const shift: Mapped = {
          text: next,
          map: Array.from({ length: text.length + 1 }, (_, i) => (i < cut ? Math.min(i, prefix.length) : i + delta)),
        };
        note('dateline', leadSlot.orig, text, next);
        leadSlot.mapped = compose(leadSlot.mapped, shift);
        leadSlot.p.text = next;
      }
      a.dateline.length = prefix.length;
      a.dateline.place = /\{PLACE\}/.test(profile.datelineTemplate) ? place.toLocaleUpperCase('id') : place;
      if (agency && /\{AGENCY\}/.test(profile.datelineTemplate)) a.dateline.agency = agency.toLocaleUpperCase('id');
      else if (agency && /\{agency\}/.test(profile.datelineTemplate)) a.dateline.agency = agency;
    }
  }

  // Whitespace and quote marks, paragraph by paragraph, tracking offsets.
  for (const s of live()) {
    const before = s.p.text;
    const ws = normalizeWhitespace(before);
    if (ws.text !== before) {
      s.mapped = compose(s.mapped, ws);
      s.ws = ws.map;
      s.p.text = ws.text;
      note('whitespace', s.orig, before, ws.text);
    }
    const q = normalizeQuotes(s.p.text, profile.quoteStyle);
    if (q !== s.p.text) {
      note('quotes', s.orig, s.p.text, q);
      s.p.text = q;
    }
  }
  if (a.dateline && leadSlot && !leadSlot.removed) {
    const ws = leadSlot.ws;
    const len = ws ? ws[Math.min(a.dateline.length, ws.length - 1)] ?? 0 : a.dateline.length;
    a.dateline.length = Math.max(0, Math.min(len, leadSlot.p.text.length));
  }
  if (typeof a.headline === 'string') {
    const h = normalizeQuotes(normalizeWhitespace(a.headline).text, profile.quoteStyle);
    if (h !== a.headline) {
      note(normalizeWhitespace(a.headline).text !== a.headline ? 'whitespace' : 'quotes', -1, a.headline, h);
      a.headline = h;
    }
  }

  // Baca juga lines: one form, the link kept (only http(s) links survive).
  const related = Array.isArray(a.related) ? a.related : [];
  for (const s of live().filter((x) => x.p.role === 'related')) {
    const link = related.find((r) => r.paragraph === s.orig);
    const title = norm(link?.title?.trim() || s.p.text.replace(RELATED_PREFIX, ''));
    // Only http(s) links survive, in their canonical (percent-encoded) form.
    const url = safeUrl(link?.url ?? s.p.url ?? null);
    const text = `${labels.related}: ${title}`.trim();
    if (text !== s.p.text || (s.p.url ?? null) !== url) {
      note('related', s.orig, s.p.text, text);
      s.p.text = text;
      s.mapped = identity(text);
    }
    s.p.url = url;
    if (link) {
      link.title = title;
      link.url = url;
    } else {
      related.push({ title, url, paragraph: s.orig });
    }
  }

  // Sumber lines.
  const sources = Array.isArray(a.sourceCredits) ? a.sourceCredits : [];
  for (const s of live().filter((x) => x.p.role === 'source-credit')) {
    const name = s.p.text.replace(SOURCE_PREFIX, '').trim();
    const text = `${labels.source}: ${name}`.trim();
    if (text !== s.p.text) {
      note('source', s.orig, s.p.text, text);
      s.p.text = text;
      s.mapped = identity(text);
    }
    if (sources.length === 0 && name) sources.push(...name.split(/\s*[,;]\s*/).filter(Boolean));
  }

  // Credits: the fields filled from the lines, the lines rewritten from the fields, one per role.
  const credits: Credits = { ...{ reporter: null, editor: null, translator: null }, ...(a.credits ?? {}) };
  for (const role of CREDIT_ROLES) if (credits[role]) credits[role] = cleanName(norm(credits[role]!)) || null;
  const creditSlots = live().filter((x) => x.p.role === 'credit');
  const parsed = new Map<Slot, [CreditRole, string][]>();
  for (const s of creditSlots) {
    // A line that already says a field's value is that field, even if the name reads like a label.
    const own = CREDIT_ROLES.find((r) => credits[r] && s.p.text === `${labels[r]}: ${credits[r]}`);
    const pairs: [CreditRole, string][] = own ? [[own, credits[own]!]] : [];
    if (!own) {
      for (const m of s.p.text.matchAll(CREDIT_PAIR)) {
        const role = CREDIT_LABEL_ROLE[m[1].toLowerCase()];
        const name = cleanName(norm(m[2]));
        if (role && name) pairs.push([role, name]);
      }
    }
    parsed.set(s, pairs);
    for (const [role, name] of pairs) if (!credits[role]) credits[role] = name;
  }
  a.credits = credits;
  const normalized = CREDIT_ROLES.filter((r) => credits[r]).map((r) => `${labels[r]}: ${credits[r]}`);
  // Lines this pass would write count as credit lines too, even when a name reads like a label.
  const parseable = creditSlots.filter((s) => (parsed.get(s) ?? []).length > 0 || normalized.includes(s.p.text));
  if (parseable.length > 0) {
    const current = parseable.map((s) => s.p.text);
    if (current.join('\n') !== normalized.join('\n')) {
      parseable.forEach((s, k) => note('credits', s.orig, s.p.text, k === 0 ? normalized.join('\n') : null));
      const first = parseable[0];
      for (const s of parseable) s.removed = true;
      const at = slots.indexOf(first);
      const fresh: Slot[] = normalized.map((text) => ({ p: { role: 'credit', text }, orig: -1, mapped: identity(text), removed: false }));
      slots.splice(at + 1, 0, ...fresh);
    }
  }

  // Rebuild the paragraph list; quotes and links follow their paragraphs.
  const kept = slots.filter((s) => !s.removed);
  const newIndex = new Map<number, number>();
  kept.forEach((s, i) => { if (s.orig >= 0 && !newIndex.has(s.orig)) newIndex.set(s.orig, i); });
  const slotOf = new Map<number, Slot>();
  for (const s of kept) if (s.orig >= 0) slotOf.set(s.orig, s);
  const origParas = article.paragraphs ?? [];

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
    out.text = quoteText(q, origParas[q.paragraph]?.text ?? '', s, endSlot === s, profile.quoteStyle);
    return [out];
  });
  // A link record must point at a Baca juga line; records pointing elsewhere are dropped.
  a.related = related.flatMap((r): RelatedLink[] => {
    const i = newIndex.get(r.paragraph);
    return i === undefined || a.paragraphs[i].role !== 'related' ? [] : [{ ...r, paragraph: i }];
  });
  a.sourceCredits = sources;

  const lead = a.paragraphs.find((p) => p.role === 'lead');
  a.lead = lead ? lead.text.slice(a.dateline?.length ?? 0) : normalizeQuotes(normalizeWhitespace(a.lead ?? '').text, profile.quoteStyle);

  if (opts.fixes) {
    const before = a;
    const after = opts.fixes(copy(a));
    if (after.headline !== before.headline) note('fixes', -1, before.headline ?? '', after.headline ?? '');
    after.paragraphs.forEach((p, i) => {
      const b = before.paragraphs[i];
      if (b && b.text !== p.text) note('fixes', kept[i]?.orig ?? -1, b.text, p.text);
    });
    return { article: after, changes };
  }
  return { article: a, changes };
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
