import { mock, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openWorkspace, IDLE_REVISION_MS, STORY_VERSION, WORKSPACE_VERSION } from '../../electron/services/workspace/store.ts';
import { createServices } from '../../electron/services/app-services.ts';
import type { Notice } from '../../electron/services/workspace/types.ts';
import { emptyCredits, emptyMeta, type Article } from '../../core/model/article.ts';
import { SEED, tempDir } from '../helpers/tmp.ts';

function article(text: string): Article {
  return {
    headline: null, dateline: null, lead: text, paragraphs: [{ role: 'lead', text }], quotes: [], related: [],
    sourceCredits: [], credits: emptyCredits(), language: 'id', provenance: null, meta: emptyMeta(),
  };
}
const original = { text: 'x', fileName: 'x.txt', format: 'txt', sha256: 'ab'.repeat(32) };

test('a story survives reopening, and its edit is autosaved', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const rec = await ws.create({ article: article('Jakarta (ANTARA) - Awal.'), original });
  await ws.saveEdit(rec.id, article('Jakarta (ANTARA) - Sudah disunting.'));
  await ws.close();
  const again = await openWorkspace(dir);
  assert.equal(again.list().length, 1);
  const back = await again.get(rec.id);
  assert.equal(back?.article.paragraphs[0].text, 'Jakarta (ANTARA) - Sudah disunting.');
  assert.equal(back?.status, 'disunting');
  assert.equal(back?.revisions[0].reason, 'import');
});

test('typing after 30 s idle records the previous text as a revision; a burst does not', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const rec = await ws.create({ article: article('a'), original });
  const t0 = new Date('2026-11-25T03:00:00Z');
  await ws.saveEdit(rec.id, article('ab'), undefined, t0);
  await ws.saveEdit(rec.id, article('abc'), undefined, new Date(t0.getTime() + 1000));
  assert.equal((await ws.get(rec.id))!.revisions.length, 1);
  await ws.saveEdit(rec.id, article('abcd'), undefined, new Date(t0.getTime() + 1000 + IDLE_REVISION_MS));
  const revs = (await ws.get(rec.id))!.revisions;
  assert.equal(revs.length, 2);
  assert.equal(revs[1].article.paragraphs[0].text, 'abc');
  const restored = await ws.restore(rec.id, revs[0].id);
  assert.equal(restored.article.paragraphs[0].text, 'a');
  assert.equal(restored.revisions.at(-1)?.reason, 'restore');
  await ws.close();
});

test('a corrupt index is set aside, not deleted, and rebuilt from the story files', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  await ws.create({ article: article('satu'), original });
  await ws.create({ article: article('dua'), original });
  await ws.close();
  const indexFile = path.join(dir, 'workspace', 'index.json');
  await fs.writeFile(indexFile, '{"version":1,"stories":[');
  const again = await openWorkspace(dir);
  assert.equal(again.list().length, 2);
  const files = await fs.readdir(path.join(dir, 'workspace'));
  assert.ok(files.some((f) => f.startsWith('index.json.corrupt-')), files.join(','));
  assert.ok(again.notices.some((n) => n.kind === 'set-aside'));
  await again.close();
});

test('a damaged story file is set aside alone; the rest of the workspace opens', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const a = await ws.create({ article: article('utuh'), original });
  const b = await ws.create({ article: article('rusak'), original });
  await ws.close();
  await fs.writeFile(path.join(dir, 'workspace', 'stories', `${b.id}.json`), '\u0000\u0001garbage');
  await fs.rm(path.join(dir, 'workspace', 'index.json'));
  const again = await openWorkspace(dir);
  assert.deepEqual(again.list().map((s) => s.id), [a.id]);
  const left = await fs.readdir(path.join(dir, 'workspace', 'stories'));
  assert.ok(left.some((f) => f.startsWith(`${b.id}.json.corrupt-`)));
  await again.close();
});

