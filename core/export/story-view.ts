// One reading of an Article that every exporter renders: sanitized texts, blocks in story order,
// Baca juga links with only safe URLs, credits from the structured fields, the CMS fields.
import type { Article, Priority } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { normIso, nowIso, oneLine, safeUrl, sanitize } from './shared.ts';
import { LABELS, CREDIT_ROLES, CREDIT_LABEL_ROLE, CREDIT_PAIR, RELATED_PREFIX, SOURCE_PREFIX, type CreditRole, type Labels } from './labels.ts';

export { LABELS, CREDIT_ROLES, type CreditRole } from './labels.ts';

/** IPTC urgency (1 highest … 9 lowest) for the desk's priority. */
export const URGENCY: Record<Priority, number> = { flash: 1, urgent: 2, biasa: 5 };

export type TextRole = 'lead' | 'body' | 'copyright' | 'source-credit';

export type Block =
  | { kind: 'text'; role: TextRole; text: string; quote: boolean }
  | { kind: 'related'; label: string; title: string; url: string | null; text: string };

export interface CreditLine { role: CreditRole; label: string; name: string; text: string }

export interface StoryView {
  language: 'id' | 'en';
  labels: Labels;
  headline: string;
  /** The dateline as a line: `London (ANTARA)`; '' when none. */
  dateline: string;
  place: string;
  agency: string;
  /** Lead text without the dateline. */
  lead: string;
  blocks: Block[];
  related: { title: string; url: string | null }[];
  sources: string[];
  /** Structured credits (from the fields, else read from the credit paragraphs). */
  credits: CreditLine[];
  /** The credit lines as they go out, at the end of the story. */
  creditTexts: string[];
  /** Provider/agency for metadata: options, profile, then dateline agency. */
  provider: string;
  /** The story's date, else the export time (see `dated`). */
  date: string;
  /** True when the story has its own date; false when `date` is only the export time. */
  dated: boolean;
  now: string;
  embargo: string | null;
  urgency: number;
  slug: string;
  section: string;
  tags: string[];
  caption: string;
  correctionOf: string;
  authors: string[];
  url: string | null;
}


