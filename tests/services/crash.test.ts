// Kill the services process (SIGKILL) in the middle of saving, of a batch import and of an index
// build, 50 times each: the workspace and archive always open afterwards, every acknowledged save is
// there, a half-done batch resumes, and a damaged index is rebuilt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openWorkspace } from '../../electron/services/workspace/store.ts';
import { importIntoArchive, openArchive } from '../../electron/services/archive/index.ts';
import { generateStories } from '../../bench/gen-archive.ts';
import { DatabaseSync } from 'node:sqlite';
import { emptyCredits, emptyMeta } from '../../core/model/article.ts';
import { tempDir, ROOT } from '../helpers/tmp.ts';

const KILLS = 50;

interface Killed { out: string; err: string; signal: NodeJS.Signals | null; code: number | null }

/**
 * Runs a child, kills it with SIGKILL once `ready(out)` says so (or after `ms`); returns its output
 * and how it ended, so a test can assert the kill really happened (not a crash or a normal exit).
 */
function runAndKill(args: string[], opts: { ready?: (out: string) => boolean; ms: number; env?: NodeJS.ProcessEnv }): Promise<Killed> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    const kill = () => child.kill('SIGKILL');
    child.stdout.on('data', (d) => {
      out += d;
      if (!timer && (!opts.ready || opts.ready(out))) timer = setTimeout(kill, opts.ms);
    });
    child.stderr.on('data', (d) => { err += d; });
    if (!opts.ready) timer = setTimeout(kill, opts.ms + 150);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ out, err, signal, code });
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
    const r = await runAndKill(['tests/services/workers/save-loop.ts', dir, rec.id], { ready: (o) => o.includes('ack '), ms: 5 + (i % 10) * 3 });
    const acks = [...r.out.matchAll(/ack (\d+)/g)].map((m) => Number(m[1]));
    assert.equal(r.signal, 'SIGKILL', `kill ${i}: the saver was killed, not ended (exit ${r.code}; ${r.err.slice(0, 200)})`);
    assert.ok(acks.length >= 1, `kill ${i}: the saver acknowledged saves before the kill`);
    const last = Math.max(...acks);
    const again = await openWorkspace(dir);
    const story = await again.get(rec.id);
    assert.ok(story, `kill ${i}: the story opens`);
    const saved = Number(story.article.paragraphs[0].text.match(/simpan ke-(\d+)/)?.[1] ?? 0);
    assert.ok(saved >= last, `kill ${i}: acknowledged save ${last} lost (found ${saved})`);
    await again.close();
    openArchive(dir).close();
  }
});

test(`${KILLS} kills mid-batch-import: each lands mid-batch, acknowledged files stay, the batch resumes to completion`, async () => {
  const dir = await tempDir();
  const inbox = path.join(dir, 'masuk');
  await fs.mkdir(inbox);
  const FILES = 40;
  for (let i = 0; i < FILES; i++) {
    await fs.writeFile(path.join(inbox, `berita-${i}.txt`), `Jakarta (ANTARA) - Berita nomor ${i} tentang rapat anggaran daerah ke-${i}.\n\nIsi berita ${i}.\n`);
  }
  // Ten batches, each killed five times further along, then resumed: every kill lands on files not
  // yet imported (meja import prints each file's line as soon as it is committed). The command stops
  // two lines after the one the kill follows and waits for it (stop-after-lines.ts), so a parent slowed
  // by a busy machine cannot let it finish the batch before the kill comes.
  const STOP = path.join('tests', 'services', 'workers', 'stop-after-lines.ts');
  const GROUP = 5;
  let partial = 0;
  for (let g = 0; g < KILLS / GROUP; g++) {
    const data = path.join(dir, `data-${g}`);
    for (let k = 0; k < GROUP; k++) {
      const i = g * GROUP + k;
      const killAt = 2 + k * 7 + (g % 4);
      const r = await runAndKill(['--import', `./${STOP}`, 'bin/meja.js', 'import', inbox, '--data', data, '--json'], { ready: (o) => o.split('\n').length > killAt, ms: g % 3, env: { MEJA_TEST_STOP_AFTER: String(killAt + 2) } });
      const acked = r.out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { name: string; ok: boolean; duplicate?: boolean });
      assert.equal(r.signal, 'SIGKILL', `kill ${i}: the import was killed (exit ${r.code}; ${r.err.slice(0, 200)})`);
      assert.ok(acked.length >= killAt && acked.length < FILES, `kill ${i}: mid-batch (${acked.length} of ${FILES} acknowledged)`);
      const ws = await openWorkspace(data);
      const names = ws.list().map((st) => st.fileName);
      assert.equal(new Set(names).size, names.length, `kill ${i}: no file imported twice`);
      for (const a of acked) assert.ok(a.ok && names.includes(path.basename(a.name)), `kill ${i}: acknowledged ${a.name} is in the workspace`);
      if (names.length < FILES) partial++;
      await ws.close();
      const archive = openArchive(data);
      archive.close();
    }
    const done = spawnSync(process.execPath, ['bin/meja.js', 'import', inbox, '--data', data, '--json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(done.status, 0, done.stderr);
    const lines = done.stdout.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; duplicate?: boolean });
    assert.equal(lines.length, FILES);
    assert.ok(lines.some((l) => l.duplicate) && lines.some((l) => !l.duplicate), `batch ${g}: the rerun resumed a half-done batch`);
    const ws = await openWorkspace(data);
    const names = ws.list().map((st) => st.fileName).sort();
    assert.equal(names.length, FILES, `batch ${g}: every file imported exactly once`);
    assert.equal(new Set(names).size, FILES);
    await ws.close();
  }
  assert.equal(partial, KILLS, 'every kill left a partly imported batch');
});

