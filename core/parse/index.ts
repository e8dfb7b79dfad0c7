// The parser: wire copy in, structured article out. Parsing never rewrites the text: every
// paragraph is a slice of the input, and `recoverOriginal` rebuilds the input exactly.
import {
  emptyCredits, emptyMeta, type Article, type ParagraphRole, type Provenance, type RawStory,
} from '../model/article.ts';
import { findDateline, matchDateline } from './dateline.ts';
import { isHeadline } from './headline.ts';
import { detectLanguageOf } from './language.ts';
import { joinParagraphs, splitParagraphs } from './paragraphs.ts';
import { lineRole } from './roles.ts';
import { SOURCE_PROFILES, type SourceProfile } from './source-profiles.ts';
import { structure, type Source } from './structure.ts';

export { SOURCE_PROFILES, deskSourceProfiles, type DeskSourceProfile, type SourceProfile } from './source-profiles.ts';

export interface ParseOptions {
  /** A desk's own profiles, tried before the built-in ones. */
  profiles?: SourceProfile[];
  provenance?: Provenance | null;
}

function profilesOf(opts?: ParseOptions): readonly SourceProfile[] {
  return opts?.profiles?.length ? [...opts.profiles, ...SOURCE_PROFILES] : SOURCE_PROFILES;
}

/** The first paragraph that reads as prose (not a credit, Baca juga, junk): the lead without a dateline. */
function firstBody(texts: readonly string[]): number {
  for (let i = 0; i < texts.length; i++) if (lineRole(texts[i]) === null) return i;
  return -1;
}

/** Plain wire copy: paragraphs split on blank lines (or on lines when there are none). */
export function parseText(text: string, opts?: ParseOptions): Article {
  const profiles = profilesOf(opts);
  const split = splitParagraphs(text);
  let texts = split.paragraphs;
  let starts = paragraphStarts(split.paragraphs, split.gaps);
  let headline: string | null = null;
  let found = findDateline(texts, profiles, 0);
  if (texts.length > 1 && (!found || found.paragraph > 0)) {
    // Pasted web copy may put a `Baca juga` line between the headline and the dateline: the
    // dateline still sits right below the title as a reader sees it.
    const below = found?.paragraph === 1 ? true : matchDateline(texts[1], profiles, true) !== null
      || (found?.paragraph === 2 && lineRole(texts[1]) === 'related');
    if (isHeadline(texts, below)) {
      headline = texts[0];
      texts = texts.slice(1);
      starts = starts.slice(1);
      found = findDateline(texts, profiles, 0);
    }
  }
  return assemble(texts, found, headline, opts, { gaps: split.gaps, headlineInText: headline !== null }, { text, starts });
}

/** Where each paragraph begins in the text: after the gaps and paragraphs before it. */
function paragraphStarts(paragraphs: readonly string[], gaps: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    at += gaps[i].length;
    starts.push(at);
    at += paragraphs[i].length;
  }
  return starts;
}

/** The article from its paragraph texts, once the dateline (if any) has been looked for. */
function assemble(
  texts: readonly string[], found: ReturnType<typeof findDateline>, headline: string | null,
  opts: ParseOptions | undefined, layout: Article['layout'], source?: Source,
): Article {
  const dateline = found?.dateline ?? null;
  const s = structure(texts, found ? found.paragraph : firstBody(texts), dateline, null, undefined, source);
  return {
    headline,
    dateline,
    lead: s.lead,
    paragraphs: s.paragraphs,
    quotes: s.quotes,
    related: s.related,
    sourceCredits: s.sourceCredits,
    credits: s.credits,
    language: detectLanguageOf(texts),
    provenance: opts?.provenance ?? null,
    meta: emptyMeta(),
    layout,
  };
}

function agencyId(agency: string | null, profiles: readonly SourceProfile[]): string | null {
  if (!agency) return null;
  const probe = `Kota (${agency}) - `;
  const probe2 = `KOTA, ${agency} - `;
  for (const p of profiles) {
    if (p.noAgency) continue;
    const d = matchDateline(probe, [p], false) ?? matchDateline(probe2, [p], false);
    if (d) return p.id;
  }
  return null;
}

