// Archive search: the parsed query becomes FTS5 MATCH expressions over the stemmed index (words) and
// the original-text index (exact phrases); filters run on the stories table; very common words are
// ranked within the newest RANK_CAP matches so no query walks the whole archive with bm25.
import type { DatabaseSync } from 'node:sqlite';
import { parseQuery, rankingTerms, isEmptyQuery, ftsQuote } from '../../../core/search/query.ts';
import type { QueryTerm } from '../../../core/search/query.ts';
import { fold, stem } from '../../../core/search/text.ts';
import { DKEY_PER_SECOND } from './schema.ts';
import { dateBound } from './dates.ts';

export interface SearchOptions {
  /** ISO date or instant; a bare date means from its start in the desk's zone (WIB). Not a date: InvalidDateError. */
  from?: string;
  /** ISO date or instant; a bare date means up to its end in the desk's zone (WIB). */
  to?: string;
  source?: string;
  section?: string;
  /** Part of an author's name, case-insensitive. */
  author?: string;
  sort?: 'relevance' | 'date';
  /** As-you-type: the last word may be unfinished, so it also matches as a prefix (`infl` → `inflasi`). */
  prefix?: boolean;
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
  /** True when `total` is an estimate (very common words: only the newest matches are counted). */
  approximate?: boolean;
  /** Words that had no match and were searched as a close spelling instead: `{ pemerintahn: ['perintah'] }`. */
  corrected?: Record<string, string[]>;
}

interface Ctx {
  docFreq(stemmed: string): number;
  docFreqInfo(stemmed: string): { n: number; exact: boolean };
  storyCount(): number;
  /** Lowest and highest index key of dated stories. */
  keySpan(): { min: number; max: number };
}

/** Above this many matches, totals are estimated and bm25 gives way to title/lead tiers. */
export const RANK_CAP = 2000;
/** Shortest unfinished word matched as a prefix (shorter ones expand to too many words). */
const PREFIX_MIN = 4;
/** bm25 only for words found in at most this many stories (its statistics read all their postings). */
const BM25_MAX_DF = 20_000;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one edit away (deletion, transposition, substitution, insertion). */
export function oneEditVariants(w: string): Set<string> {
  const v = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) v.add(w.slice(0, i) + w.slice(i + 1));
    if (i < w.length - 1) v.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of ALPHABET) {
      if (i < w.length) v.add(w.slice(0, i) + c + w.slice(i + 1));
      v.add(w.slice(0, i) + c + w.slice(i));
    }
  }
  v.delete(w);
  return v;
}

/**
 * Close spellings of a long word with no match: the words one edit away that the archive holds (a
 * lookup each in the original-text index: ~600 for a 10-letter word, a few ms), searched by stem.
 */
function typoAlternatives(db: DatabaseSync, t: QueryTerm, ctx: Ctx): string[] {
  const w = t.word;
  if (w.length < 6 || /\d/.test(w)) return [];
  const probe = db.prepare('SELECT rowid FROM fts_text WHERE fts_text MATCH ? LIMIT 1');
  const found = new Map<string, number>();
  for (const v of oneEditVariants(w)) {
    if (!probe.get(`"${v}"`)) continue;
    const s = stem(v);
    const n = ctx.docFreq(s);
    if (n > 0) found.set(s, Math.max(found.get(s) ?? 0, n));
  }
  return [...found.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k]) => k);
}