test('saving one story never rewrites the other story files', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const a = await ws.create({ article: article('a'), original });
  const b = await ws.create({ article: article('b'), original });
  await ws.flushIndex();
  const fileB = path.join(dir, 'workspace', 'stories', `${b.id}.json`);
  const before = (await fs.stat(fileB)).mtimeMs;
  await new Promise((r) => setTimeout(r, 20));
  await ws.saveEdit(a.id, article('a2'));
  assert.equal((await fs.stat(fileB)).mtimeMs, before);
  await ws.close();
  const names = await fs.readdir(path.join(dir, 'workspace', 'stories'));
  assert.ok(names.every((n) => !n.endsWith('.tmp')), 'no temporary files left behind');
});

test('the original bytes are kept once per hash', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const bytes = new TextEncoder().encode('Jakarta (ANTARA) - asli');
  const rec = await ws.create({ article: article('x'), original, originalBytes: bytes });
  assert.equal(rec.original.stored, true);
  assert.deepEqual(new Uint8Array(await fs.readFile(path.join(dir, 'originals', original.sha256))), bytes);
  await ws.close();
});

test('an index of another version is a cache: rebuilt from the story files, nothing lost', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const a = await ws.create({ article: article('satu'), original });
  await ws.close();
  const indexFile = path.join(dir, 'workspace', 'index.json');
  await fs.writeFile(indexFile, JSON.stringify({ version: WORKSPACE_VERSION + 1, stories: [{ id: 'dari-versi-baru' }] }));
  const again = await openWorkspace(dir);
  assert.deepEqual(again.list().map((s) => s.id), [a.id]);
  assert.equal(JSON.parse(await fs.readFile(indexFile, 'utf8')).version, WORKSPACE_VERSION);
  await again.close();
});

const storiesDir = (dir: string) => path.join(dir, 'workspace', 'stories');

test('a story damaged behind an INTACT index is found on opening, set aside, and leaves the index', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const a = await ws.create({ article: article('utuh'), original });
  const b = await ws.create({ article: { ...article('rusak'), headline: 'Berita yang rusak' }, original });
  await ws.close();
  const indexFile = path.join(dir, 'workspace', 'index.json');
  const indexBefore = await fs.readFile(indexFile, 'utf8');
  await fs.writeFile(path.join(storiesDir(dir), `${b.id}.json`), '{"version":1,"id":"');
  // The index is left exactly as it was: same stories, same count as the files on disk.
  assert.equal(await fs.readFile(indexFile, 'utf8'), indexBefore);
  const again = await openWorkspace(dir);
  assert.deepEqual(again.list().map((s) => s.id), [a.id]);
  const left = await fs.readdir(storiesDir(dir));
  const aside = left.find((f) => f.startsWith(`${b.id}.json.corrupt-`));
  assert.ok(aside, left.join(','));
  const n = again.notices.find((x) => x.kind === 'set-aside');
  assert.equal(n?.title, 'Berita yang rusak');
  assert.equal(n?.movedTo, path.join(storiesDir(dir), aside));
  await again.close();
  const onDisk = JSON.parse(await fs.readFile(indexFile, 'utf8')) as { stories: { id: string }[] };
  assert.deepEqual(onDisk.stories.map((s) => s.id), [a.id]);
});

test('a damaged story can be imported again from the same bytes (no false "duplicate")', async () => {
  const dir = await tempDir();
  const s1 = await createServices(dir, { speller: false });
  const first = await s1.stories.importPath(SEED);
  assert.equal(first.ok, true);
  const id = first.storyIds[0];
  await s1.close();
  await fs.writeFile(path.join(storiesDir(dir), `${id}.json`), 'bukan json');
  const s2 = await createServices(dir, { speller: false });
  try {
    const again = await s2.stories.importPath(SEED);
    assert.equal(again.ok, true);
    assert.notEqual(again.duplicate, true);
    assert.notDeepEqual(again.storyIds, [id]);
    assert.deepEqual(s2.workspace.list().map((x) => x.id), again.storyIds);
  } finally {
    await s2.close();
  }
});

