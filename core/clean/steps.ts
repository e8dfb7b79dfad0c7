// The cleaning steps, in order. Each works on the paragraph slots of one revision and notes what it
// changed; offsets (quotes, the dateline length) follow the text through each slot's offset map.
import type { Article, Credits, Paragraph } from '../model/article.ts';
import type { DeskProfile } from '../model/profile.ts';
import { CREDIT_LABEL_ROLE, CREDIT_PAIR, CREDIT_ROLES, RELATED_PREFIX, SOURCE_PREFIX, type CreditRole, type Labels } from '../export/labels.ts';
import { safeUrl } from '../export/shared.ts';
import { compose, identity, normalizeQuotes, normalizeWhitespace, type Mapped } from './text.ts';
import { renderDateline } from './dateline.ts';

export type CleanKind = 'whitespace' | 'quotes' | 'dateline' | 'junk' | 'related' | 'source' | 'credits' | 'fixes';

/** One paragraph being cleaned: where it came from and how its offsets moved. */
export interface Slot {
  p: Paragraph;
  /** Index in the original article; -1 for a paragraph cleaning wrote (a split credit line). */
  orig: number;
  /** Original offsets → current offsets. */
  mapped: Mapped;
  removed: boolean;
  /** The whitespace step's own map (offsets after the dateline step → after whitespace). */
  ws?: number[];
}

export interface CleanContext {
  a: Article;
  slots: Slot[];
  profile: DeskProfile;
  labels: Labels;
  note(kind: CleanKind, paragraph: number, before: string, after: string | null): void;
}

export const live = (c: CleanContext) => c.slots.filter((s) => !s.removed);
const norm = (c: CleanContext, x: string) => normalizeQuotes(normalizeWhitespace(x).text, c.profile.quoteStyle);
const leadSlot = (c: CleanContext) => live(c).find((s) => s.p.role === 'lead');

/** Junk (scraped headlines, footers) goes; the original stays in the history. */
export function removeJunk(c: CleanContext): void {
  for (const s of live(c)) {
    if (s.p.role === 'junk') {
      s.removed = true;
      c.note('junk', s.orig, s.p.text, null);
    }
  }
}

/** Empty paragraphs go before anything else, so a second pass sees the same paragraphs. */
export function removeEmpty(c: CleanContext): void {
  for (const s of live(c)) {
    if (normalizeWhitespace(s.p.text).text === '') {
      s.removed = true;
      c.note('whitespace', s.orig, s.p.text, null);
    }
  }
}

/** The dateline in the desk's form; runs before whitespace, so the parser's prefix length still holds. */
export function datelineToDeskForm(c: CleanContext): void {
  const { a, profile } = c;
  const lead = leadSlot(c);
  if (!a.dateline || !lead) return;
  const text = lead.p.text;
  const oldLen = Math.max(0, Math.min(Math.floor(a.dateline.length) || 0, text.length));
  a.dateline.length = oldLen;
  const place = a.dateline.place ? norm(c, a.dateline.place) : '';
  const rest = text.slice(oldLen).replace(/^\s+/, '');
  if (!place || oldLen === 0 || !rest) return;
  const agencyGiven = a.dateline.agency ?? profile.agency;
  const agency = agencyGiven ? norm(c, agencyGiven) : null;
  const rendered = renderDateline(profile.datelineTemplate, place, agency, a.dateline.date ? norm(c, a.dateline.date) : null);
  // Quote marks in the prefix take their form from their place in the line, as the quotes step will
  // give them (a lone `'` is closing, `(')` opening): otherwise a second clean flips them back.
  const prefix = normalizeQuotes(rendered + rest, profile.quoteStyle).slice(0, rendered.length);
  const next = prefix + rest;
  if (next !== text) {
    const cut = text.length - rest.length;
    const delta = prefix.length - cut;
    const shift: Mapped = {
      text: next,
      map: Array.from({ length: text.length + 1 }, (_, i) => (i < cut ? Math.min(i, prefix.length) : i + delta)),
    };
    c.note('dateline', lead.orig, text, next);
    lead.mapped = compose(lead.mapped, shift);
    lead.p.text = next;
  }
  a.dateline.length = prefix.length;
  a.dateline.place = /\{PLACE\}/.test(profile.datelineTemplate) ? place.toLocaleUpperCase('id') : place;
  if (agency && /\{AGENCY\}/.test(profile.datelineTemplate)) a.dateline.agency = agency.toLocaleUpperCase('id');
  else if (agency && /\{agency\}/.test(profile.datelineTemplate)) a.dateline.agency = agency;
}