export function runSearch(db: DatabaseSync, q: string, opts: SearchOptions, ctx: Ctx): SearchResponse {
  const limit = Math.max(1, Math.min(Math.floor(opts.limit ?? 20), 200));
  const offset = Math.max(0, Math.floor(opts.offset ?? 0));
  const pq = parseQuery(q ?? '');
  // Dates are index-key ranges (see DKEY_PER_SECOND); the other filters need the stories table.
  const from = dateBound(opts.from, false);
  const to = dateBound(opts.to, true);
  const keyLo = from === null ? null : Math.floor(from / 1000) * DKEY_PER_SECOND;
  const keyHi = to === null ? null : Math.floor(to / 1000) * DKEY_PER_SECOND + DKEY_PER_SECOND - 1;
  const filters: string[] = [];
  const fparams: (string | number)[] = [];
  if (opts.source) { filters.push('s.source = ? COLLATE NOCASE'); fparams.push(opts.source); }
  if (opts.section) { filters.push('s.section = ? COLLATE NOCASE'); fparams.push(opts.section); }
  if (opts.author) { filters.push('instr(lower(s.authors), lower(?)) > 0'); fparams.push(opts.author); }

  const select = 's.dkey AS r, s.id, s.title, s.date, s.source, s.url, s.body';
  if (isEmptyQuery(pq)) {
    if (pq.excludeTerms.length || pq.excludePhrases.length) return { total: 0, results: [] };
    // No words: browse the (filtered) archive, newest first.
    const w = [...filters];
    const p: (string | number)[] = [...fparams];
    if (keyLo !== null) { w.push('s.dkey >= ?'); p.push(keyLo); }
    if (keyHi !== null) { w.push('s.dkey <= ?'); p.push(keyHi); }
    const ws = w.length ? `WHERE ${w.join(' AND ')}` : '';
    const total = w.length === 0 ? ctx.storyCount() : (db.prepare(`SELECT count(*) AS n FROM stories s ${ws}`).get(...p) as { n: number }).n;
    const rows = db.prepare(`SELECT ${select} FROM stories s ${ws} ORDER BY s.dkey DESC LIMIT ? OFFSET ?`)
      .all(...p, limit, offset) as unknown as Row[];
    return { total, results: rows.map((r) => hit(r, 0, new Set(), [])) };
  }

  // Words: stems, with close spellings for long words the archive has never seen.
  const corrected: Record<string, string[]> = {};
  const terms = rankingTerms(pq);
  const groups: string[][] = [];
  const groupExprs: string[] = [];
  let impossible = false;
  const typing = opts.prefix && /[\p{L}\p{N}]$/u.test(q ?? '') ? pq.terms.at(-1) : undefined;
  let prefixWord: string | null = null;
  for (const t of terms) {
    const alts = [t.stem];
    if (t === typing) {
      // Matched in the original-text index: stems lose the prefixes (`pemer…` has stem `perintah`).
      // Too short to mean much yet: left out until more is typed (unless it is all there is).
      if (t.word.length >= PREFIX_MIN) { prefixWord = t.word; continue; }
      if (terms.length > 1 || pq.phrases.length) continue;
    }
    if (ctx.docFreq(t.stem) === 0) {
      const typo = typoAlternatives(db, t, ctx);
      if (typo.length === 0) impossible = true;
      else {
        corrected[t.word] = typo;
        alts.splice(0, 1, ...typo);
      }
    }
    groups.push(alts);
    groupExprs.push(alts.length > 1 ? `(${alts.map(ftsQuote).join(' OR ')})` : ftsQuote(alts[0]));
  }
  const withCorrections = (r: SearchResponse): SearchResponse => (Object.keys(corrected).length ? { ...r, corrected } : r);
  if (impossible) return { total: 0, results: [] };
  const markStems = new Set(groups.flat());
  const positive = groupExprs.join(' AND ');
  const phraseExpr = [...pq.phrases.map((p) => ftsQuote(p.join(' '))), ...(prefixWord ? [`${ftsQuote(prefixWord)}*`] : [])].join(' AND ');
  const exclTerms = pq.excludeTerms.map((t) => ftsQuote(t.stem));
  const exclPhrases = pq.excludePhrases.map((p) => ftsQuote(p.join(' ')));

  // The index that carries the query, and conditions from the other one.
  let table: 'fts_stem' | 'fts_text';
  let core: string;
  let nots: string;
  const extra: string[] = [];
  const eparams: string[] = [];
  if (positive) {
    table = 'fts_stem';
    core = positive;
    nots = exclTerms.map((x) => ` NOT ${x}`).join('');
    if (phraseExpr) {
      extra.push('f.rowid IN (SELECT rowid FROM fts_text WHERE fts_text MATCH ?)');
      eparams.push(phraseExpr + exclPhrases.map((x) => ` NOT ${x}`).join(''));
    } else if (exclPhrases.length) {
      extra.push('f.rowid NOT IN (SELECT rowid FROM fts_text WHERE fts_text MATCH ?)');
      eparams.push(exclPhrases.join(' OR '));
    }
  } else {
    table = 'fts_text';
    core = phraseExpr;
    nots = exclPhrases.map((x) => ` NOT ${x}`).join('');
    if (exclTerms.length) {
      extra.push('f.rowid NOT IN (SELECT rowid FROM fts_stem WHERE fts_stem MATCH ?)');
      eparams.push(exclTerms.join(' OR '));
    }
  }
  if (!core) return { total: 0, results: [] };
  const needJoin = filters.length > 0;
  const fromSql = `${table} f${needJoin ? ' JOIN stories s ON s.dkey = f.rowid' : ''}`;
  const conds = (expr: string) => {
    const w = [`${table} MATCH ?`, ...extra, ...filters];
    const p: (string | number)[] = [expr, ...eparams, ...fparams];
    if (keyLo !== null) { w.push('f.rowid >= ?'); p.push(keyLo); }
    if (keyHi !== null) { w.push('f.rowid <= ?'); p.push(keyHi); }
    return { where: w.join(' AND '), params: p };
  };
  const all = conds(core + nots);
  const newest = (expr: string, n: number, skip = 0) => {
    const c = conds(expr);
    return (db.prepare(`SELECT f.rowid AS r FROM ${fromSql} WHERE ${c.where} ORDER BY f.rowid DESC LIMIT ? OFFSET ?`)
      .all(...c.params, n, skip) as { r: number }[]).map((x) => x.r);
  };

  // How many: exact up to RANK_CAP (one cheap pass over the newest matches), else estimated from
  // how much of the archive's time span those newest matches cover. Counting every match of a
  // common word is what made search slow, and no editor pages through 40,000 hits.
  const head = newest(core + nots, RANK_CAP + 1);
  let total = head.length;
  let approximate = false;
  const big = head.length > RANK_CAP;
  if (big) {
    const single = table === 'fts_stem' && !prefixWord && groups.length === 1 && groups[0].length === 1 && !nots && !extra.length && !needJoin && keyLo === null && keyHi === null;
    if (single) {
      const d = ctx.docFreqInfo(groups[0][0]);
      total = d.n;
      approximate = !d.exact;
    } else {
      const span = ctx.keySpan();
      const lo = Math.max(keyLo ?? span.min, span.min);
      const hi = Math.min(keyHi ?? span.max, span.max);
      const edge = head[RANK_CAP - 1];
      total = Math.min(ctx.storyCount(), Math.max(RANK_CAP + 1, Math.round((RANK_CAP * Math.max(hi - lo, 1)) / Math.max(hi - edge, 1))));
      approximate = true;
    }
  }
  const respond = (ids: { r: number; score: number }[]): SearchResponse => {
    const res = withCorrections({ total, results: fetchHits(db, select, ids, markStems, pq.phrases, prefixWord) });
    return approximate ? { ...res, approximate } : res;
  };
  if (total === 0 || offset >= total) return respond([]);

  if (opts.sort === 'date') {
    // The index order is the date order.
    const page = offset + limit <= head.length ? head.slice(offset, offset + limit) : newest(core + nots, limit, offset);
    return respond(page.map((r) => ({ r, score: 0 })));
  }
  // bm25 reads every posting of every query word for its statistics: fine for words that are not
  // everywhere (and then over all matches, title 5, lead 2, body 1).
  const bm25ok = !big && table === 'fts_stem' && !prefixWord && groups.every((g) => g.reduce((n, w) => n + ctx.docFreq(w), 0) <= BM25_MAX_DF);
  if (bm25ok) {
    const rows = db.prepare(`SELECT f.rowid AS r, bm25(fts_stem, 5.0, 2.0, 1.0) AS score FROM ${fromSql} WHERE ${all.where} ORDER BY score LIMIT ? OFFSET ?`)
      .all(...all.params, limit, offset) as { r: number; score: number }[];
    return respond(rows.map((x) => ({ r: x.r, score: Math.round(-x.score * 1000) / 1000 })));
  }
  // Common words: among the newest RANK_CAP matches, those with every word in the title first, then
  // in title or lead, then the rest; newest first within each. The small title+lead index answers
  // the first two without reading the body postings.
  const want = offset + limit;
  const ids: { r: number; score: number }[] = [];
  const seen = new Set<number>();
  // Function words say nothing about where a story's subject is: newest first.
  const onlyStop = terms.length > 0 && terms.every((t) => t.stop) && pq.phrases.length === 0;
  if (want <= RANK_CAP && !onlyStop) {
    const window = head.slice(0, RANK_CAP);
    const inWindow = new Set(window);
    const lo = window[window.length - 1];
    const headExpr = table === 'fts_stem' ? positive : pq.phrases.map((p) => ftsQuote(p.map(stem).join(' '))).join(' AND ');
    for (const [score, cols] of headExpr ? [[3, '{title}'], [2, '']] as const : []) {
      const rows = db.prepare(`SELECT rowid AS r FROM fts_head WHERE fts_head MATCH ? AND rowid >= ? ORDER BY rowid DESC`)
        .all(cols ? `${cols} : (${headExpr})` : headExpr, lo) as { r: number }[];
      for (const { r } of rows) {
        if (!inWindow.has(r) || seen.has(r)) continue;
        seen.add(r);
        ids.push({ r, score });
        if (ids.length >= want) break;
      }
      if (ids.length >= want) break;
    }
    for (const r of window) {
      if (ids.length >= want) break;
      if (!seen.has(r)) { seen.add(r); ids.push({ r, score: 1 }); }
    }
    return respond(ids.slice(offset, want));
  }
  // Past the ranked window: date order.
  return respond(newest(core + nots, limit, offset).map((r) => ({ r, score: 0 })));
}

