// Archive search: the parsed query becomes FTS5 MATCH expressions over the stemmed index (words) and
// the original-text index (exact phrases); filters run on the stories table; very common words are
// ranked within the newest RANK_CAP matches so no query walks the whole archive with bm25.
import type { DatabaseSync } from 'node:sqlite';
import { parseQuery, rankingTerms, isEmptyQuery, ftsQuote } from '../../../core/search/query.ts';
import type { QueryTerm } from '../../../core/search/query.ts';
import { stem, wordSpans } from '../../../core/search/text.ts';

export interface SearchOptions {
  /** ISO date or instant; a bare date means from its start. */
  from?: string;
  /** ISO date or instant; a bare date means up to its end. */
  to?: string;
  source?: string;
  section?: string;
  /** Part of an author's name, case-insensitive. */
  author?: string;
  sort?: 'relevance' | 'date';
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  /** HTML: the text is escaped, the matches wrapped in `<mark>`. */
  snippet: string;
  score: number;
}

export interface SearchResponse {
  total: number;
  results: SearchHit[];
  /** Words that had no match and were searched as a close spelling instead: `{ pemerintahn: 'perintah' }`. */
  corrected?: Record<string, string[]>;
}

interface Ctx {
  docFreq(stemmed: string): number;
  storyCount(): number;
}

const RANK_CAP = 2000;
const DAY = 86_400_000;

function dateBound(s: string | undefined, end: boolean): number | null {
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const t = Date.parse(`${s}T00:00:00Z`);
    return Number.isNaN(t) ? null : end ? t + DAY - 1 : t;
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Damerau-Levenshtein distance, stopping early above 1. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Close spellings of a word with no match: words of the archive within one edit (first letter kept). */
function typoAlternatives(db: DatabaseSync, t: QueryTerm, ctx: Ctx): string[] {
  const w = t.word;
  if (w.length < 6) return [];
  const found = new Map<string, number>();
  // The vocabulary of the original words is sorted: scan those sharing the first letter and of similar length.
  const rows = db.prepare(`SELECT term FROM fts_text_vocab WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?`)
    .all(w.slice(0, 1), `${w.slice(0, 1)}\uffff`, w.length - 1, w.length + 1) as { term: string }[];
  for (const r of rows) {
    if (!withinOneEdit(w, r.term)) continue;
    const s = stem(r.term);
    const n = ctx.docFreq(s);
    if (n > 0) found.set(s, Math.max(found.get(s) ?? 0, n));
  }
  return [...found.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k]) => k);
}

