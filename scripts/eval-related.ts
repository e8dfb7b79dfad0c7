// Measures "Baca juga" suggestions on the shared corpus (../shared/corpus/: detik and Kompas stories,
// real text nobody here wrote). Builds an archive of them in a temp folder, then asks for the top 5
// related stories of each detik story that has human-listed `entities`, and scores:
//   1. same story line: a story is cut in two; the archive holds the second half under a title of
//      its own (its first sentence, not the story's headline, so the title gives nothing away);
//      asked with the first half, is that half in the top 3? Also with the desk's 6-month window.
//   1b. same event, other outlet: hand-checked detik/Kompas pairs (CROSS_OUTLET); asked with the
//      detik story, is the Kompas one in the top 3?
//   2. shared named entities: of the top 3, how many mention at least two of the people and bodies
//      the query story's human annotation lists; against a baseline that ranks by shared common words.
//   3. never itself, never a near-duplicate: asked with a lightly edited copy of an archived story,
//      the original must not come back.
// Prints a markdown section. Corpus missing: says so and exits 0.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../core/model/article.ts';
import { emptyCredits, emptyMeta } from '../core/model/article.ts';
import { openArchive } from '../electron/services/archive/index.ts';
import type { Archive } from '../electron/services/archive/index.ts';
import { words } from '../core/search/text.ts';
import { isStopWord } from '../core/related/stopwords.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.CORPUS ?? path.resolve(root, '..', 'shared', 'corpus');

interface Row { id: string; title: string; body: string; url?: string; date?: string; outlet?: string; entities?: string; author?: string }

function load(name: string): Row[] {
  const f = path.join(corpus, name);
  if (!existsSync(f)) return [];
  return readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

/**
 * Same event or story line in both outlets, checked by hand (titles and leads read, 2026-11-26) among
 * the pairs whose titles share the rarest words: detik id, Kompas id, what they share.
 */
const CROSS_OUTLET: [string, string, string][] = [
  ['detik-251', 'kompas-1cf73b1d7fc0', 'Polri summons Halim Kalla (JK\'s brother) et al. as suspects, PLTU Kalbar graft'],
  ['detik-265', 'kompas-1cf73b1d7fc0', 'the same, another detik story'],
  ['detik-248', 'kompas-bca95d88dad5', 'Lisa Mariana named a suspect'],
  ['detik-254', 'kompas-bca95d88dad5', 'the same, Lisa Mariana\'s reaction'],
  ['detik-119', 'kompas-2f0db4215114', 'who pays the Whoosh high-speed rail debt (Purbaya, the palace, Prabowo)'],
  ['detik-103', 'kompas-bec5282ae018', 'Whoosh debt: not from the state budget (APBN)'],
  ['detik-116', 'kompas-7445eccc4a53', 'Whoosh debt, Luhut and Prabowo'],
  ['detik-181', 'kompas-d53f33284553', 'regional funds left idle in banks (Dedi Mulyadi, Purbaya, the home minister)'],
];

/** A second half's own title: its first sentence, at most 14 words. */
function ownTitle(paras: string[]): string {
  const first = (paras[0] ?? '').split(/(?<=[.!?])\s+/)[0];
  return first.split(/\s+/).slice(0, 14).join(' ');
}

function paragraphs(body: string): string[] {
  return body.split(/\n+/).map((p) => p.trim()).filter(Boolean);
}

function toArticle(title: string, paras: string[], url: string | null, date: string | null): Article {
  return {
    headline: title, dateline: null, lead: paras[0] ?? '',
    paragraphs: paras.map((text, i) => ({ role: i === 0 ? 'lead' : 'body', text })),
    quotes: [], related: [], sourceCredits: [], credits: emptyCredits(), language: 'id', provenance: null,
    meta: { ...emptyMeta(), url, date },
  };
}

/** Ways an annotated entity is written in running text: `Tito Karnavian`, `BPS`, `Badan Pusat Statistik`. */
function variants(entity: string): string[] {
  const out = new Set<string>();
  const paren = /\(([^)]+)\)/.exec(entity);
  if (paren && paren[1].length >= 2) out.add(paren[1].trim());
  const bare = entity.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (bare.length >= 3) out.add(bare);
  const caps = bare.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  if (caps.length >= 3) out.add(caps.slice(-2).join(' '));
  return [...out].filter((v) => v.length >= 3 || /^[A-Z]{2,}$/.test(v));
}

function entityList(r: Row): string[][] {
  if (!r.entities) return [];
  try {
    const o = JSON.parse(r.entities) as Record<string, string[]>;
    return Object.values(o).flat().filter((e) => typeof e === 'string').map(variants).filter((v) => v.length);
  } catch {
    return [];
  }
}

function mentions(text: string, entity: string[]): boolean {
  const low = text.toLowerCase();
  return entity.some((v) => (/^[A-Z]{2,6}$/.test(v) ? new RegExp(`\\b${v}\\b`).test(text) : low.includes(v.toLowerCase())));
}

