// Damaged data in plain words: a story file damaged behind an intact index is set aside when the app
// opens, and one damaged while the app runs is set aside when it is opened; either way the toast
// names the story and where its file went, and the story leaves the inbox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../electron/services/app-services.ts';
import { SEED, importFile, startHarness } from './harness.ts';

test('a story damaged before the app starts: set aside, named in a toast, gone from the inbox', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'meja-e2e-'));
  try {
    const s = await createServices(dir, { speller: false });
    const { storyIds: [id] } = await s.stories.importPath(SEED);
    const title = s.workspace.list()[0].title;
    await s.close();
    await fs.writeFile(path.join(dir, 'workspace', 'stories', `${id}.json`), '{"version":1,"article":');

    const h = await startHarness({ dataDir: dir });
    try {
      await h.open();
      const toast = h.page.locator('.toast', { hasText: `Berita "${title}" rusak di disk dan disisihkan` });
      await toast.waitFor();
      assert.match(await toast.innerText(), new RegExp(`${id}\\.json\\.corrupt-`));
      assert.equal(await h.page.locator('.story-row').count(), 0);
      assert.deepEqual(h.pageErrors, []);
    } finally {
      await h.close();
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('a story damaged while the app runs: opening it sets it aside and says so, no technical error', async () => {
  const h = await startHarness();
  try {
    const [id] = await importFile(h, SEED);
    await h.open();
    const row = h.page.locator('.story-row').first();
    await row.waitFor();
    const title = h.services.workspace.list()[0].title;
    await fs.writeFile(path.join(h.dataDir, 'workspace', 'stories', `${id}.json`), 'rusak');
    await row.click();
    await h.page.locator('.toast', { hasText: `Berita "${title}" rusak di disk` }).waitFor();
    await h.page.locator('.story-row').first().waitFor({ state: 'detached' });
    assert.equal(await h.page.locator('.toast-error').count(), 0);
    const left = await fs.readdir(path.join(h.dataDir, 'workspace', 'stories'));
    assert.ok(left.some((f) => f.startsWith(`${id}.json.corrupt-`)), left.join(','));
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});

test('a damaged settings file: the app starts with defaults and the toast says where the old file went', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'meja-e2e-'));
  try {
    await fs.writeFile(path.join(dir, 'settings.json'), '{"version":1,"settings":');
    const h = await startHarness({ dataDir: dir });
    try {
      await h.open();
      const toast = h.page.locator('.toast', { hasText: 'Berkas settings.json rusak dan disisihkan (tidak dihapus)' });
      await toast.waitFor();
      assert.match(await toast.innerText(), /settings\.json\.corrupt-/);
      assert.ok((await fs.readdir(dir)).some((f) => f.startsWith('settings.json.corrupt-')));
      assert.deepEqual(h.pageErrors, []);
    } finally {
      await h.close();
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
