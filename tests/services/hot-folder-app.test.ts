// The hot folder as the editor uses it: chosen in Pengaturan, new files imported on their own and
// announced to the page, each once.
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createServices, type Services } from '../../electron/services/app-services.ts';
import { createHandlers, type Ports } from '../../electron/ipc/handlers.ts';
import { dispatch } from '../../electron/ipc/dispatch.ts';
import { tempDir, SEED } from '../helpers/tmp.ts';

// Services a test opened and has not closed are closed after it, pass or fail: a watching hot folder
// polls on a timer that keeps the process alive, so a failed assertion before close() hung the test
// file (and the whole services run) instead of reporting the failure.
const live = new Set<Services>();
async function open(data: string): Promise<Services> {
  const s = await createServices(data, { speller: false });
  live.add(s);
  return s;
}
async function close(s: Services): Promise<void> {
  live.delete(s);
  await s.close();
}
afterEach(async () => {
  for (const s of [...live]) await close(s);
});

test('a file dropped in the chosen hot folder is imported once and announced', async () => {
  const data = await tempDir();
  const hot = await tempDir('meja-hot-');
  const changed: string[][] = [];
  const ports: Ports = {
    version: 'test', emit: (event, payload) => { if (event === 'stories:changed') changed.push((payload as { ids: string[] }).ids); },
    openFiles: async () => null, chooseFolder: async () => hot, saveFile: async () => null,
    writeClipboard: () => undefined, openExternal: async () => undefined,
  };
  const s = await open(data);
  const h = createHandlers(s, ports);
  const settings = await dispatch(h, 'settings:choose-hot-folder', {}) as { hotFolder: string };
  assert.equal(settings.hotFolder, hot);
  await fs.copyFile(SEED, path.join(hot, 'kawat-nato.txt'));
  await fs.writeFile(path.join(hot, 'sedang-ditulis.txt.part'), 'belum selesai');
  const deadline = Date.now() + 20_000;
  while (!changed.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  assert.equal(changed.length, 1, 'announced once');
  const list = s.workspace.list();
  assert.equal(list.length, 1);
  assert.equal(list[0].fileName, 'kawat-nato.txt');
  await close(s);

  // After a restart the same file is not taken again.
  const s2 = await open(data);
  const again: string[][] = [];
  await s2.watchHotFolder((ids) => again.push(ids));
  await new Promise((r) => setTimeout(r, 4000));
  assert.equal(again.length, 0);
  assert.equal(s2.workspace.list().length, 1);
  await close(s2);
});

test('the archive location chosen in Pengaturan holds the archive, and the choice is kept', async () => {
  const data = await tempDir();
  const shared = await tempDir('meja-arsip-');
  const ports: Ports = {
    version: 'test', emit: () => undefined, openFiles: async () => null, chooseFolder: async () => shared,
    saveFile: async () => null, writeClipboard: () => undefined, openExternal: async () => undefined,
  };
  const s = await open(data);
  const h = createHandlers(s, ports);
  s.archive().addStory({ title: 'Berita di folder data', body: 'Isi.', url: 'https://contoh.test/a' });
  const next = await dispatch(h, 'settings:choose-archive-folder', {}) as { archiveDir: string };
  assert.equal(next.archiveDir, shared);
  s.archive().addStory({ title: 'Berita di arsip bersama', body: 'Isi bersama.', url: 'https://contoh.test/b' });
  await fs.access(path.join(shared, 'archive.sqlite'));
  assert.equal(s.archive().stats().stories, 1, 'the new location starts its own archive');
  await close(s);
  const again = await open(data);
  assert.equal(again.settings.get().archiveDir, shared);
  assert.equal(again.archive().search('bersama', {}).total, 1);
  await close(again);
});

test('hostile or broken files in the hot folder: each reported in one line, the workspace untouched, a good file still taken', async () => {
  const data = await tempDir();
  const hot = await tempDir('meja-hot-');
  const s = await open(data);
  const imported: string[][] = [];
  const errors: string[] = [];
  const FIX = path.join(path.dirname(SEED), 'import');
  const BAD = ['billion-laughs.xml', 'xxe.xml', 'empty.txt', 'binary-renamed.txt', 'not-a-zip.docx', 'not-ninjs.json', 'unclosed.xml'];
  const storyFiles = async () => (await fs.readdir(path.join(data, 'workspace', 'stories'))).sort();
  const before = await storyFiles();
  await s.settings.set({ hotFolder: hot });
  await s.watchHotFolder((ids) => imported.push(ids), (err) => errors.push(err.message));
  for (const f of BAD) await fs.copyFile(path.join(FIX, f), path.join(hot, f));
  const deadline = Date.now() + 30_000;
  while (errors.length < BAD.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  assert.equal(errors.length, BAD.length, `reported: ${errors.join(' | ')}`);
  for (const e of errors) assert.ok(!e.includes('\n'), `one line: ${e}`);
  assert.ok(errors.some((e) => /^billion-laughs\.xml: entity declarations are not accepted$/.test(e)), errors.join(' | '));
  assert.deepEqual(imported, []);
  assert.deepEqual(await storyFiles(), before, 'no story written for a bad file');
  assert.equal(s.workspace.list().length, 0);
  // The watcher goes on: a good file after the bad ones is imported.
  await fs.copyFile(SEED, path.join(hot, 'kawat.txt'));
  const until = Date.now() + 20_000;
  while (!imported.length && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  assert.equal(imported.length, 1);
  await close(s);
});