/** Baseline: rank by shared common (non-name) words only, through plain search of the top words. */
function baseline(archive: Archive, a: Article): string[] {
  const counts = new Map<string, number>();
  for (const w of words([a.headline ?? '', a.lead].join(' '))) if (!isStopWord(w) && w.length > 3 && !/\d/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const top = [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([w]) => w);
  if (top.length === 0) return [];
  return archive.search(top.join(' '), { limit: 4 }).results.filter((r) => r.url && r.url !== a.meta.url).slice(0, 3).map((r) => r.id);
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

async function main(): Promise<void> {
  const detik = load('detik_summarization_1000.jsonl');
  const kompas = load('kompas_trending_digest.jsonl');
  if (detik.length === 0) {
    console.log(`## Baca juga (related stories)\n\nNo corpus at ${corpus}; nothing measured.`);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'meja-eval-related-'));
  const archive = openArchive(dir);
  try {
    // 1. Split stories: 60 detik stories of ≥ 8 paragraphs; the archive gets the second half.
    const splits = detik.filter((r) => r.url && paragraphs(r.body).length >= 8).filter((_, i) => i % 5 === 0).slice(0, 60);
    const splitIds = new Set(splits.map((r) => r.id));
    const t0 = performance.now();
    archive.transaction(() => {
      for (const r of [...detik, ...kompas]) {
        if (!r.url || !r.title || !r.body) continue;
        if (splitIds.has(r.id)) {
          const p = paragraphs(r.body);
          const half = Math.floor(p.length / 2);
          archive.addStory({ id: `${r.id}-b`, title: ownTitle(p.slice(half)), body: p.slice(half).join('\n\n'), url: `${r.url}#2`, date: r.date ?? null, source: r.outlet ?? null });
        } else {
          archive.addStory({ id: r.id, title: r.title, body: paragraphs(r.body).join('\n\n'), url: r.url, date: r.date ?? null, source: r.outlet ?? null });
        }
      }
    });
    const buildMs = performance.now() - t0;
    const stories = archive.stats().stories;
    const times: number[] = [];
    let splitTop3 = 0;
    let splitTop1 = 0;
    let windowTop3 = 0;
    for (const r of splits) {
      const p = paragraphs(r.body);
      const a = toArticle(r.title, p.slice(0, Math.floor(p.length / 2)), null, r.date ?? null);
      const t = performance.now();
      const res = archive.related(a, { limit: 5 }).results;
      times.push(performance.now() - t);
      const rank = res.findIndex((x) => x.id === `${r.id}-b`);
      if (rank >= 0 && rank < 3) splitTop3++;
      if (rank === 0) splitTop1++;
      // The desk's window, counted from the story's own day (as the app does on the day it runs).
      const stored = archive.getStory(`${r.id}-b`)?.date;
      const now = stored ? new Date(stored) : new Date();
      const wres = archive.related(a, { limit: 5, windowMonths: 6, now }).results;
      const wrank = wres.findIndex((x) => x.id === `${r.id}-b`);
      if (wrank >= 0 && wrank < 3) windowTop3++;
    }

    // 1b. Same event, other outlet.
    let crossAsked = 0;
    let crossTop3 = 0;
    const crossMiss: string[] = [];
    const byId = new Map(detik.map((r) => [r.id, r]));
    for (const [d, k] of CROSS_OUTLET) {
      const r = byId.get(d);
      if (!r || splitIds.has(d) || !archive.getStory(k)) continue;
      crossAsked++;
      const res = archive.related(toArticle(r.title, paragraphs(r.body), r.url ?? null, r.date ?? null), { limit: 5 }).results;
      const rank = res.findIndex((x) => x.id === k);
      if (rank >= 0 && rank < 3) crossTop3++;
      else crossMiss.push(`${d} → ${k} (rank ${rank < 0 ? '> 5' : rank + 1})`);
    }

    // 2. Shared named entities, against the common-words baseline.
    let queries = 0;
    let withRelevant = 0;
    let hit3 = 0;
    let prec3 = 0;
    let baseHit3 = 0;
    let basePrec3 = 0;
    let shownWithNames = 0;
    let shown = 0;
    const texts = new Map<string, string>();
    const textOf = (id: string) => {
      let t = texts.get(id);
      if (t === undefined) {
        const s = archive.getStory(id);
        t = s ? `${s.title}\n${s.body}` : '';
        texts.set(id, t);
      }
      return t;
    };
    const queryRows = detik.filter((r) => r.url && !splitIds.has(r.id) && entityList(r).length >= 2);
    for (const r of queryRows) {
      const ents = entityList(r);
      const relevant = (id: string) => ents.filter((e) => mentions(textOf(id), e)).length >= 2;
      const a = toArticle(r.title, paragraphs(r.body), r.url ?? null, r.date ?? null);
      const t = performance.now();
      const res = archive.related(a, { limit: 5 }).results;
      times.push(performance.now() - t);
      queries++;
      const top3 = res.slice(0, 3).map((x) => x.id);
      const base3 = baseline(archive, a);
      const good = top3.filter(relevant).length;
      const bgood = base3.filter(relevant).length;
      shown += res.length;
      shownWithNames += res.filter((x) => x.shared.length > 0).length;
      // Only queries whose story line exists in the archive count for hit rate.
      if (good > 0 || bgood > 0) withRelevant++;
      if (good > 0) hit3++;
      if (bgood > 0) baseHit3++;
      prec3 += top3.length ? good / top3.length : 0;
      basePrec3 += base3.length ? bgood / base3.length : 0;
    }

    // 3. Near-duplicates: an edited copy of an archived story must not get its original back.
    let dupQueries = 0;
    let dupReturned = 0;
    for (const r of detik.filter((x) => x.url && !splitIds.has(x.id)).slice(0, 80)) {
      const p = paragraphs(r.body);
      if (p.length < 4) continue;
      const edited = p.map((x, i) => (i === 1 ? x.replace(/\b(\p{L}+)\b/u, '$1 juga') : x));
      const a = toArticle(`${r.title} (update)`, edited, null, r.date ?? null);
      dupQueries++;
      if (archive.related(a, { limit: 5 }).results.some((x) => x.id === r.id)) dupReturned++;
    }

    const f = (x: number) => x.toFixed(3);
    console.log([
      '## Baca juga (related stories)',
      '',
      `Command: \`node scripts/eval-related.ts\` (part of \`npm run eval\`). Archive built in a temp folder from the corpus: ` +
        `${stories} stories (detik ${detik.length}, Kompas ${kompas.length}; 60 detik stories stored as their second half only), in ${(buildMs / 1000).toFixed(1)} s. ` +
        'No date window unless said (the corpus spans a few months).',
      '',
      '| measure | value | goal |',
      '|---|---|---|',
      `| Same story line: the other half of a cut story (under its own first sentence as title) in the top 3 (${splits.length} stories) | ${f(splitTop3 / Math.max(splits.length, 1))} (top 1: ${f(splitTop1 / Math.max(splits.length, 1))}) | ≥ 0.9 |`,
      `| … the same with the desk's 6-month window | ${f(windowTop3 / Math.max(splits.length, 1))} | ≥ 0.9 |`,
      `| Same event, other outlet: the Kompas story in the top 3 for the detik one (${crossAsked} hand-checked pairs) | ${f(crossTop3 / Math.max(crossAsked, 1))}${crossMiss.length ? ` (missed: ${crossMiss.join('; ')})` : ''} | top 3 |`,
      `| Shared named entities: top 3 holds a story naming ≥ 2 of the query's annotated people/bodies (${withRelevant} of ${queries} queries where either ranking found one) | ${f(hit3 / Math.max(withRelevant, 1))} | beat the baseline |`,
      `| … the same for the baseline (search by the 3 most frequent common words of title and lead) | ${f(baseHit3 / Math.max(withRelevant, 1))} | |`,
      `| Precision at 3 (share of the top 3 naming ≥ 2 annotated entities), Baca juga vs baseline | ${f(prec3 / Math.max(queries, 1))} vs ${f(basePrec3 / Math.max(queries, 1))} | Baca juga higher |`,
      `| Suggestions that list what they share | ${f(shownWithNames / Math.max(shown, 1))} | 1.000 |`,
      `| Edited copy of an archived story: original returned (${dupQueries} copies) | ${dupReturned} | 0 |`,
      `| Latency p50 / p95 (${times.length} queries, ${stories} stories) | ${pct(times, 50).toFixed(1)} ms / ${pct(times, 95).toFixed(1)} ms | p95 ≤ 30 ms |`,
      '',
      'Until 2026-11-26 the second half was stored under the story\'s own headline plus " (bagian 2)", which the ' +
        'title match found easily (0.900 then); under a title of its own the figure above is the honest one. Five of the ' +
        'misses, read on 2026-11-26: above the half rank other stories of the same event or story line (for a detik story on ' +
        'the finance minister exposing how tax officers and taxpayers cut tax bills, first comes another detik story of ' +
        'that very event), or stories on the same minister, whose name and office they share; the half\'s own first ' +
        'sentence often names no one (a short quote with `sebutnya`). The cross-outlet misses rank 4th or lower behind ' +
        'other detik stories on the same story line (a dozen on the Whoosh debt). A few halves are undated because the ' +
        'corpus writes dates as `10/05/2025`, which the archive will not guess. Latency depends on the machine\'s load ' +
        '(other work shares its 2 cores). (Corpus text is described here, not quoted: its licences do not allow copying.)',
    ].join('\n'));
  } finally {
    archive.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