export function runSearch(db: DatabaseSync, q: string, opts: SearchOptions, ctx: Ctx): SearchResponse {
  const limit = Math.max(1, Math.min(Math.floor(opts.limit ?? 20), 200));
  const offset = Math.max(0, Math.floor(opts.offset ?? 0));
  const pq = parseQuery(q ?? '');
  const filters: string[] = [];
  const fparams: (string | number)[] = [];
  const from = dateBound(opts.from, false);
  const to = dateBound(opts.to, true);
  if (from !== null) { filters.push('s.date_ms >= ?'); fparams.push(from); }
  if (to !== null) { filters.push('s.date_ms <= ?'); fparams.push(to); }
  if (opts.source) { filters.push('s.source = ? COLLATE NOCASE'); fparams.push(opts.source); }
  if (opts.section) { filters.push('s.section = ? COLLATE NOCASE'); fparams.push(opts.section); }
  if (opts.author) { filters.push('instr(lower(s.authors), lower(?)) > 0'); fparams.push(opts.author); }

  const select = 's.rowid AS r, s.id, s.title, s.date, s.source, s.url, s.body';
  if (isEmptyQuery(pq)) {
    if (pq.excludeTerms.length || pq.excludePhrases.length) return { total: 0, results: [] };
    // No words: browse the (filtered) archive, newest first.
    const w = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
    const total = (db.prepare(`SELECT count(*) AS n FROM stories s ${w}`).get(...fparams) as { n: number }).n;
    const rows = db.prepare(`SELECT ${select} FROM stories s ${w} ORDER BY s.date_ms DESC, s.rowid DESC LIMIT ? OFFSET ?`)
      .all(...fparams, limit, offset) as unknown as Row[];
    return { total, results: rows.map((r) => hit(r, 0, new Set(), [])) };
  }

  // Words: stems, with close spellings for long words the archive has never seen.
  const corrected: Record<string, string[]> = {};
  const terms = rankingTerms(pq);
  const groups: string[][] = [];
  let impossible = false;
  for (const t of terms) {
    const alts = [t.stem];
    if (ctx.docFreq(t.stem) === 0) {
      const typo = t.word.length >= 6 ? typoAlternatives(db, t, ctx) : [];
      if (typo.length === 0) impossible = true;
      else {
        corrected[t.word] = typo;
        alts.splice(0, 1, ...typo);
      }
    }
    groups.push(alts);
  }
  if (impossible) return { total: 0, results: [] };
  const markStems = new Set(groups.flat());
  const stemExpr = groups.map((g) => (g.length > 1 ? `(${g.map(ftsQuote).join(' OR ')})` : ftsQuote(g[0]))).join(' AND ');
  const phraseExpr = pq.phrases.map((p) => ftsQuote(p.join(' '))).join(' AND ');
  const exclTerms = pq.excludeTerms.map((t) => ftsQuote(t.stem));
  const exclPhrases = pq.excludePhrases.map((p) => ftsQuote(p.join(' ')));

  // The index that carries the query, and conditions from the other one.
  let table: 'fts_stem' | 'fts_text';
  let expr: string;
  const extra: string[] = [];
  const eparams: string[] = [];
  if (stemExpr) {
    table = 'fts_stem';
    expr = stemExpr + exclTerms.map((x) => ` NOT ${x}`).join('');
    if (phraseExpr || exclPhrases.length) {
      const pe = (phraseExpr || '') + exclPhrases.map((x) => ` NOT ${x}`).join('');
      if (phraseExpr) {
        extra.push('f.rowid IN (SELECT rowid FROM fts_text WHERE fts_text MATCH ?)');
        eparams.push(pe);
      } else {
        extra.push('f.rowid NOT IN (SELECT rowid FROM fts_text WHERE fts_text MATCH ?)');
        eparams.push(exclPhrases.join(' OR '));
      }
    }
  } else {
    table = 'fts_text';
    expr = phraseExpr + exclPhrases.map((x) => ` NOT ${x}`).join('');
    if (exclTerms.length) {
      extra.push('f.rowid NOT IN (SELECT rowid FROM fts_stem WHERE fts_stem MATCH ?)');
      eparams.push(exclTerms.join(' OR '));
    }
  }
  const needJoin = filters.length > 0;
  const from_ = `${table} f${needJoin ? ' JOIN stories s ON s.rowid = f.rowid' : ''}`;
  const where = [`${table} MATCH ?`, ...extra, ...filters];
  const params: (string | number)[] = [expr, ...eparams, ...fparams];
  const W = where.join(' AND ');

  // Total: exact from the vocabulary for one bare word, else counted.
  let total: number;
  const single = table === 'fts_stem' && groups.length === 1 && groups[0].length === 1 && !exclTerms.length && !extra.length && !needJoin;
  if (single) total = ctx.docFreq(groups[0][0]);
  else total = (db.prepare(`SELECT count(*) AS n FROM ${from_} WHERE ${W}`).get(...params) as { n: number }).n;
  if (total === 0 || offset >= total) return { total, results: [], ...(Object.keys(corrected).length ? { corrected } : {}) };

  let ids: { r: number; score: number }[];
  if (opts.sort === 'date') {
    const j = needJoin ? from_ : `${table} f JOIN stories s ON s.rowid = f.rowid`;
    ids = (db.prepare(`SELECT f.rowid AS r, 0 AS score FROM ${j} WHERE ${W} ORDER BY s.date_ms DESC, f.rowid DESC LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as { r: number; score: number }[]);
  } else {
    const cap = Math.max(RANK_CAP, offset + limit);
    let bound = '';
    const bparams: number[] = [];
    if (total > cap) {
      // Very common words: bm25 ranks the newest `cap` matches only.
      const b = db.prepare(`SELECT f.rowid AS r FROM ${from_} WHERE ${W} ORDER BY f.rowid DESC LIMIT 1 OFFSET ?`)
        .get(...params, cap - 1) as { r: number } | undefined;
      if (b) { bound = ' AND f.rowid >= ?'; bparams.push(b.r); }
    }
    ids = (db.prepare(`SELECT f.rowid AS r, f.rank AS score FROM ${from_} WHERE ${W}${bound} ORDER BY f.rank LIMIT ? OFFSET ?`)
      .all(...params, ...bparams, limit, offset) as { r: number; score: number }[]);
  }
  if (ids.length === 0) return { total, results: [] };
  const rows = db.prepare(`SELECT ${select} FROM stories s WHERE s.rowid IN (${ids.map(() => '?').join(',')})`)
    .all(...ids.map((x) => x.r)) as unknown as Row[];
  const byRow = new Map(rows.map((r) => [r.r, r]));
  const results: SearchHit[] = [];
  for (const x of ids) {
    const r = byRow.get(x.r);
    if (r) results.push(hit(r, -x.score, markStems, pq.phrases));
  }
  return { total, results, ...(Object.keys(corrected).length ? { corrected } : {}) };
}

interface Row { r: number; id: string; title: string; date: string | null; source: string | null; url: string | null; body: string }

function hit(r: Row, score: number, stems: Set<string>, phrases: string[][]): SearchHit {
  return {
    id: r.id, title: r.title, date: r.date, source: r.source, url: r.url,
    snippet: makeSnippet(r.body, stems, phrases),
    score: Math.round(score * 1000) / 1000,
  };
}

const SNIPPET_WORDS = 32;

/** A window of the body around the densest matches; escaped HTML with `<mark>` around matches. */
export function makeSnippet(body: string, stems: Set<string>, phrases: string[][], maxWords = SNIPPET_WORDS): string {
  const text = body.length > 20_000 ? body.slice(0, 20_000) : body;
  const spans = wordSpans(text);
  if (spans.length === 0) return '';
  const marked = new Uint8Array(spans.length);
  if (stems.size) for (let i = 0; i < spans.length; i++) if (stems.has(stem(spans[i].word))) marked[i] = 1;
  for (const p of phrases) {
    for (let i = 0; i + p.length <= spans.length; i++) {
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) ok = spans[i + k].word === p[k];
      if (ok) for (let k = 0; k < p.length; k++) marked[i + k] = 1;
    }
  }
  // Densest window of maxWords words.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < spans.length; i++) {
    count += marked[i];
    if (i >= maxWords) count -= marked[i - maxWords];
    if (count > bestCount) { bestCount = count; best = Math.max(0, i - maxWords + 1); }
  }
  if (bestCount <= 0) best = 0;
  // Start a few words before the first match in the window, for context.
  const firstMark = marked.indexOf(1, best);
  if (firstMark >= 0 && firstMark - best > 4) best = Math.max(0, firstMark - 4);
  const end = Math.min(spans.length, best + maxWords);
  const startChar = best === 0 ? 0 : spans[best].start;
  const endChar = end === spans.length ? text.length : spans[end - 1].end;
  let out = best > 0 ? '… ' : '';
  let pos = startChar;
  for (let i = best; i < end; i++) {
    if (!marked[i]) continue;
    // Merge a run of marked words (a phrase) into one <mark>.
    let j = i;
    while (j + 1 < end && marked[j + 1] && /^\s+$/.test(text.slice(spans[j].end, spans[j + 1].start))) j++;
    out += escapeHtml(text.slice(pos, spans[i].start)) + '<mark>' + escapeHtml(text.slice(spans[i].start, spans[j].end)) + '</mark>';
    pos = spans[j].end;
    i = j;
  }
  out += escapeHtml(text.slice(pos, endChar)).replace(/\s+/g, ' ');
  if (end < spans.length) out += ' …';
  return out.replace(/\s*\n\s*/g, ' ');
}
