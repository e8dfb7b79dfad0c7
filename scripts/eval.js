// npm run eval: accuracy on real Indonesian news nobody here wrote (../shared/corpus). Runs the
// shared speaker/dateline measure (../shared/eval/speakers.py) and every scripts/eval-*.ts, and
// writes docs/ACCURACY.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
if (!fs.existsSync(corpus)) {
  console.log(`eval: no corpus at ${corpus}; nothing measured`);
  process.exit(0);
}
const sections = [];
const speakers = path.resolve(root, '..', 'shared', 'eval', 'speakers.py');
if (fs.existsSync(speakers)) {
  process.stderr.write('eval: ../shared/eval/speakers.py…\n');
  const r = spawnSync('python3', [speakers], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const base = spawnSync('python3', [speakers, '--baseline'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  sections.push(`## Datelines and speakers (the shared measure)

Command: \`python3 ../shared/eval/speakers.py\` (it runs \`meja parse --json\` over the corpus). Goals: dateline ≥ 0.98, speaker F1 ≥ 0.92.

\`\`\`
${(r.stdout + (r.status ? `\n(exit ${r.status}) ${r.stderr.slice(-500)}` : '')).trim()}
\`\`\`

The naive regex baseline on the same measure (\`--baseline\`), for scale:

\`\`\`
${base.stdout.trim()}
\`\`\``);
}
for (const f of fs.readdirSync(path.join(root, 'scripts')).filter((x) => /^eval-.*\.ts$/.test(x)).sort()) {
  process.stderr.write(`eval: ${f}…\n`);
  const r = spawnSync(process.execPath, [path.join('scripts', f)], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  sections.push(r.status === 0 ? r.stdout.trim() : `## ${f}\n\nFailed (exit ${r.status}).\n\n${r.stdout.trim()}`);
}
const doc = `# Accuracy

Measured by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)} over \`../shared/corpus/\` (real Indonesian news from
Kompas, detik, ANTARA and the PFSA-ID attribution set; read only, never copied into the project).

${sections.join('\n\n')}
`;
fs.writeFileSync(path.join(root, 'docs', 'ACCURACY.md'), doc);
process.stdout.write(doc);