test('a story damaged while the workspace is open is set aside when read, and listeners hear it', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const a = await ws.create({ article: { ...article('x'), headline: 'Judul A' }, original });
  const heard: Notice[] = [];
  ws.onNotice((n) => heard.push(n));
  await fs.writeFile(path.join(storiesDir(dir), `${a.id}.json`), '\u0000');
  assert.equal(await ws.get(a.id), null);
  assert.equal(ws.list().length, 0);
  assert.deepEqual(await ws.findBySha(original.sha256), []);
  assert.equal(heard.length, 1);
  assert.equal(heard[0].title, 'Judul A');
  assert.match(heard[0].movedTo ?? '', /\.corrupt-/);
  await ws.close();
  const again = await openWorkspace(dir);
  assert.equal(again.list().length, 0);
  await again.close();
});

test('30 s after the last edit a revision is recorded by the idle timer, without more typing', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const rec = await ws.create({ article: article('a'), original });
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    await ws.saveEdit(rec.id, article('ab'));
    await ws.saveEdit(rec.id, article('abc'));
    mock.timers.tick(IDLE_REVISION_MS - 1);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual((await ws.get(rec.id))!.revisions.map((r) => r.reason), ['import']);
    mock.timers.tick(1);
    let revs = (await ws.get(rec.id))!.revisions;
    for (let i = 0; i < 100 && revs.length < 2; i++) {
      await new Promise((r) => setImmediate(r));
      revs = (await ws.get(rec.id))!.revisions;
    }
    assert.deepEqual(revs.map((r) => r.reason), ['import', 'edit']);
    assert.equal(revs[1].article.paragraphs[0].text, 'abc');
    // Typing after the idle revision does not record the same text again.
    await ws.saveEdit(rec.id, article('abcd'), undefined, new Date(Date.now() + 2 * IDLE_REVISION_MS));
    assert.equal((await ws.get(rec.id))!.revisions.length, 2);
  } finally {
    mock.timers.reset();
  }
  await ws.close();
});

test('closing the workspace (quitting the app) records pending edits as a revision', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const rec = await ws.create({ article: article('a'), original });
  await ws.saveEdit(rec.id, article('ditulis sebelum keluar'));
  await ws.close();
  const again = await openWorkspace(dir);
  const revs = (await again.get(rec.id))!.revisions;
  assert.deepEqual(revs.map((r) => r.reason), ['import', 'edit']);
  assert.equal(revs[1].article.paragraphs[0].text, 'ditulis sebelum keluar');
  await again.close();
});

test('story files: one without a version is migrated on reading; one from a newer version is set aside unchanged', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir);
  const old = await ws.create({ article: article('lama'), original });
  const future = await ws.create({ article: article('baru'), original });
  await ws.close();
  const oldFile = path.join(storiesDir(dir), `${old.id}.json`);
  const { version: _v, status: _s, exports: _e, lastEditAt: _l, editsSinceRevision: _n, ...v0 } = JSON.parse(await fs.readFile(oldFile, 'utf8'));
  await fs.writeFile(oldFile, JSON.stringify(v0));
  const futureFile = path.join(storiesDir(dir), `${future.id}.json`);
  const futureText = JSON.stringify({ ...JSON.parse(await fs.readFile(futureFile, 'utf8')), version: STORY_VERSION + 1, extra: 'baru' });
  await fs.writeFile(futureFile, futureText);
  const again = await openWorkspace(dir);
  assert.deepEqual(again.list().map((s) => s.id), [old.id]);
  const migrated = await again.get(old.id);
  assert.equal(migrated?.version, STORY_VERSION);
  assert.equal(migrated?.status, 'baru');
  assert.deepEqual(migrated?.exports, []);
  const saved = await again.saveEdit(old.id, article('lama, disunting'));
  assert.equal(saved.version, STORY_VERSION);
  const aside = (await fs.readdir(storiesDir(dir))).find((f) => f.startsWith(`${future.id}.json.newer-`));
  assert.ok(aside);
  assert.equal(await fs.readFile(path.join(storiesDir(dir), aside), 'utf8'), futureText, 'the newer file is kept byte for byte');
  assert.match(again.notices.find((n) => n.kind === 'set-aside')?.detail ?? '', /newer version/);
  await again.close();
});

test('read-only opening (meja list) of a folder without a workspace creates nothing', async () => {
  const dir = await tempDir();
  const ws = await openWorkspace(dir, { readOnly: true });
  assert.deepEqual(ws.list(), []);
  await ws.close();
  assert.deepEqual(await fs.readdir(dir), []);
});
