// Parse + check throughput, run by checks.bench.ts in a child process held to one core
// (`taskset -c 1` where Linux has it), so the figure is one core's work, garbage collector and
// compiler threads included. Prints one JSON line: { perStory: CPU seconds per story of each round, words }.
// Usage: node bench/parse-check-loop.ts <texts.json> [seconds=3]
import { readFileSync } from 'node:fs';
import { parseText } from '../core/parse/index.ts';
import { runChecks } from '../core/checks/index.ts';
import { BUILTIN_PROFILES } from '../core/profiles/index.ts';
import { loadSpeller } from '../electron/services/speller.ts';

const texts = JSON.parse(readFileSync(process.argv[2], 'utf8')) as string[];
const seconds = Number(process.argv[3] ?? 3);
const profile = BUILTIN_PROFILES.find((p) => p.id === 'antara')!;
const env = { speller: await loadSpeller(), now: new Date('2026-11-26T00:00:00Z') };

// Warm-up over every story once (JIT, the speller's caches), then the timed loop.
for (const t of texts) runChecks(parseText(t), profile, env);
// Rounds over the whole set until three seconds and five rounds have passed; each round's CPU time
// per story is kept, so a round slowed by a neighbour on this shared machine shows as such.
const perStory: number[] = [];
const t0 = performance.now();
while (perStory.length < 5 || performance.now() - t0 < seconds * 1000) {
  const c0 = process.cpuUsage();
  for (const t of texts) runChecks(parseText(t), profile, env);
  const cpu = process.cpuUsage(c0);
  perStory.push((cpu.user + cpu.system) / 1e6 / texts.length);
}
const words = Math.round(texts.reduce((n, t) => n + t.split(/\s+/).length, 0) / texts.length);
console.log(JSON.stringify({ perStory, words }));
