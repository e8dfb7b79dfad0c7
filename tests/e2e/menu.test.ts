// The application menu: main only sends `menu:command` with the item's name (as a mouse click, or a
// macOS key equivalent the menu takes before the page sees it); the page must open the same dialog
// its shortcut opens. Berkas › Impor… reports the batch like Ctrl+I: how many stories, which files
// were refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, SEED, startHarness, type Harness } from './harness.ts';

const IMPORTS = path.join(ROOT, 'tests', 'fixtures', 'import');

async function closeDialog(h: Harness, id: string): Promise<void> {
  await h.page.keyboard.press('Escape');
  await h.page.locator(`dialog#${id}`).waitFor({ state: 'detached' });
}

test('every menu command opens what its shortcut opens; Impor… reports the batch', async () => {
  const h = await startHarness();
  try {
    await h.open();
    const { page } = h;

    // Berkas › Impor…: the chosen files are imported and the outcome shown, refusals by name.
    h.dialogAnswers.openFiles.push([SEED, path.join(IMPORTS, 'empty.txt')]);
    h.emit('menu:command', { command: 'import' });
    await page.locator('.toast', { hasText: '1 berita diimpor.' }).waitFor();
    await page.locator('.toast', { hasText: /empty\.txt tidak dapat diimpor/ }).waitFor();
    assert.equal(h.services.workspace.list().length, 1);
    // The single new story opens by itself, as after Ctrl+I.
    await page.locator('.story-editor p[data-role="lead"]').waitFor();

    h.emit('menu:command', { command: 'export' });
    await page.locator('dialog#export').waitFor();
    await closeDialog(h, 'export');

    h.emit('menu:command', { command: 'settings' });
    await page.locator('dialog#settings').waitFor();
    await closeDialog(h, 'settings');

    h.emit('menu:command', { command: 'shortcuts' });
    await page.locator('dialog#help').waitFor();
    await closeDialog(h, 'help');

    h.emit('menu:command', { command: 'find' });
    await page.locator('.find-bar').waitFor();
    await page.keyboard.press('Escape');

    h.emit('menu:command', { command: 'archive' });
    await page.locator('.archive-view').waitFor();

    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});

test('Sunting › Cari dan Ganti… with no story open says why instead of doing nothing', async () => {
  const h = await startHarness();
  try {
    await h.open();
    h.emit('menu:command', { command: 'find' });
    await h.page.locator('.toast', { hasText: 'Buka sebuah berita dulu' }).waitFor();
    assert.equal(await h.page.locator('.find-bar').count(), 0);
    // A cancelled Impor… dialog imports nothing and shows no error.
    h.emit('menu:command', { command: 'import' });
    await h.page.waitForTimeout(300);
    assert.equal(await h.page.locator('.toast-error').count(), 0);
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});
