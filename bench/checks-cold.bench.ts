// The checks as an editor meets them: the first check in a fresh process (cold word caches, nothing
// compiled yet), then one check on each of many *distinct* stories (each story seen once, so the
// per-word caches help only as far as real copy repeats its words). checks.bench.ts repeats one
// story hundreds of times: its figure is the warm best case; this is the other end.
// Stories: the shared corpus when present (read only, never copied), else the project's fixtures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../core/parse/index.ts';
import { runChecks } from '../core/checks/index.ts';
import { BUILTIN_PROFILES } from '../core/profiles/index.ts';
import { loadSpeller } from '../electron/services/speller.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'kompas_trending_digest.jsonl');
const profile = BUILTIN_PROFILES.find((p) => p.id === 'antara')!;

function stories(): { source: string; texts: string[] } {
  if (existsSync(corpus)) {
    const texts = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { body?: string }).body ?? '')
      .filter((b) => b.split(/\s+/).length >= 150).slice(0, 400);
    return { source: `${texts.length} distinct Kompas.com stories of the shared corpus`, texts };
  }
  const dir = path.join(root, 'tests', 'fixtures', 'parse');
  const texts = [readFileSync(path.join(root, 'tests/fixtures/antara-nato-brussel.txt'), 'utf8'), ...readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'))];
  return { source: `${texts.length} distinct fixture stories (no corpus here)`, texts };
}

const ms = (t0: number) => performance.now() - t0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const speller = await loadSpeller();
const { source, texts } = stories();
const articles = texts.map((t) => parseText(t));
const words = articles.map((a) => a.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0));

// The very first check of the process, on the first story.
let t0 = performance.now();
runChecks(articles[0], profile, { speller });
const first = ms(t0);

// Then each other story once.
const times: number[] = [];
for (const a of articles.slice(1)) {
  t0 = performance.now();
  runChecks(a, profile, { speller });
  times.push(ms(t0));
}

const f = (x: number) => x.toFixed(2);
console.log(`## Checks on distinct stories, cold start

Command: \`node bench/checks-cold.bench.ts\` (part of \`npm run bench\`). ${source}, median ${median(words)} words; the ANTARA profile with the speller loaded, every story checked once.

| measure | ms | target |
|---|---:|---|
| first check in a fresh process (${words[0]} words) | ${f(first)} | (none; shown for scale) |
| each further story, median | ${f(median(times))} | ≤ 2 ms for 600 words |
| each further story, 95th percentile | ${f(p95(times))} | |
`);