/** A story from a reader: its text when it has one, else its paragraphs and the fields it knows. */
export function parseRaw(raw: RawStory, opts?: ParseOptions): Article {
  const profiles = profilesOf(opts);
  let article: Article;
  if (typeof raw.text === 'string') {
    article = parseText(raw.text, opts);
  } else {
    const texts = raw.paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
    article = assemble(texts, findDateline(texts, profiles, 0), null, opts, null);
  }
  if (raw.headline) article.headline = raw.headline;
  // The dateline the text itself writes wins (the checks judge that one, and it keeps its agency);
  // the markup's fills what the text leaves out, or stands alone (length 0) when the text has none.
  if (raw.dateline && (raw.dateline.place || raw.dateline.agency)) {
    const given = raw.dateline;
    const written = article.dateline && article.dateline.length > 0 ? article.dateline : null;
    if (written) {
      article.dateline = { ...written, date: written.date ?? given.date ?? null };
    } else {
      article.dateline = {
        place: given.place, agency: given.agency, date: given.date ?? null,
        agencyId: agencyId(given.agency, profiles), length: 0,
      };
    }
  }
  if (raw.credits) {
    const c = { ...emptyCredits(), ...article.credits };
    for (const k of ['reporter', 'editor', 'translator'] as const) if (raw.credits[k]) c[k] = raw.credits[k]!;
    article.credits = c;
  }
  if (raw.sourceCredits?.length) article.sourceCredits = [...raw.sourceCredits];
  if (raw.meta) article.meta = { ...emptyMeta(), ...raw.meta };
  if (raw.language) article.language = raw.language;
  if (raw.links?.length) attachLinks(article, raw.links);
  return article;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[^\p{L}\p{N} ]/gu, '').trim();
}

/** Gives `related` paragraphs the URLs the reader found, matching by title. */
function attachLinks(article: Article, links: readonly { title: string; url: string }[]): void {
  for (const rel of article.related) {
    const title = norm(rel.title);
    const whole = norm(article.paragraphs[rel.paragraph].text);
    const hit = links.find((l) => {
      const lt = norm(l.title);
      return lt.length > 0 && (lt === title || whole.includes(lt) || (title.length > 0 && lt.includes(title)));
    });
    if (hit) {
      rel.url = hit.url;
      article.paragraphs[rel.paragraph].url = hit.url;
    }
  }
}

/**
 * After an editor changed paragraph texts or roles: keeps them, and finds again the dateline,
 * lead, quotes, Baca juga links and credits. The input is not changed.
 */
export function reanalyze(article: Article, opts?: ParseOptions): Article {
  const profiles = profilesOf(opts);
  const texts = article.paragraphs.map((p) => p.text);
  const roles: ParagraphRole[] = article.paragraphs.map((p) => p.role);
  const lead = roles.indexOf('lead');
  const dateline = lead >= 0 ? matchDateline(texts[lead], profiles, true) : null;
  const s = structure(texts, lead, dateline, roles, article.paragraphs.map((p) => p.url));
  return {
    ...article,
    dateline,
    lead: s.lead,
    paragraphs: s.paragraphs,
    quotes: s.quotes,
    related: s.related,
    sourceCredits: s.sourceCredits,
    credits: s.credits,
    meta: { ...article.meta, tags: [...article.meta.tags], authors: [...article.meta.authors] },
    layout: article.layout ? { gaps: [...article.layout.gaps], headlineInText: article.layout.headlineInText } : article.layout,
  };
}

/** The text parseText was given, exactly (for stories parsed from text). */
export function recoverOriginal(article: Article): string {
  const texts = article.paragraphs.map((p) => p.text);
  const layout = article.layout;
  if (layout) {
    const pieces = layout.headlineInText && article.headline !== null ? [article.headline, ...texts] : texts;
    return joinParagraphs(pieces, layout.gaps);
  }
  return joinParagraphs(article.headline ? [article.headline, ...texts] : texts, null);
}


