// Exporter throughput: 1,000 stories (the seed, every-role and special-characters fixtures, varied so
// no two are alike) rendered by each format's pure exporter, in memory, one story a document (WXR:
// all in one file), plus the cleaning pass with the checks' safe fixes as the app runs it. Nothing is
// read or written: the app's whole path (files, archive, revisions) is export-app.bench.ts.
// Target: ≤ 1 s per format. Prints a markdown section for docs/BENCHMARKS.md.
import fs from 'node:fs';
import path from 'node:path';
import { EXPORTERS, EXPORTER_IDS } from '../core/export/index.ts';
import { cleanArticle } from '../core/clean/index.ts';
import type { Article } from '../core/model/article.ts';
import type { DeskProfile } from '../core/model/profile.ts';
import { applyFixes, runChecks } from '../core/checks/index.ts';
import { reanalyze } from '../core/parse/index.ts';
import { BUILTIN_PROFILES } from '../core/profiles/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const N = 1000;
const load = (f: string) => JSON.parse(fs.readFileSync(path.join(root, 'tests', 'fixtures', 'export', `${f}.json`), 'utf8')) as Article;
const bases = [load('seed'), load('every-role'), load('special-chars')];

const stories: Article[] = Array.from({ length: N }, (_, i) => {
  const a = structuredClone(bases[i % bases.length]);
  a.headline = `${a.headline} (${i})`;
  a.paragraphs = a.paragraphs.map((p) => (p.role === 'body' ? { ...p, text: `${p.text} Nomor ${i}.` } : p));
  a.meta.tags = [...a.meta.tags, `tag-${i % 37}`];
  return a;
});
const options = (i: number) => ({ now: '2026-11-25T12:00:00+07:00', id: `ant-bench-${i}`, sequence: i + 1, provider: 'ANTARA', baseUrl: 'https://www.antaranews.com' });
// The ANTARA desk with curly quotes, so the quote step has work to do.
const PROFILE: DeskProfile = { ...BUILTIN_PROFILES.find((p) => p.id === 'antara')!, quoteStyle: 'curly' };
const NOW = new Date('2026-11-25T05:00:00Z');
/** The safe fixes of the checks, as StoryService.cleaned applies them (no speller). */
const fixes = (a: Article) => reanalyze(applyFixes(a, runChecks(a, PROFILE, { now: NOW }).filter((f) => f.fix)));

function best(fn: () => number, runs = 3): { ms: number; bytes: number } {
  let ms = Infinity;
  let bytes = 0;
  fn(); // warm-up: JIT, not the number we report
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    bytes = fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, bytes };
}

const rows: string[] = [];
let worst = 0;
for (const id of EXPORTER_IDS) {
  const e = EXPORTERS[id];
  const r = id === 'wxr'
    ? best(() => e.export(stories, options(0)).length)
    : best(() => stories.reduce((n, a, i) => n + e.export(a, options(i)).length, 0));
  worst = Math.max(worst, r.ms);
  rows.push(`| ${e.label} (\`${id}\`)${id === 'wxr' ? ', one file' : ''} | ${r.ms.toFixed(0)} ms | ${(r.bytes / 2 ** 20).toFixed(1)} MB | ≤ 1000 ms | ${r.ms <= 1000 ? 'met' : '**missed**'} |`);
}
const clean = best(() => stories.reduce((n, a) => n + cleanArticle(a, PROFILE, { fixes }).changes.length, 0));
// Cleaning is not an export format and the issue sets it no target; it runs once per story, before
// its export, so the row gives the time per story beside the batch figure.
rows.push(`| Cleaning pass (ANTARA, curly quotes, with the checks' safe fixes) | ${clean.ms.toFixed(0)} ms | – | no target (${(clean.ms / N).toFixed(2)} ms a story) | |`);

console.log(`## Export

${N.toLocaleString('en')} stories (seed, every-role and special-characters fixtures, varied), rendered in memory by each
format's exporter, one document a story (WXR: all ${N.toLocaleString('en')} in one file); best of 3 runs after a warm-up,
on the project's Node. This is the exporters alone: nothing is read, written or archived (for the app's whole export
path see "Export through the app").

| Format | Time for ${N.toLocaleString('en')} stories | Output | Target | |
|---|---:|---:|---:|---|
${rows.join('\n')}

Slowest format: ${worst.toFixed(0)} ms.`);