/** Build the view. Tolerant of partial or odd articles: exporters must never throw. */
export function storyView(article: Article, options: ExportOptions): StoryView {
  const language = article.language === 'en' ? 'en' : 'id';
  const labels = LABELS[language];
  const paragraphs = Array.isArray(article.paragraphs) ? article.paragraphs : [];
  const quotes = Array.isArray(article.quotes) ? article.quotes : [];
  const relatedLinks = Array.isArray(article.related) ? article.related : [];
  const meta = article.meta ?? ({} as Partial<Article['meta']>);
  const credits = article.credits ?? { reporter: null, editor: null, translator: null };

  const creditLines: CreditLine[] = [];
  for (const role of CREDIT_ROLES) {
    const name = oneLine(credits[role]);
    if (name) creditLines.push({ role, label: labels[role], name, text: `${labels[role]}: ${name}` });
  }
  // Credit paragraphs speak only when the structured credits are empty.
  const creditTexts = creditLines.length > 0
    ? creditLines.map((c) => c.text)
    : paragraphs.filter((p) => p?.role === 'credit').map((p) => oneLine(p.text)).filter(Boolean);
  if (creditLines.length === 0) {
    for (const t of creditTexts) {
      for (const m of t.matchAll(CREDIT_PAIR)) {
        const role = CREDIT_LABEL_ROLE[m[1].toLowerCase()];
        const name = m[2].trim().replace(/[.;,/|]+$/, '').trim();
        if (role && name && !creditLines.some((c) => c.role === role)) {
          creditLines.push({ role, label: labels[role], name, text: `${labels[role]}: ${name}` });
        }
      }
    }
  }

  const quoteOpens = new Set<number>();
  for (const q of quotes) {
    const p = paragraphs[q?.paragraph];
    if (q?.kind === 'direct' && p && /^[\s"'“”‘’«»„]*$/.test(p.text.slice(0, Math.max(0, q.start)))) {
      quoteOpens.add(q.paragraph);
    }
  }

  const dl = article.dateline;
  const leadIndex = paragraphs.findIndex((p) => p?.role === 'lead');
  let dateline = '';
  if (dl && leadIndex >= 0 && dl.length > 0) {
    dateline = oneLine(paragraphs[leadIndex].text.slice(0, dl.length).replace(/[\s\-–—:]+$/, ''));
  }
  if (!dateline && dl && (dl.place || dl.agency)) {
    dateline = oneLine([dl.place, dl.agency ? `(${dl.agency})` : ''].filter(Boolean).join(' '));
  }

  const blocks: Block[] = [];
  const related: StoryView['related'] = [];
  paragraphs.forEach((p, i) => {
    if (!p || p.role === 'junk') return;
    const text = oneLine(p.text);
    if (p.role === 'related') {
      const link = relatedLinks.find((r) => r?.paragraph === i);
      const title = oneLine(link?.title) || oneLine(text.replace(RELATED_PREFIX, ''));
      const url = safeUrl(link?.url ?? p.url ?? null);
      if (!title && !url) return;
      blocks.push({ kind: 'related', label: labels.related, title, url, text: `${labels.related}: ${title}` });
      related.push({ title, url });
      return;
    }
    if (p.role === 'credit') return;
    if (!text) return;
    const role: TextRole = p.role === 'lead' || p.role === 'copyright' || p.role === 'source-credit' ? p.role : 'body';
    blocks.push({ kind: 'text', role, text, quote: quoteOpens.has(i) });
  });

  const sources = (Array.isArray(article.sourceCredits) && article.sourceCredits.length > 0
    ? article.sourceCredits
    : paragraphs.filter((p) => p?.role === 'source-credit').map((p) => p.text.replace(SOURCE_PREFIX, '')))
    .map(oneLine).filter(Boolean);

  const place = oneLine(dl?.place);
  const agency = oneLine(dl?.agency);
  const now = nowIso(options.now);
  const provider = oneLine(options.provider) || oneLine(options.profile?.agency) || agency;
  const leadText = leadIndex >= 0
    ? oneLine(typeof article.lead === 'string' && article.lead ? article.lead : paragraphs[leadIndex].text.slice(dl?.length ?? 0))
    : oneLine(article.lead);

  return {
    language, labels,
    headline: oneLine(article.headline),
    dateline, place, agency,
    lead: leadText,
    blocks, related, sources,
    credits: creditLines,
    creditTexts,
    provider,
    date: normIso(meta.date) ?? now,
    dated: normIso(meta.date) !== null,
    now,
    embargo: normIso(meta.embargo),
    urgency: URGENCY[meta.priority as Priority] ?? 5,
    slug: oneLine(meta.slug),
    section: oneLine(meta.section),
    tags: (Array.isArray(meta.tags) ? meta.tags : []).map(oneLine).filter(Boolean),
    caption: oneLine(meta.caption),
    correctionOf: oneLine(meta.correctionOf),
    authors: (Array.isArray(meta.authors) ? meta.authors : []).map(oneLine).filter(Boolean),
    url: safeUrl(meta.url),
  };
}


/**
 * The wire's notices for formats with no field for them (plain text, a standalone page): priority,
 * embargo, correction, each one line in capitals as agencies put them above the story.
 */
export function notices(v: StoryView): string[] {
  return [
    v.urgency === URGENCY.flash ? 'FLASH' : v.urgency === URGENCY.urgent ? 'URGENT' : '',
    v.embargo ? `${v.labels.embargo.toUpperCase()} ${v.embargo}` : '',
    v.correctionOf ? `${v.labels.correction.toUpperCase()} ${v.correctionOf}` : '',
  ].filter(Boolean);
}

/** The first article given (single-story formats). */
export function firstArticle(articles: Article[] | Article): Article {
  const a = Array.isArray(articles) ? articles[0] : articles;
  if (!a) throw new Error('no story to export');
  return a;
}

/** The byline: reporter credit, else the CMS authors. */
export function byline(view: StoryView): string {
  const r = view.credits.find((c) => c.role === 'reporter');
  return r ? r.name : view.authors.join(', ');
}

export { sanitize };
