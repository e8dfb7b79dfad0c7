// From paragraph texts (and the lead and dateline found) to the parts of the article: roles,
// quotes with speakers, Baca juga links, credits. Shared by parseText, parseRaw and reanalyze.
import type { Credits, Dateline, Paragraph, ParagraphRole, Quote, RelatedLink } from '../model/article.ts';
import { attributeDirect } from './attribution.ts';
import { indirectQuotes } from './indirect.ts';
import type { AttributionInput } from './speakers.ts';
import { bareNames, newPeople, scanParagraph } from './people.ts';
import { placeWords } from './places.ts';
import { findQuoteSpans, type QuoteSpan } from './quotes.ts';
import { assignRoles, footer } from './roles.ts';
import { tokenize, tokenizeIn, wordContext, type Token } from './tokens.ts';
import { rememberTokens } from './token-handoff.ts';

/** The input the paragraphs were cut from, and where each begins in it. */
export interface Source {
  text: string;
  starts: readonly number[];
}

export interface Structure {
  paragraphs: Paragraph[];
  quotes: Quote[];
  related: RelatedLink[];
  sourceCredits: string[];
  credits: Credits;
  lead: string;
}

const QUOTABLE: ReadonlySet<ParagraphRole> = new Set(['lead', 'body']);
const INNER_END = /[.,!?…]\s*["“”»]?$/;

/**
 * `roles` given: kept as they are (an editor set them); otherwise assigned. `urls` carries URLs
 * already known for related paragraphs.
 */
export function structure(
  texts: readonly string[], lead: number, dateline: Dateline | null,
  roles?: readonly ParagraphRole[] | null, urls?: ReadonlyArray<string | null | undefined>, source?: Source,
): Structure {
  let r: ParagraphRole[];
  let foot: ReturnType<typeof footer>;
  if (roles) {
    r = [...roles];
    foot = footer(texts, r);
  } else {
    const res = assignRoles(texts, lead);
    r = res.roles;
    foot = { related: res.related, sourceCredits: res.sourceCredits, credits: res.credits };
  }
  const paragraphs: Paragraph[] = texts.map((text, i) => {
    const p: Paragraph = { role: r[i], text };
    if (r[i] === 'related') p.url = urls?.[i] ?? foot.related.find((x) => x.paragraph === i)?.url ?? null;
    return p;
  });
  for (const link of foot.related) if (!link.url && paragraphs[link.paragraph].url) link.url = paragraphs[link.paragraph].url!;
  const leadIndex = r.indexOf('lead');
  const leadText = leadIndex >= 0 ? texts[leadIndex].slice(dateline && leadIndex === lead ? dateline.length : 0) : '';
  const quotes = findQuotes(texts, r, source, (tokens) => rememberTokens(paragraphs, tokens));
  return { paragraphs, quotes, lead: leadText, ...foot };
}

function findQuotes(
  texts: readonly string[], roles: readonly ParagraphRole[], source: Source | undefined,
  tokenized: (tokens: ReadonlyArray<Token[] | null>) => void,
): Quote[] {
  const eligible = (i: number): boolean => QUOTABLE.has(roles[i]);
  const spans = findQuoteSpans(texts, eligible);
  const skip: Array<Array<[number, number]>> = texts.map(() => []);
  for (const s of spans) {
    for (let p = s.paragraph; p <= s.endParagraph; p++) {
      skip[p].push([p === s.paragraph ? s.start : 0, p === s.endParagraph ? s.end : texts[p].length]);
    }
  }
  const tokens: Array<Token[] | null> = texts.map((t, i) => {
    if (!eligible(i)) return null;
    return source ? tokenizeIn(source.text, source.starts[i], t.length) : tokenize(t);
  });
  tokenized(tokens);
  const ctx = wordContext(tokens);
  const people = newPeople();
  people.places = placeWords(tokens);
  people.bare = bareNames(tokens, ctx);
  for (let i = 0; i < texts.length; i++) if (tokens[i]) scanParagraph(people, i, texts[i], tokens[i]!, ctx, skip[i]);
  const input: AttributionInput = { paragraphs: texts, tokens, ctx, people };

  const quotes: Quote[] = [];
  const found: Array<{ span: QuoteSpan; quote: Quote }> = [];
  let prev: { span: QuoteSpan; quote: Quote } | null = null;
  for (const span of spans) {
    if (isTitleQuote(texts, span) || namesAWork(texts, span)) continue;
    const att = attributeDirect(input, span);
    if (span.opened === false && !att?.speaker) continue;
    const quote = directQuote(texts, span, att?.cue ?? null, att?.speaker ?? null);
    const sameParagraph = prev && prev.span.endParagraph === span.paragraph && prev.quote.speaker;
    if (!att && sameParagraph) {
      // A second quote in the paragraph of an attributed one (`"…," kata Rutte. "…"`): same speaker.
      quote.cue = prev!.quote.cue;
      quote.speaker = prev!.quote.speaker ? { ...prev!.quote.speaker } : null;
    } else if (!att && prev && continuesQuote(texts, prev.span, prev.quote, span)) {
      // A paragraph that is one more quote right after a paragraph quoting someone goes on quoting
      // them. No cue: the speaker is inferred, and the checks still see an inferred speaker.
      quote.speaker = { ...prev.quote.speaker! };
    } else if (!att && !standsAsQuote(texts, span)) continue;
    quotes.push(quote);
    prev = { span, quote };
    found.push(prev);
  }
  speakerFromNextParagraph(texts, found);
  for (let i = 0; i < texts.length; i++) if (tokens[i]) quotes.push(...indirectQuotes(input, i, skip[i]));
  quotes.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return quotes;
}

/**
 * Does the quote at `span` continue the speech of the quote before it: the paragraph right after
 * it, opening with the mark, the whole paragraph a quote? Not after a question (`tanya X`): the
 * next quote may be the answer.
 */
function continuesQuote(texts: readonly string[], prevSpan: QuoteSpan, prevQuote: Quote, span: QuoteSpan): boolean {
  if (!prevQuote.speaker || span.paragraph !== prevSpan.endParagraph + 1 || span.start !== 0 || span.opened === false || !span.closed) return false;
  const cue = prevQuote.cue?.toLowerCase() ?? '';
  if (cue.startsWith('tanya')) return false;
  const text = texts[span.endParagraph];
  return span.end >= text.trimEnd().length;
}

/**
 * `"…."` and in the next paragraph `"…," ungkap Elvis.`: a paragraph that is all one quote, with no
 * cue, says what the next paragraph's quote goes on with; that quote's speaker, named after it,
 * said both. No cue: the speaker is inferred. Not before a question (`tanya X`).
 */
function speakerFromNextParagraph(texts: readonly string[], found: ReadonlyArray<{ span: QuoteSpan; quote: Quote }>): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const { span, quote } = found[k];
    const next = found[k + 1];
    if (quote.speaker || quote.cue || span.start !== 0 || span.opened === false || !span.closed) continue;
    if (span.end < texts[span.endParagraph].trimEnd().length) continue;
    const s = next.span;
    const speaker = next.quote.speaker;
    const cue = next.quote.cue;
    if (!speaker || !cue || s.paragraph !== span.endParagraph + 1 || s.start !== 0 || s.opened === false || !s.closed) continue;
    if (cue.toLowerCase().startsWith('tanya')) continue;
    // The cue comes after that quote (`"…," ungkap Elvis`), not before a later one.
    const after = texts[s.endParagraph].slice(s.end, s.end + 40).replace(/^[\s,—-]*(?:demikian\s+)?/iu, '').toLowerCase();
    if (!after.startsWith(cue.toLowerCase())) continue;
    quote.speaker = { ...speaker };
  }
}

