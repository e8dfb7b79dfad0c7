// Search over the stories still in work (the workspace), for the Arsip view's "include the desk"
// switch: the same query language and Indonesian matching as the archive (parseQuery, sastrawi
// stems, "exact phrases", -exclusions, the last word as a prefix while typing), over title and
// body, with the same filters. A desk holds tens to hundreds of stories, so they are scanned; each
// story's words are kept in memory until it changes (keyed by its updatedAt).
import { parseQuery, rankingTerms, isEmptyQuery } from '../../../core/search/query.ts';
import { fold, stem, words } from '../../../core/search/text.ts';
import type { Workspace } from '../workspace/store.ts';
import { dateBound } from './dates.ts';
import { makeSnippet, type SearchHit, type SearchOptions } from './search.ts';

/** Shortest unfinished word matched as a prefix, as in the archive search. */
const PREFIX_MIN = 4;

interface Indexed {
  updatedAt: string;
  title: string;
  body: string;
  titleWords: Set<string>;
  /** Folded words of title and body, in order (phrases). */
  seq: string[];
  stems: Set<string>;
  date: string | null;
  source: string | null;
  section: string | null;
  authors: string[];
}

export type WorkspaceHit = SearchHit & { inWorkspace: true };

export function createWorkspaceSearch(workspace: Workspace) {
  const cache = new Map<string, Indexed>();

  async function indexed(id: string, updatedAt: string): Promise<Indexed | null> {
    const hit = cache.get(id);
    if (hit && hit.updatedAt === updatedAt) return hit;
    const rec = await workspace.get(id);
    if (!rec) return null;
    const a = rec.article;
    const body = a.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body').map((p) => p.text).join('\n\n');
    const title = a.headline ?? '';
    const seq = words(`${title}\n\n${body}`);
    const doc: Indexed = {
      updatedAt, title, body, seq, titleWords: new Set(words(title)), stems: new Set(seq.map(stem)),
      date: a.meta.date ?? rec.createdAt,
      source: a.dateline?.agency ?? null,
      section: a.meta.section,
      authors: [...a.meta.authors, ...(a.credits.reporter ? [a.credits.reporter] : [])],
    };
    cache.set(id, doc);
    return doc;
  }

  const hasPhrase = (seq: string[], p: string[]) => {
    for (let i = 0; i + p.length <= seq.length; i++) {
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) ok = seq[i + k] === p[k];
      if (ok) return true;
    }
    return false;
  };

  /** Every matching story in work (filters applied), best first: the caller pages. */
  async function search(q: string, opts: SearchOptions = {}): Promise<WorkspaceHit[]> {
    const pq = parseQuery(q ?? '');
    if (isEmptyQuery(pq)) return [];
    const from = dateBound(opts.from, false);
    const to = dateBound(opts.to, true);
    const terms = rankingTerms(pq);
    const typing = opts.prefix && /[\p{L}\p{N}]$/u.test(q) ? pq.terms.at(-1) : undefined;
    const prefix = typing && typing.word.length >= PREFIX_MIN && terms.includes(typing) ? typing.word : null;
    // Too short to mean much yet while typing: left out until more is typed (unless it is all there is).
    const unfinished = typing && !prefix && terms.length > 1 ? typing : null;
    const exact = terms.filter((t) => t !== (prefix ? typing : unfinished));
    const lc = (s: string | null | undefined) => fold(s ?? '');
    const out: { hit: WorkspaceHit; score: number; ms: number }[] = [];
    for (const sum of workspace.list()) {
      // An exported story is in the archive, which is its authority: listed once, from there.
      if (sum.status === 'diekspor') continue;
      const doc = await indexed(sum.id, sum.updatedAt);
      if (!doc) continue;
      // The source: the dateline's agency, or what the summary recorded at import.
      if (opts.source && lc(doc.source) !== lc(opts.source) && lc(sum.source) !== lc(opts.source)) continue;
      const ms = doc.date ? Date.parse(doc.date) : NaN;
      if ((from !== null || to !== null) && Number.isNaN(ms)) continue;
      if (from !== null && ms < from) continue;
      if (to !== null && ms > to) continue;
      if (opts.section && lc(doc.section ?? sum.section) !== lc(opts.section)) continue;
      if (opts.author && !doc.authors.some((a) => lc(a).includes(lc(opts.author)))) continue;
      if (!exact.every((t) => doc.stems.has(t.stem))) continue;
      if (prefix && !doc.seq.some((w) => w.startsWith(prefix) || stem(w).startsWith(prefix))) continue;
      if (!pq.phrases.every((p) => hasPhrase(doc.seq, p))) continue;
      if (pq.excludeTerms.some((t) => doc.stems.has(t.stem))) continue;
      if (pq.excludePhrases.some((p) => hasPhrase(doc.seq, p))) continue;
      // Title words weigh most, as in the archive's ranking.
      const score = exact.reduce((n, t) => n + (doc.titleWords.has(t.word) || [...doc.titleWords].some((w) => stem(w) === t.stem) ? 2 : 1), 0) + pq.phrases.length;
      out.push({
        score, ms: Number.isNaN(ms) ? 0 : ms,
        hit: {
          id: sum.id, title: doc.title || sum.title, date: doc.date, source: doc.source ?? sum.source, url: null,
          snippet: makeSnippet(doc.body, new Set(exact.map((t) => t.stem)), pq.phrases, undefined, prefix), score, inWorkspace: true,
        },
      });
    }
    out.sort((a, b) => (opts.sort === 'date' ? b.ms - a.ms : b.score - a.score || b.ms - a.ms));
    return out.map((x) => x.hit);
  }

  return { search };
}
