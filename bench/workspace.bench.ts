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
  // A save as the disk sees it after a burst: the story file plus the index rewrite that follows
  // (normally 150 ms later, off the typing path), measured together here.
  const saveFlush: number[] = [];
  const flushes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const a = story(i);
    a.paragraphs[2].text += ` lagi ${i}`;
    t = performance.now();
    await ws2.saveEdit(ids[i * 11], a);
    const t1 = performance.now();
    await ws2.flushIndex();
    flushes.push(performance.now() - t1);
    saveFlush.push(performance.now() - t);
  }
  // A story with a long history: 200 named revisions (each a full copy of the article), then saves.
  const longId = ids[42];
  for (let r = 0; r < 200; r++) {
    const a = story(42);
    a.paragraphs[3].text += ` revisi ${r}`;
    await ws2.commit(longId, 'fix', a);
  }
  const longSize = (await fs.stat(path.join(dir, 'workspace', 'stories', `${longId}.json`))).size;
  const longSaves: number[] = [];
  for (let i = 0; i < 50; i++) {
    const a = story(42);
    a.paragraphs[1].text += ` ketik ${i}`;
    t = performance.now();
    await ws2.saveEdit(longId, a);
    longSaves.push(performance.now() - t);
  }
  await ws2.close();
  const indexSize = (await fs.stat(path.join(dir, 'workspace', 'index.json'))).size;

  // Opening after damage: the index lost, every story file read again to rebuild it.
  await fs.rm(path.join(dir, 'workspace', 'index.json'));
  t = performance.now();
  const ws3 = await openWorkspace(dir);
  const rebuildMs = performance.now() - t;
  await ws3.close();

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
  // And as the README runs it: through npm (which adds its own start).
  const npmCli: number[] = [];
  const npm = 'npm';
  const hasNpm = spawnSync(npm, ['--version']).status === 0;
  for (let i = 0; hasNpm && i < 5; i++) {
    t = performance.now();
    spawnSync(npm, ['run', '-s', 'meja', '--', 'list', '--data', dir, '--json'], { maxBuffer: 64 << 20 });
    npmCli.push(performance.now() - t);
  }

  console.log(`## Workspace (lowdb, ${N.toLocaleString('en')} stories of ~600 words)

| measure | one file per story + index (ours) | one lowdb file for all (alternative) | target |
|---|---|---|---|
| open the workspace | ${ms(openMs)} | ${ms(singleOpen)} | ≤ 300 ms |
| save one story's edit, p50 | ${ms(pct(saves, 0.5))} | ${ms(pct(singleSaves, 0.5))} | ≤ 10 ms |
| save one story's edit, p95 | ${ms(pct(saves, 0.95))} | ${ms(pct(singleSaves, 0.95))} | ≤ 10 ms |

What a save costs beyond the story file, and the slow paths:

| measure | p50 | p95 | note |
|---|---|---|---|
| save + the index rewrite after it | ${ms(pct(saveFlush, 0.5))} | ${ms(pct(saveFlush, 0.95))} | the rewrite alone: p50 ${ms(pct(flushes, 0.5))}; index ${(indexSize / 2 ** 20).toFixed(1)} MB. It runs 150 ms after a burst, off the typing path |
| save of a story with 200 revisions | ${ms(pct(longSaves, 0.5))} | ${ms(pct(longSaves, 0.95))} | its file: ${(longSize / 2 ** 20).toFixed(1)} MB (each revision a full copy) |
| open after the index is lost (rebuild from ${N.toLocaleString('en')} story files) | ${ms(rebuildMs)} | | once, after damage |

\`meja list --json\` start to exit (whole process, p50 of 5): ${ms(pct(cli, 0.5))}${npmCli.length ? `; through \`npm run -s meja -- list --json\`: ${ms(pct(npmCli, 0.5))}` : ''} (target ≤ 500 ms).

Load average while measuring: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (other work shares this machine; the figures rise with it).`);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
