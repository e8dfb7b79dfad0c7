// npm run bench: runs every bench/*.bench.ts in turn (each prints a markdown section) and writes
// docs/BENCHMARKS.md with the command, the machine and the date. A benchmark, never a timed test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const files = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.bench.ts') && (!only.length || only.some((o) => f.includes(o)))).sort();
const sections = [];
// The parser's goal is per core: its bench runs held to one core where Linux's taskset exists, so the
// garbage collector's and compiler's threads count against that core instead of a second one.
const ONE_CORE = new Set(['parse.bench.ts']);
const canPin = spawnSync('taskset', ['-c', '1', 'true']).status === 0;
for (const f of files) {
  const t = Date.now();
  process.stderr.write(`bench: ${f}…\n`);
  const pin = canPin && ONE_CORE.has(f);
  const [cmd, args] = pin ? ['taskset', ['-c', '1', process.execPath, '--expose-gc', path.join('bench', f)]] : [process.execPath, ['--expose-gc', path.join('bench', f)]];
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, MEJA_BENCH_ONE_CORE: pin ? '1' : '' } });
  const out = r.stdout.trim();
  sections.push(r.status === 0 ? out : `## ${f}\n\nFailed (exit ${r.status}).\n\n${out}`);
  process.stderr.write(`bench: ${f} done in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const head = `# Benchmarks

Measured by \`npm run bench\` (\`node bench/run.js\`; each section is one \`bench/*.bench.ts\`).

- Date: ${new Date().toISOString().slice(0, 10)}
- Machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}
- Node: ${process.version} (the project's pinned Node)

The archive at 1,000,000 stories is measured by an opt-in script: see \`docs/BENCHMARKS-1M.md\`.
`;
const doc = `${head}\n${sections.join('\n\n')}\n`;
if (only.length && fs.existsSync(path.join(root, 'docs', 'BENCHMARKS.md'))) {
  process.stdout.write(doc);
  process.stderr.write('bench: partial run printed, docs/BENCHMARKS.md left as it was\n');
} else {
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(root, 'docs', 'BENCHMARKS.md'), doc);
  process.stdout.write(doc);
}