function directQuote(texts: readonly string[], s: QuoteSpan, cue: string | null, speaker: Quote['speaker']): Quote {
  let text: string;
  if (s.endParagraph === s.paragraph) text = texts[s.paragraph].slice(s.start, s.end);
  else {
    const parts = [texts[s.paragraph].slice(s.start)];
    for (let p = s.paragraph + 1; p < s.endParagraph; p++) parts.push(texts[p]);
    parts.push(texts[s.endParagraph].slice(0, s.end));
    text = parts.join('\n\n');
  }
  const q: Quote = { kind: 'direct', text, paragraph: s.paragraph, start: s.start, end: s.end, cue, speaker };
  if (s.endParagraph !== s.paragraph) q.endParagraph = s.endParagraph;
  return q;
}

/** An unattributed span is a quote when it reads as speech, not as a title or a scare-quoted word. */
function standsAsQuote(texts: readonly string[], s: QuoteSpan): boolean {
  if (s.endParagraph > s.paragraph) return true;
  const t = texts[s.paragraph];
  if (s.start === 0) return s.end - s.start > 12;
  if (/[:,]\s*$/.test(t.slice(Math.max(0, s.start - 3), s.start))) return true;
  const inner = t.slice(s.start + 1, s.end);
  return inner.split(/\s+/).length >= 8 && INNER_END.test(inner);
}

/**
 * Words that introduce the title of a work, an event or a term written in quote marks right
 * after them: `diskusi bertajuk "…"`, `webinar "…"`, `film "…"`, `tagar "…"`, `istilah "…"`.
 */
const WORK_BEFORE = /(?:^|[\s(])(?:bertajuk|berjudul|bertema|bertemakan|bertagar|bernama|berlabel|bertuliskan|tajuk|judul|tema|subtema|webinar|seminar|simposium|lokakarya|diskusi|dialog|gelar wicara|talkshow|acara|program|gerakan|kampanye|slogan|semboyan|jargon|moto|motto|tagar|istilah|nama|sebutan|julukan|dijuluki|dinamakan|disebut|film|buku|novel|lagu|album|puisi|lakon|pameran|festival|konser|pentas|pertunjukan|serial|sinetron|rubrik|kolom|aplikasi|fitur|layanan|operasi|sandi|kategori|lomba)(?:nya)?\s*$/iu;

/** A quote written right after a word that names a work or a term: the title, not speech. */
function namesAWork(texts: readonly string[], s: QuoteSpan): boolean {
  if (s.opened === false || s.start === 0) return false;
  const t = texts[s.paragraph];
  return WORK_BEFORE.test(t.slice(Math.max(0, s.start - 24), s.start));
}

const TITLE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

/**
 * A quoted title (`webinar "Peran Perempuan dalam Pengembangan Pariwisata"`): Title Case words and
 * no punctuation of speech inside. Not a quote, even when a cue follows the sentence.
 */
function isTitleQuote(texts: readonly string[], s: QuoteSpan): boolean {
  if (s.endParagraph !== s.paragraph) return false;
  const inner = texts[s.paragraph].slice(s.start + (s.opened === false ? 0 : 1), s.end - 1);
  // Punctuation of speech at its end, or a sentence inside: speech (`Asia Economic, Currency, and Equities Outlook` is a title).
  if (/[.,!?;:…]\s*$/.test(inner) || /[.!?]\s+\p{Lu}/u.test(inner)) return false;
  let words = 0;
  let capital = 0;
  // exec on the one regex (never empty matches), not matchAll: that makes a new regex per call.
  TITLE_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TITLE_WORD.exec(inner))) {
    if (m[0].length < 4) continue;
    words++;
    if (/^[\p{Lu}\p{N}]/u.test(m[0])) capital++;
  }
  return words >= 2 && capital / words >= 0.75;
}
