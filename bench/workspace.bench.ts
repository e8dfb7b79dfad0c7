// Workspace: one lowdb file per story plus a small index, against the obvious alternative (the
// whole workspace in one lowdb file). 5,000 stories of ~600 words. Also the command line's start.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { openWorkspace } from '../electron/services/workspace/store.ts';
import { emptyCredits, emptyMeta, type Article } from '../core/model/article.ts';

const N = 5000;
const WORDS = 'pemerintah menteri mengatakan Jakarta rapat anggaran rupiah pembangunan daerah masyarakat kebijakan presiden ekonomi harga pangan'.split(' ');
function story(i: number): Article {
  const paragraphs = Array.from({ length: 12 }, (_, p) => ({
    role: (p === 0 ? 'lead' : 'body') as 'lead' | 'body',
    text: Array.from({ length: 50 }, (_, w) => WORDS[(i * 7 + p * 3 + w) % WORDS.length]).join(' ') + '.',
  }));
  return { headline: `Berita ${i}`, dateline: null, lead: paragraphs[0].text, paragraphs, quotes: [], related: [], sourceCredits: [], credits: emptyCredits(), language: 'id', provenance: null, meta: emptyMeta() };
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x: number) => `${x.toFixed(2)} ms`;

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'meja-bench-ws-'));
try {
  const ws = await openWorkspace(dir);
  const original = { text: null, fileName: null, format: 'txt', sha256: '0'.repeat(64) };
  for (let i = 0; i < N; i++) await ws.create({ article: story(i), original });
  await ws.close();

  let t = performance.now();
  const ws2 = await openWorkspace(dir);
  const openMs = performance.now() - t;
  const ids = ws2.list().map((s) => s.id);
  const saves: number[] = [];
  for (let i = 0; i < 200; i++) {
    const a = story(i);
    a.paragraphs[1].text += ` suntingan ${i}`;
    t = performance.now();
    await ws2.saveEdit(ids[i * 7], a);
    saves.push(performance.now() - t);
  }
  await ws2.close();

  // The alternative: every story in one lowdb JSON file.
  const single = path.join(dir, 'single.json');
  const db = new Low(new JSONFile<{ stories: Article[] }>(single), { stories: [] });
  db.data.stories = Array.from({ length: N }, (_, i) => story(i));
  await db.write();
  t = performance.now();
  const db2 = new Low(new JSONFile<{ stories: Article[] }>(single), { stories: [] });
  await db2.read();
  const singleOpen = performance.now() - t;
  const singleSaves: number[] = [];
  for (let i = 0; i < 5; i++) {
    db2.data.stories[i].paragraphs[1].text += ' suntingan';
    t = performance.now();
    await db2.write();
    singleSaves.push(performance.now() - t);
  }

  // The command line's start, measured as a whole process (what an editor's script waits for).
  const cli: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    spawnSync(process.execPath, ['bin/meja.js', 'list', '--data', dir, '--json'], { maxBuffer: 64 << 20 });
    cli.push(performance.now() - t);
  }

  console.log(`## Workspace (lowdb, ${N.toLocaleString('en')} stories of ~600 words)

| measure | one file per story + index (ours) | one lowdb file for all (alternative) | target |
|---|---|---|---|
| open the workspace | ${ms(openMs)} | ${ms(singleOpen)} | ≤ 300 ms |
| save one story's edit, p50 | ${ms(pct(saves, 0.5))} | ${ms(pct(singleSaves, 0.5))} | ≤ 10 ms |
| save one story's edit, p95 | ${ms(pct(saves, 0.95))} | ${ms(pct(singleSaves, 0.95))} | ≤ 10 ms |

\`meja list --json\` start to exit (whole process, p50 of 5): ${ms(pct(cli, 0.5))} (target ≤ 500 ms).`);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