function fetchHits(db: DatabaseSync, select: string, ids: { r: number; score: number }[], stems: Set<string>, phrases: string[][], prefix: string | null): SearchHit[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(`SELECT ${select} FROM stories s WHERE s.dkey IN (${ids.map(() => '?').join(',')})`)
    .all(...ids.map((x) => x.r)) as unknown as Row[];
  const byKey = new Map(rows.map((r) => [r.r, r]));
  const out: SearchHit[] = [];
  for (const x of ids) {
    const r = byKey.get(x.r);
    if (r) out.push(hit(r, x.score, stems, phrases, prefix));
  }
  return out;
}

interface Row { r: number; id: string; title: string; date: string | null; source: string | null; url: string | null; body: string }

function hit(r: Row, score: number, stems: Set<string>, phrases: string[][], prefix: string | null = null): SearchHit {
  return {
    id: r.id, title: r.title, date: r.date, source: r.source, url: r.url,
    snippet: makeSnippet(r.body, stems, phrases, SNIPPET_WORDS, prefix),
    score: Math.round(score * 1000) / 1000,
  };
}

const SNIPPET_WORDS = 32;

/**
 * A window of the body from a few words before the first match; escaped HTML with `<mark>` around
 * matches. It reads only as far as it needs: snippets are made for every result on every keystroke.
 */
