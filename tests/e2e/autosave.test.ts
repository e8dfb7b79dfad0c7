// Autosave: every edit is saved within moments; when a save fails (a full disk, a read-only folder)
// the editor says so in plain Indonesian, keeps the text on screen, and retries until it is stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startHarness } from './harness.ts';
import { StorageError } from '../../electron/services/storage-error.ts';
import { caretAtEnd, dropSeed } from './helpers.ts';

test('a failed save keeps the text, says so, and retries', async () => {
  const h = await startHarness();
  try {
    await h.open();
    const { page } = h;
    await dropSeed(page);

    const realSave = h.handlers['stories:save'];
    let failures = 0;
    h.handlers['stories:save'] = async () => {
      failures++;
      // The very error main's workspace throws on a full disk (its message is what crosses IPC).
      throw new StorageError('disk-full', path.join(h.services.dataDir, 'workspace', 'stories', 'x.json'));
    };
    const p2 = page.locator('.story-editor p').nth(1);
    await caretAtEnd(page, p2);
    await page.keyboard.type(' Kalimat yang tidak boleh hilang.');
    const alert = page.locator('.save-status.save-error');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Gagal menyimpan\. Teks Anda aman di layar/);
    const toast = page.locator('.toast', { hasText: 'disk penuh' });
    await toast.waitFor();
    // Plain Indonesian only: not main's English sentence, code or file path.
    assert.doesNotMatch(await toast.innerText(), /disk-full|the disk is full|x\.json/);
    assert.match(await p2.innerText(), /Kalimat yang tidak boleh hilang\.$/);
    await h.shot('save-failed');

    // The disk has room again: the retry stores the text without the editor doing anything.
    h.handlers['stories:save'] = realSave;
    // The editor retries 2, 4, 8, 16, then 30 s after each failure (session.ts); a slow machine spends
    // long enough on the steps above for the third or fourth failure, and a fixed 15 s could end
    // before the next retry. Wait for the longest pause the failures so far can have set, plus 10 s.
    const retryWithin = Math.min(30_000, 1000 * 2 ** Math.min(failures + 1, 5));
    await page.locator('.save-status.save-saved').waitFor({ timeout: Math.max(15_000, retryWithin + 10_000) });
    assert.ok(failures >= 1);
    const [summary] = h.services.workspace.list();
    const rec = await h.services.stories.record(summary.id);
    assert.match(rec.article.paragraphs[1].text, /Kalimat yang tidak boleh hilang\.$/);
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});

test('closing the window inside the autosave pause waits for the save', async () => {
  const h = await startHarness();
  try {
    await h.open();
    const { page } = h;
    await dropSeed(page);
    await page.locator('.save-status.save-saved').waitFor();
    const [summary] = h.services.workspace.list();

    // Saves are slowed so the close surely comes before the edit reaches the store.
    const realSave = h.handlers['stories:save'];
    h.handlers['stories:save'] = async (args) => {
      await new Promise((r) => setTimeout(r, 300));
      return realSave(args);
    };
    const p2 = page.locator('.story-editor p').nth(1);
    await caretAtEnd(page, p2);
    await page.keyboard.type(' Diketik tepat sebelum jendela ditutup.');
    // The close as Electron asks for it: beforeunload first. The page holds the close (Playwright
    // dismisses the browser's dialog, as Electron does silently) and saves.
    await page.close({ runBeforeUnload: true });
    let text = '';
    // A deadline on the clock (20 s), not 50 rounds: each round's read of the store is slower too on a busy machine.
    for (const end = Date.now() + 20_000; !text.endsWith('Diketik tepat sebelum jendela ditutup.') && Date.now() < end;) {
      await new Promise((r) => setTimeout(r, 100));
      text = (await h.services.stories.record(summary.id)).article.paragraphs[1].text;
    }
    assert.match(text, /Diketik tepat sebelum jendela ditutup\.$/);
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});
