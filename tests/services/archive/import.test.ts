import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive, importIntoArchive } from '../../../electron/services/archive/index.ts';
import type { ImportProgress } from '../../../electron/services/archive/index.ts';
import { generateStories } from '../../../bench/gen-archive.ts';
import { FIXTURES, tempDir } from './helpers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

function withDir(fn: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = tempDir();
    try { await fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
  };
}

function writeGenerated(file: string, n: number): void {
  const lines: string[] = [];
  for (const s of generateStories(n, 7)) lines.push(JSON.stringify({ ...s, body: s.body.split('\n\n').slice(0, 3).join('\n\n') }));
  writeFileSync(file, lines.join('\n') + '\n');
}

test('JSONL and RSS from a folder: progress, undated stories reported, bad lines reported, re-import skips', withDir(async (dir) => {
  const src = path.join(dir, 'masuk');
  mkdirSync(src);
  copyFileSync(path.join(FIXTURES, 'stories.jsonl'), path.join(src, 'a.jsonl'));
  copyFileSync(path.join(FIXTURES, 'feed.rss'), path.join(src, 'b.rss'));
  writeFileSync(path.join(src, 'c.jsonl'), '{"title":"Tanpa isi"}\nbukan json\n' + JSON.stringify({ title: 'Sama', body: 'x', url: 'https://contoh.test/ekonomi/stok-beras-aman' }) + '\n');
  const archive = openArchive(path.join(dir, 'data'));
  const progress: ImportProgress[] = [];
  const r = await importIntoArchive(archive, [src], { onProgress: (p) => progress.push(p) });
  assert.equal(r.added, 12);
  assert.equal(r.duplicates, 1);
  assert.equal(r.errors.length, 2);
  assert.deepEqual(r.errors.map((e) => e.line), [1, 2]);
  assert.deepEqual(r.undated.map((u) => [u.id, u.date]), [['t-ambigu', '05/06/2025']]);
  assert.equal(r.files.length, 3);
  assert.equal(r.files.find((f) => f.file.endsWith('b.rss'))!.added, 2);
  assert.ok(progress.length >= 3);
  assert.equal(progress.at(-1)!.done, progress.at(-1)!.total);
  const feed = archive.search('dermaga').results[0];
  assert.equal(feed.url, 'https://contoh.test/ekonomi/dermaga-priok');
  assert.equal(feed.date, '2025-10-21T06:00:00.000Z');
  // The same files again: already loaded, nothing read.
  const again = await importIntoArchive(archive, [src]);
  assert.equal(again.added, 0);
  assert.equal(again.skippedFiles.length, 3);
  assert.equal(archive.stats().stories, 12);
  archive.close();
}));

test('a WordPress WXR export keeps URL, date, section and authors; pages are not stories', withDir(async (dir) => {
  const archive = openArchive(path.join(dir, 'data'));
  const r = await importIntoArchive(archive, [path.join(FIXTURES, 'cms.wxr.xml')]);
  assert.equal(r.added, 1);
  assert.equal(r.files[0].format, 'wxr');
  const hit = archive.search('tuna').results[0];
  const s = archive.getStory(hit.id)!;
  assert.equal(s.url, 'https://contoh.test/daerah/nelayan-kendari-tuna');
  assert.equal(s.date, '2025-10-20T03:00:00.000Z');
  assert.equal(s.section, 'Daerah');
  assert.deepEqual(s.authors, ['Rudi Siregar']);
  assert.equal(s.body.split('\n\n').length, 2);
  assert.equal(s.id, 'https://contoh.test/?p=41');
  archive.close();
}));

test('cancelling stops between batches and a second run resumes', withDir(async (dir) => {
  const file = path.join(dir, 'besar.jsonl');
  writeGenerated(file, 300);
  const archive = openArchive(path.join(dir, 'data'));
  const ac = new AbortController();
  const r = await importIntoArchive(archive, [file], { batchSize: 20, signal: ac.signal, onProgress: (p) => { if (p.stories >= 60) ac.abort(); } });
  assert.equal(r.cancelled, true);
  assert.equal(archive.stats().stories, 60);
  const r2 = await importIntoArchive(archive, [file], { batchSize: 20 });
  assert.deepEqual(r2.resumedFrom.map((x) => x.line), [60]);
  assert.equal(r2.added, 240);
  assert.equal(r2.duplicates, 0);
  assert.equal(archive.stats().stories, 300);
  archive.close();
}));

test('a crash mid-import (SIGKILL) loses nothing acknowledged, and the import resumes', withDir(async (dir) => {
  const file = path.join(dir, 'besar.jsonl');
  writeGenerated(file, 1500);
  const data = path.join(dir, 'data');
  const child = spawn(process.execPath, [path.join(here, 'import-child.ts'), data, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let acked = 0;
  let finished = false;
  await new Promise<void>((resolve) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (const m of buf.matchAll(/ack (\d+)\n/g)) acked = Math.max(acked, Number(m[1]));
      if (buf.includes('finished')) finished = true;
      if (acked >= 300 && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', () => resolve());
  });
  assert.equal(finished, false, 'the child was killed before it finished');
  assert.ok(acked >= 300);
  const archive = openArchive(data);
  const kept = archive.stats().stories;
  assert.ok(kept >= acked && kept < 1500, `kept ${kept}, acknowledged ${acked}`);
  assert.equal(archive.checkIndex(), true);
  const r = await importIntoArchive(archive, [file]);
  assert.equal(r.resumedFrom.length, 1);
  assert.ok(r.resumedFrom[0].line >= acked);
  assert.equal(r.errors.length, 0);
  assert.equal(archive.stats().stories, 1500);
  assert.ok(archive.getStory('gen-1499'));
  archive.close();
}));