test(`${KILLS} kills mid-archive-import: each lands mid-file, committed batches stay, and the import resumes from its checkpoint to the end`, async () => {
  const dir = await tempDir();
  const file = path.join(dir, 'arsip.jsonl');
  // Room for 50 kills of two batches each: the child stops after its second acknowledged batch and
  // waits for the kill (without that cap a parent slowed by a busy machine let it run on, 50 runs
  // could go past the end of the file, and the last kills found it finished).
  const STORIES = 3000;
  await fs.writeFile(file, [...generateStories(STORIES, 7)].map((st) => JSON.stringify({ ...st, body: st.body.split('\n\n').slice(0, 3).join('\n\n') })).join('\n') + '\n');
  const data = path.join(dir, 'data');
  let kept = 0;
  for (let i = 0; i < KILLS; i++) {
    // The child acknowledges each committed batch of 25; the kill comes after the first of this run.
    const r = await runAndKill(['tests/services/archive/import-child.ts', data, file, '2'], { ready: (o) => /ack \d+\n/.test(o), ms: i % 3 });
    assert.equal(r.signal, 'SIGKILL', `kill ${i}: the import was killed (exit ${r.code}; ${r.err.slice(0, 200)})`);
    assert.ok(!r.out.includes('finished'), `kill ${i}: killed before the end of the file`);
    const a = openArchive(data);
    const n = a.stats().stories;
    const distinct = (a.db.prepare('SELECT count(DISTINCT id) AS n FROM stories').get() as { n: number }).n;
    assert.ok(n > kept && n < STORIES, `kill ${i}: the acknowledged batch is kept and the file is unfinished (${kept} → ${n})`);
    assert.equal(distinct, n, `kill ${i}: no story stored twice`);
    assert.equal(a.checkIndex(), true, `kill ${i}: the index is whole`);
    a.close();
    const ws = await openWorkspace(data);
    await ws.close();
    kept = n;
  }
  const a = openArchive(data);
  const r = await importIntoArchive(a, [file]);
  assert.equal(r.resumedFrom.length, 1, 'the last run resumed from its checkpoint');
  assert.equal(r.errors.length, 0);
  assert.equal(a.stats().stories, STORIES, 'every story of the file, once');
  a.close();
});

test(`${KILLS} kills mid-index-build: the archive opens whole each time, and a damaged index is rebuilt`, async () => {
  const dir = await tempDir();
  const STORIES = 1500;
  const archive = openArchive(dir);
  for (let i = 0; i < STORIES; i++) {
    archive.addStory({ title: `Rapat anggaran daerah ${i}`, body: `Menteri mengatakan anggaran ke-${i} disetujui.\n\nGubernur ${i % 37} hadir dalam rapat.`, url: `https://contoh.id/berita/${i}`, date: '2026-01-01', source: 'ANTARA' });
  }
  archive.close();
  const ws = await openWorkspace(dir);
  await ws.close();
  for (let i = 0; i < KILLS; i++) {
    const r = await runAndKill(['tests/services/workers/rebuild-loop.ts', dir], { ready: (o) => o.includes('rebuilding'), ms: 10 + (i % 10) * 15 });
    assert.equal(r.signal, 'SIGKILL', `kill ${i}: the rebuild was killed (exit ${r.code}; ${r.err.slice(0, 200)})`);
    assert.match(r.out, /rebuilding/, `kill ${i}: the worker got as far as the rebuild`);
    if (i % 5 === 4) {
      // Every fifth crash also leaves the index's data blocks damaged (as a bad sector or a torn write
      // would): the next open sees the unclean close, checks the index and rebuilds it.
      const raw = new DatabaseSync(path.join(dir, 'archive.sqlite'), { defensive: false });
      raw.exec('UPDATE fts_stem_data SET block = zeroblob(length(block)) WHERE id > 10');
      raw.close();
    }
    const a = openArchive(dir);
    assert.equal(a.checkIndex(), true, `kill ${i}: the index is whole`);
    assert.equal(a.search('anggaran', { limit: 5 }).total, STORIES, `kill ${i}: the search finds every story`);
    assert.equal(a.stats().stories, STORIES, `kill ${i}: no story lost`);
    a.close();
    const w = await openWorkspace(dir);
    await w.close();
  }
});
