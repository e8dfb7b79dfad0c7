// Parse what an editor types into the archive's search box: plain words, `"frasa tepat"` for an
// exact phrase, `-kata` or `-"frasa"` to exclude. Pure, so the renderer can show the parsed query.
import { words, stem } from './text.ts';
import { isStopWord } from '../related/stopwords.ts';

export interface QueryTerm {
  /** The folded word as typed. */
  word: string;
  /** Its sastrawi stem (what the stemmed index holds). */
  stem: string;
  /** A function word: matched, but dropped when other words carry the query. */
  stop: boolean;
}

export interface ParsedQuery {
  /** Loose words: any inflection matches (`mengatakan` finds `kata`). */
  terms: QueryTerm[];
  /** Exact phrases, each as its folded words. */
  phrases: string[][];
  /** Excluded words (stemmed, so `-banjir` also drops `kebanjiran`). */
  excludeTerms: QueryTerm[];
  /** Excluded exact phrases. */
  excludePhrases: string[][];
}

function toTerm(w: string): QueryTerm {
  const s = stem(w);
  return { word: w, stem: s, stop: isStopWord(w) || isStopWord(s) };
}

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { terms: [], phrases: [], excludeTerms: [], excludePhrases: [] };
  // A token is: optional '-', then a quoted phrase (closing quote optional while typing) or a bare run.
  const re = /(^|\s)(-?)(?:["“”]([^"“”]*)["“”]?|([^\s"“”]+))/g;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const negative = m[2] === '-';
    if (m[3] !== undefined) {
      const ws = words(m[3]);
      if (ws.length === 0) continue;
      if (ws.length === 1) {
        (negative ? q.excludeTerms : q.terms).push(toTerm(ws[0]));
        continue;
      }
      (negative ? q.excludePhrases : q.phrases).push(ws);
    } else {
      // A bare token may hold several words (`teknik-teknik`, `covid-19`): a phrase when so.
      const ws = words(m[4]);
      if (ws.length === 0) continue;
      if (ws.length === 1) (negative ? q.excludeTerms : q.terms).push(toTerm(ws[0]));
      else (negative ? q.excludePhrases : q.phrases).push(ws);
    }
  }
  return q;
}

/** True when the query asks for nothing (only exclusions or empty): such a query lists nothing. */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.terms.length === 0 && q.phrases.length === 0;
}

/** Terms that decide ranking: the non-stop ones, or all of them when every word is a stop word. */
export function rankingTerms(q: ParsedQuery): QueryTerm[] {
  const content = q.terms.filter((t) => !t.stop);
  return content.length > 0 || q.phrases.length > 0 ? content : q.terms;
}

/** Quote a token for an FTS5 MATCH expression. */
export function ftsQuote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}