export function makeSnippet(body: string, stems: Set<string>, phrases: string[][], maxWords = SNIPPET_WORDS, prefix: string | null = null): string {
  const isMatch = (word: string) => stems.has(stem(word)) || (prefix !== null && (word.startsWith(prefix) || stem(word).startsWith(prefix)));
  const text = body.length > 50_000 ? body.slice(0, 50_000) : body;
  const re = /[\p{L}\p{N}]+/gu;
  const spans: { word: string; start: number; end: number }[] = [];
  const phraseFirst = new Set(phrases.map((p) => p[0]));
  let first = -1;
  let lastNeeded = Infinity;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = fold(m[0]);
    spans.push({ word, start: m.index, end: m.index + m[0].length });
    const i = spans.length - 1;
    if (first < 0 && (isMatch(word) || phraseFirst.has(word))) {
      // A phrase's first word counts only when the phrase follows; check once its words are read.
      first = i;
      lastNeeded = Math.max(i, 4) - 4 + maxWords + 8;
    }
    if (i >= lastNeeded) break;
  }
  if (spans.length === 0) return '';
  const marked = new Uint8Array(spans.length);
  for (let i = 0; i < spans.length; i++) if (isMatch(spans[i].word)) marked[i] = 1;
  for (const p of phrases) {
    for (let i = 0; i + p.length <= spans.length; i++) {
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) ok = spans[i + k].word === p[k];
      if (ok) for (let k = 0; k < p.length; k++) marked[i + k] = 1;
    }
  }
  const firstMark = marked.indexOf(1);
  const best = firstMark > 4 ? firstMark - 4 : 0;
  const end = Math.min(spans.length, best + maxWords);
  const startChar = best === 0 ? 0 : spans[best].start;
  const endChar = end === spans.length && re.lastIndex === 0 ? text.length : spans[end - 1].end;
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
  out += escapeHtml(text.slice(pos, endChar));
  if (endChar < text.length) out += ' …';
  return out.replace(/\s+/g, ' ').trim();
}
