// Opt-in: the archive at a national agency's size, 1,000,000 synthetic ~600-word stories. Never run
// by `npm test`, `npm run bench` or CI (it is not a *.bench.ts): run it by hand, once, and copy the
// section it prints into docs/BENCHMARKS.md.
//   node bench/archive-1m.ts [--count 1000000] [--rebuild]
// Needs over 10 GB free where bench/data/ lives (it checks first); keeps bench/data/archive-<count>/
// for later runs (delete it by hand). Progress goes to stderr.
import { mkdirSync, statfsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateStories } from './gen-archive.ts';
import { QUERIES } from './archive.bench.ts';
import { openArchive } from '../electron/services/archive/index.ts';
import type { Article } from '../core/model/article.ts';
import { emptyCredits, emptyMeta } from '../core/model/article.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' }, rebuild: { type: 'boolean', default: false } } });
const N = Number(values.count);
const dataRoot = path.join(here, 'data');
const dataDir = path.join(dataRoot, `archive-${N}`);
const NEED = 10 * 2 ** 30;

mkdirSync(dataRoot, { recursive: true });
const fsInfo = statfsSync(dataRoot);
const free = fsInfo.bavail * fsInfo.bsize;
let existing = 0;
{
  try {
    existing = statSync(path.join(dataDir, 'archive.sqlite')).size;
  } catch {
    existing = 0;
  }
}
if (existing === 0 && free < NEED) {
  console.error(`archive-1m: ${(free / 2 ** 30).toFixed(1)} GB free in ${dataRoot}; this run needs over 10 GB. Nothing done.`);
  process.exit(1);
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const dur = (x: number) => (x < 120_000 ? `${(x / 1000).toFixed(1)} s` : `${(x / 60_000).toFixed(1)} min`);

function articleOf(title: string, body: string, date: string | null, url: string | null): Article {
  const paras = body.split('\n\n');
  return {
    headline: title, dateline: null, lead: paras[0], paragraphs: paras.map((text, i) => ({ role: i ? 'body' : 'lead', text })),
    quotes: [], related: [], sourceCredits: [], credits: emptyCredits(), language: 'id', provenance: null,
    meta: { ...emptyMeta(), date, url },
  };
}

let buildMs: number | null = null;
{
  const a = openArchive(dataDir);
  const have = a.stats().stories;
  if (have < N) {
    // Stories are generated in order, so a stopped run continues where it was.
    const t0 = performance.now();
    let i = 0;
    let batch: ReturnType<typeof generateStories> extends Generator<infer T> ? T[] : never = [];
    const flush = () => {
      a.transaction(() => { for (const s of batch) a.addStory(s); });
      batch = [];
    };
    for (const s of generateStories(N)) {
      if (i++ < have) continue;
      batch.push(s);
      if (batch.length === 2000) {
        flush();
        if (i % 50_000 === 0) process.stderr.write(`archive-1m: ${i} stories, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
      }
    }
    flush();
    buildMs = performance.now() - t0;
  }
  a.close();
}

const t0 = performance.now();
const a = openArchive(dataDir, { checkIndex: 'never' });
a.search('pemerintah daerah', { limit: 20 });
const openMs = performance.now() - t0;
for (const { q } of QUERIES) a.search(q, { limit: 20 });
const times: number[] = [];
const common: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const { q, common: c } of QUERIES) {
    const t = performance.now();
    a.search(q, { limit: 20 });
    const d = performance.now() - t;
    times.push(d);
    if (c) common.push(d);
  }
}
const rel: number[] = [];
for (let k = 0; k < 30; k++) {
  const s = a.getStory(`gen-${(k * 33_331) % N}`);
  if (!s) continue;
  const t = performance.now();
  a.related(articleOf(s.title, s.body, s.date, s.url), { windowMonths: 6, now: s.date ? new Date(s.date) : undefined });
  rel.push(performance.now() - t);
}
const adds: number[] = [];
for (const s of generateStories(20, 4242)) {
  const t = performance.now();
  const r = a.addStory({ ...s, id: `bench-1m-${s.id}`, url: `${s.url}?1m` });
  adds.push(performance.now() - t);
  if (!r.duplicateOf) a.removeStory(r.id);
}
const rss = process.memoryUsage().rss;
let rebuildMs = NaN;
if (values.rebuild) {
  const t = performance.now();
  a.rebuildIndex((done, total) => { if (done % 100_000 === 0) process.stderr.write(`archive-1m: rebuild ${done}/${total}\n`); });
  rebuildMs = performance.now() - t;
}
const stats = a.stats();
a.close();
const fileBytes = statSync(path.join(dataDir, 'archive.sqlite')).size;

console.log([
  `## Archive: ${N.toLocaleString('en')} stories (opt-in run)`,
  '',
  `Command: \`node bench/archive-1m.ts${values.rebuild ? ' --rebuild' : ''}\` (never in \`npm test\`, \`npm run bench\` or CI; needs over 10 GB free). Same generator, queries and code as the 100,000-story benchmark.`,
  '',
  '| measure | value | target at 100k |',
  '|---|---|---|',
  `| Load (generate + add in transactions of 2,000) | ${buildMs === null ? 'reused' : dur(buildMs)} | – |`,
  `| Full index rebuild | ${Number.isNaN(rebuildMs) ? 'not run (--rebuild)' : dur(rebuildMs)} | ≤ 60 s |`,
  `| Open and first search | ${ms(openMs)} ms | ≤ 1000 ms |`,
  `| RSS after queries, Baca juga and adds | ${(rss / 2 ** 20).toFixed(0)} MB | ≤ 200 MB |`,
  `| Search p50 / p95 (1–3 words) | ${ms(pct(times, 50))} / ${ms(pct(times, 95))} ms | p95 ≤ 20 ms |`,
  `| Search p95, common words | ${ms(pct(common, 95))} ms | ≤ 20 ms |`,
  `| Baca juga p95 | ${ms(pct(rel, 95))} ms | ≤ 30 ms |`,
  `| Add one story p95 | ${ms(pct(adds, 95))} ms | ≤ 20 ms |`,
  `| On disk | ${(fileBytes / 2 ** 30).toFixed(2)} GB (index ${(stats.indexBytes / 2 ** 30).toFixed(2)} GB) | – |`,
].join('\n'));
