// The vertical slice in a real browser: drop the seed story on the window, see it in the inbox, open
// it, edit a paragraph, restart the services on the same data folder, reload: the edit is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SEED, startHarness, offsiteRequests } from './harness.ts';
import { caretAtEnd, dismissToasts, dropFile } from './helpers.ts';

test('import, see, open, edit, restart, reload: the edit survives', async () => {
  const h = await startHarness();
  try {
    await h.open();
    const { page } = h;
    await dropFile(page, path.basename(SEED), await fs.readFile(SEED));

    const row = page.locator('.story-row').first();
    await row.waitFor();
    assert.match(await row.locator('.row-source').innerText(), /Anadolu|ANTARA/);
    assert.match(await row.locator('.chip').first().innerText(), /baru/);

    // A single imported story opens by itself; the editor shows its paragraphs with their roles.
    const editor = page.locator('.story-editor');
    await editor.waitFor();
    await page.locator('.story-editor p[data-role="lead"]').waitFor();
    assert.equal(await page.locator('.story-editor p[data-role="related"]').count(), 2);
    assert.equal(await page.locator('.story-editor p[data-role="junk"]').count(), 1);
    assert.equal(await page.locator('.story-editor p[data-role="lead"]').getAttribute('data-label'), 'Teras');
    assert.match(await page.locator('.deco-dateline').first().innerText(), /London \(ANTARA\)/);
    // Speakers: every quote resolved to Mark Rutte, with his title.
    const speakers = page.locator('.speakers');
    assert.match(await speakers.innerText(), /Mark Rutte/);
    assert.match(await speakers.innerText(), /Sekretaris Jenderal NATO/);
    assert.ok(await page.locator('.deco-quote-direct').count() >= 3);

    // Edit the second paragraph: type at its end.
    const p2 = page.locator('.story-editor p').nth(1);
    await caretAtEnd(page, p2);
    await page.keyboard.type(' Suntingan uji e2e.');
    assert.match(await p2.innerText(), /Suntingan uji e2e\.$/);
    await page.locator('.save-status.save-saved').waitFor({ timeout: 5000 });
    await page.keyboard.press('Control+s');
    await page.locator('.toast', { hasText: 'Tersimpan' }).waitFor();
    await dismissToasts(page);
    assert.equal(await page.locator('.toast').count(), 0);
    await h.shot('story');

    await h.restartServices();
    await page.reload();
    await page.locator('.story-row').first().click();
    await page.locator('.story-editor p', { hasText: 'Suntingan uji e2e.' }).waitFor();
    const text = await page.locator('.story-editor p').nth(1).innerText();
    assert.match(text, /dua hari itu\. Suntingan uji e2e\.$/);
    const stored = h.services.workspace.list();
    assert.equal(stored.length, 1);
    assert.equal(stored[0].status, 'disunting');

    assert.deepEqual(offsiteRequests(h), []);
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});
