// The app's export path (StoryService.exportStories, as the Ekspor dialog runs it): a WXR batch is
// one file, the desk profile's export choices apply, the archive keeps the export record, and a
// failed atomic write leaves nothing behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createServices } from '../../electron/services/app-services.ts';
import { folderWriter } from '../../electron/services/export-files.ts';
import { writeFileAtomic } from '../../electron/services/json-store.ts';
import { checkWxr } from '../../electron/services/validate/index.ts';
import type { ProgressEvent } from '../../electron/ipc/contract.ts';
import { tempDir, SEED } from '../helpers/tmp.ts';

async function twoStories() {
  const dir = await tempDir();
  const s = await createServices(path.join(dir, 'data'), { speller: false });
  const a = (await s.stories.importPaths([SEED])).items[0].storyIds[0];
  const b = (await s.stories.importText('Jakarta (ANTARA) - Harga beras di pasar induk turun pada Rabu.\n\nPedagang mengatakan pasokan lancar.\n\nPewarta: Rina')).items[0].storyIds[0];
  const out = path.join(dir, 'keluar');
  await fs.mkdir(out);
  return { s, ids: [a, b], out };
}

test('a WXR batch from the app is ONE file holding every post; each story keeps its record', async () => {
  const { s, ids, out } = await twoStories();
  const events: ProgressEvent[] = [];
  const res = await s.stories.exportStories(ids, 'wxr', folderWriter(out), { onProgress: (e) => events.push(e) });
  assert.deepEqual(res.map((r) => r.ok), [true, true]);
  const files = await fs.readdir(out);
  assert.equal(files.length, 1, files.join(', '));
  assert.equal(res[0].path, res[1].path);
  const xml = await fs.readFile(path.join(out, files[0]), 'utf8');
  assert.equal((await checkWxr(xml)).valid, true);
  assert.equal(xml.match(/<item>/g)?.length, 2);
  assert.match(xml, /Harga beras di pasar induk/);
  assert.match(xml, /menteri pertahanan/);
  for (const id of ids) {
    const rec = await s.stories.record(id);
    assert.equal(rec.status, 'diekspor');
    assert.equal(rec.exports.length, 1);
  }
  // Progress counts stories, ends finished with the whole count.
  assert.deepEqual(events.at(-1), { batchId: events[0].batchId, kind: 'export', done: 2, total: 2, current: null, finished: true });
  await s.close();
});

test('other formats: one file a story; the archive entry carries the export record', async () => {
  const { s, ids, out } = await twoStories();
  const res = await s.stories.exportStories(ids, 'nitf', folderWriter(out));
  assert.equal((await fs.readdir(out)).length, 2);
  const stored = s.archive().getStory(res[0].archiveId!);
  const rec = stored?.exportRecord as { workspaceId: string; format: string; at: string; path: string };
  assert.equal(rec.workspaceId, ids[0]);
  assert.equal(rec.format, 'nitf');
  assert.equal(rec.path, res[0].path);
  assert.ok(!Number.isNaN(Date.parse(rec.at)));
  // Exported again (another format): the same archive entry, now listing both exports.
  const again = await s.stories.exportStories([ids[0]], 'json', folderWriter(out));
  assert.equal(again[0].archiveId, res[0].archiveId);
  const both = s.archive().getStory(res[0].archiveId!)?.exportRecord as { format: string; exports: { format: string }[] };
  assert.equal(both.format, 'json');
  assert.deepEqual(both.exports.map((e) => e.format), ['nitf', 'json']);
  assert.equal(s.archive().stats().stories, 2);
  await s.close();
});

test("the desk profile's export choices: blockquotes and the base URL", async () => {
  const { s, ids } = await twoStories();
  const plain = await s.stories.previewExport(ids[0], 'html');
  assert.doesNotMatch(plain.content, /<blockquote>/);
  await s.profiles.save({ ...s.profiles.require('antara'), id: 'antara-web', name: 'ANTARA web', blockquotes: true, baseUrl: 'https://desk.example' });
  await s.settings.set({ profileId: 'antara-web' });
  const quoted = await s.stories.previewExport(ids[0], 'html');
  assert.match(quoted.content, /<blockquote><p>/);
  // The dialog can still say no for one export.
  assert.doesNotMatch((await s.stories.previewExport(ids[0], 'html', { blockquotes: false })).content, /<blockquote>/);
  const wxr = await s.stories.previewExport(ids[0], 'wxr');
  assert.match(wxr.content, /<wp:base_site_url>https:\/\/desk\.example<\/wp:base_site_url>/);
  const ninjs = JSON.parse((await s.stories.previewExport(ids[0], 'ninjs')).content);
  assert.match(ninjs.uri, /^https:\/\/desk\.example\//);
  await s.close();
});

test('an atomic write that fails leaves neither a partial file nor its temp file', async () => {
  const dir = await tempDir();
  const target = path.join(dir, 'berita.xml');
  // A non-empty folder in the way: the temp file is written, the rename over it fails.
  await fs.mkdir(target);
  await fs.writeFile(path.join(target, 'isi'), 'x');
  await assert.rejects(writeFileAtomic(target, '<nitf/>'));
  assert.deepEqual(await fs.readdir(dir), ['berita.xml']);
  assert.deepEqual(await fs.readdir(target), ['isi']);
});

test('a story exported as Meja JSON and imported into another desk comes back whole', async () => {
  const { s, ids, out } = await twoStories();
  // The editor's own judgement, which the parser could not find again: a paragraph marked junk.
  const rec = await s.stories.record(ids[0]);
  const body = rec.article.paragraphs.findIndex((p) => p.role === 'body');
  await s.stories.save(ids[0], { headline: 'NATO dukung Ukraina', paragraphs: rec.article.paragraphs.map((p, i) => (i === body ? { ...p, role: 'junk' } : p)) });
  const [res] = await s.stories.exportStories([ids[0]], 'json', folderWriter(out));
  const sent = (await s.stories.record(ids[0])).article;
  await s.close();

  const other = await createServices(path.join(out, 'desk-lain'), { speller: false });
  const imported = await other.stories.importPaths([res.path!]);
  const back = (await other.stories.record(imported.items[0].storyIds[0])).article;
  assert.deepEqual(back, sent);
  assert.equal(back.paragraphs[body].role, 'junk');
  await other.close();
});
