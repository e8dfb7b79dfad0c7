import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openWorkspace, IDLE_REVISION_MS, migrateIndex } from '../../electron/services/workspace/store.ts';
import { emptyCredits, emptyMeta, type Article } from '../../core/model/article.ts';
import { tempDir } from '../helpers/tmp.ts';

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

test('an index of an older version is migrated', () => {
  assert.deepEqual(migrateIndex({ version: 0, stories: [] }), { version: 1, stories: [] });
});
