// Kill the services process (SIGKILL) in the middle of saving, of a batch import and of an index
// build, 50 times each: the workspace and archive always open afterwards, every acknowledged save is
// there, a half-done batch resumes, and a damaged index is rebuilt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openWorkspace } from '../../electron/services/workspace/store.ts';
import { openArchive } from '../../electron/services/archive/index.ts';
import { emptyCredits, emptyMeta } from '../../core/model/article.ts';
import { tempDir, ROOT } from '../helpers/tmp.ts';

const KILLS = 50;

/** Runs a child, kills it with SIGKILL once `ready(out)` says so (or after `ms`), returns its stdout. */
function runAndKill(args: string[], opts: { ready?: (out: string) => boolean; ms: number }): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    let timer: NodeJS.Timeout | null = null;
    const kill = () => child.kill('SIGKILL');
    child.stdout.on('data', (d) => {
      out += d;
      if (!timer && (!opts.ready || opts.ready(out))) timer = setTimeout(kill, opts.ms);
    });
    if (!opts.ready) timer = setTimeout(kill, opts.ms + 150);
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve(out);
    });
  });
}

test(`${KILLS} kills mid-save: every acknowledged save is there and the workspace opens`, async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const rec = await ws.create({
    article: { headline: null, dateline: null, lead: 'awal', paragraphs: [{ role: 'lead', text: 'awal' }], quotes: [], related: [], sourceCredits: [], credits: emptyCredits(), language: 'id', provenance: null, meta: emptyMeta() },
    original: { text: 'awal', fileName: null, format: 'txt', sha256: '1'.repeat(64) },
  });
  await ws.close();
  for (let i = 0; i < KILLS; i++) {
    const out = await runAndKill(['tests/services/workers/save-loop.ts', dir, rec.id], { ready: (o) => o.includes('ack '), ms: 5 + (i % 10) * 3 });
    const acks = [...out.matchAll(/ack (\d+)/g)].map((m) => Number(m[1]));
    const last = acks.length ? Math.max(...acks) : 0;
    const again = await openWorkspace(dir);
    const story = await again.get(rec.id);
    assert.ok(story, `kill ${i}: the story opens`);
    const saved = Number(story.article.paragraphs[0].text.match(/simpan ke-(\d+)/)?.[1] ?? 0);
    assert.ok(saved >= last, `kill ${i}: acknowledged save ${last} lost (found ${saved})`);
    await again.close();
  }
});

test(`${KILLS} kills mid-batch-import: the workspace opens each time and the batch resumes to completion`, async () => {
  const dir = await tempDir();
  const inbox = path.join(dir, 'masuk');
  await fs.mkdir(inbox);
  const FILES = 40;
  for (let i = 0; i < FILES; i++) {
    await fs.writeFile(path.join(inbox, `berita-${i}.txt`), `Jakarta (ANTARA) - Berita nomor ${i} tentang rapat anggaran daerah ke-${i}.\n\nIsi berita ${i}.\n`);
  }
  const data = path.join(dir, 'data');
  for (let i = 0; i < KILLS; i++) {
    await runAndKill(['bin/meja.js', 'import', inbox, '--data', data, '--json'], { ready: (o) => o.includes('"ok"'), ms: (i % 7) * 4 });
    const ws = await openWorkspace(data);
    assert.ok(ws.list().length <= FILES, `kill ${i}: no file imported twice`);
    await ws.close();
  }
  const done = spawnSync(process.execPath, ['bin/meja.js', 'import', inbox, '--data', data, '--json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(done.status, 0, done.stderr);
  const ws = await openWorkspace(data);
  const names = ws.list().map((s) => s.fileName).sort();
  assert.equal(names.length, FILES, 'every file imported exactly once');
  assert.equal(new Set(names).size, FILES);
  await ws.close();
});

test(`${KILLS} kills mid-index-build: the archive opens and answers searches each time`, async () => {
  const dir = await tempDir();
  const archive = openArchive(dir);
  for (let i = 0; i < 1500; i++) {
    archive.addStory({ title: `Rapat anggaran daerah ${i}`, body: `Menteri mengatakan anggaran ke-${i} disetujui.\n\nGubernur ${i % 37} hadir dalam rapat.`, url: `https://contoh.id/berita/${i}`, date: '2026-01-01', source: 'ANTARA' });
  }
  archive.close();
  for (let i = 0; i < KILLS; i++) {
    await runAndKill(['tests/services/workers/rebuild-loop.ts', dir], { ready: (o) => o.includes('rebuilding'), ms: 10 + (i % 10) * 15 });
    const a = openArchive(dir);
    const res = a.search('anggaran', { limit: 5 });
    assert.ok(res.total > 0, `kill ${i}: the archive answers`);
    assert.equal(a.stats().stories, 1500, `kill ${i}: no story lost`);
    a.close();
  }
});