/** Whitespace and line breaks, then quote marks in the desk's style: paragraphs and headline. */
export function whitespaceAndQuotes(c: CleanContext): void {
  for (const s of live(c)) {
    const before = s.p.text;
    const ws = normalizeWhitespace(before);
    if (ws.text !== before) {
      s.mapped = compose(s.mapped, ws);
      s.ws = ws.map;
      s.p.text = ws.text;
      c.note('whitespace', s.orig, before, ws.text);
    }
    const q = normalizeQuotes(s.p.text, c.profile.quoteStyle);
    if (q !== s.p.text) {
      c.note('quotes', s.orig, s.p.text, q);
      s.p.text = q;
    }
  }
  const lead = leadSlot(c);
  if (c.a.dateline && lead?.ws) {
    const len = lead.ws[Math.min(c.a.dateline.length, lead.ws.length - 1)] ?? 0;
    c.a.dateline.length = Math.max(0, Math.min(len, lead.p.text.length));
  }
  const h = c.a.headline;
  if (typeof h === 'string') {
    const spaced = normalizeWhitespace(h).text;
    const next = normalizeQuotes(spaced, c.profile.quoteStyle);
    if (spaced !== h) c.note('whitespace', -1, h, spaced);
    if (next !== spaced) c.note('quotes', -1, spaced, next);
    c.a.headline = next;
  }
}

/** Baca juga lines in one form; the link kept, only http(s), in canonical form. */
export function bacaJugaLines(c: CleanContext): void {
  const related = Array.isArray(c.a.related) ? c.a.related : [];
  c.a.related = related;
  for (const s of live(c).filter((x) => x.p.role === 'related')) {
    const link = related.find((r) => r.paragraph === s.orig);
    const title = norm(c, link?.title?.trim() || s.p.text.replace(RELATED_PREFIX, ''));
    const url = safeUrl(link?.url ?? s.p.url ?? null);
    const text = `${c.labels.related}: ${title}`.trim();
    if (text !== s.p.text || (s.p.url ?? null) !== url) {
      c.note('related', s.orig, s.p.text, text);
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
}

/** `Sumber: …` lines in one form; the source credits filled from them when empty. */
export function sourceLines(c: CleanContext): void {
  const sources = Array.isArray(c.a.sourceCredits) ? c.a.sourceCredits : [];
  c.a.sourceCredits = sources;
  for (const s of live(c).filter((x) => x.p.role === 'source-credit')) {
    const name = s.p.text.replace(SOURCE_PREFIX, '').trim();
    const text = `${c.labels.source}: ${name}`.trim();
    if (text !== s.p.text) {
      c.note('source', s.orig, s.p.text, text);
      s.p.text = text;
      s.mapped = identity(text);
    }
    if (sources.length === 0 && name) sources.push(...name.split(/\s*[,;]\s*/).filter(Boolean));
  }
}

function cleanName(s: string): string {
  return s.replace(/[\s\u00A0]+/g, ' ').replace(/^[\s(]+|[\s).;,/|]+$/g, '').trim();
}

/** Credits: the fields filled from the lines, the lines rewritten from the fields, one per role. */
export function creditLines(c: CleanContext): void {
  const { labels } = c;
  const credits: Credits = { ...{ reporter: null, editor: null, translator: null }, ...(c.a.credits ?? {}) };
  // Trimmed before the quote marks are decided too: a mark's form depends on its neighbours, so
  // trimming only afterwards could change it again on a second pass (`'/` → `‘` → `’`).
  for (const role of CREDIT_ROLES) if (credits[role]) credits[role] = cleanName(norm(c, cleanName(credits[role]!))) || null;
  const slots = live(c).filter((x) => x.p.role === 'credit');
  const parsed = new Map<Slot, [CreditRole, string][]>();
  for (const s of slots) {
    // A line that already says a field's value is that field, even if the name reads like a label.
    const own = CREDIT_ROLES.find((r) => credits[r] && s.p.text === `${labels[r]}: ${credits[r]}`);
    const pairs: [CreditRole, string][] = own ? [[own, credits[own]!]] : [];
    if (!own) {
      for (const m of s.p.text.matchAll(CREDIT_PAIR)) {
        const role = CREDIT_LABEL_ROLE[m[1].toLowerCase()];
        const name = cleanName(norm(c, m[2]));
        if (role && name) pairs.push([role, name]);
      }
    }
    parsed.set(s, pairs);
    for (const [role, name] of pairs) if (!credits[role]) credits[role] = name;
  }
  c.a.credits = credits;
  const lines = CREDIT_ROLES.filter((r) => credits[r]).map((r) => `${labels[r]}: ${credits[r]}`);
  // Lines this pass would write count as credit lines too, even when a name reads like a label.
  const ours = slots.filter((s) => (parsed.get(s) ?? []).length > 0 || lines.includes(s.p.text));
  if (ours.length === 0 || ours.map((s) => s.p.text).join('\n') === lines.join('\n')) return;
  ours.forEach((s, k) => c.note('credits', s.orig, s.p.text, k === 0 ? lines.join('\n') : null));
  for (const s of ours) s.removed = true;
  const at = c.slots.indexOf(ours[0]);
  c.slots.splice(at + 1, 0, ...lines.map((text): Slot => ({ p: { role: 'credit', text }, orig: -1, mapped: identity(text), removed: false })));
}

/** The steps, in the order they run. */
export const STEPS: readonly ((c: CleanContext) => void)[] = [
  removeJunk, removeEmpty, datelineToDeskForm, whitespaceAndQuotes, bacaJugaLines, sourceLines, creditLines,
];
