// The desk's daily tools in the browser: find and replace (one undo step; over the inbox too), stories as tabs,
// Metadata (priority, embargo, slug) showing in the inbox, Riwayat with a diff and restore,
// the cleaning step shown before it applies, and a batch progress bar that can be cancelled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.ts';
import { dropSeed, pasteOutside } from './helpers.ts';

test('find and replace, tabs, metadata, history, cleaning, progress', async () => {
  const h = await startHarness();
  try {
    await h.open();
    const { page } = h;
    await dropSeed(page);

    // Find and replace: whole words, all at once, one Ctrl+Z.
    await page.locator('.story-editor').click();
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Cari…' });
    await find.fill('Ukraina');
    assert.match(await page.locator('.find-count').innerText(), /^\d+ cocok$/);
    const n = Number((await page.locator('.find-count').innerText()).split(' ')[0]);
    assert.ok(n >= 8, `${n} matches`);
    await page.getByRole('textbox', { name: 'Ganti dengan…' }).fill('Ukrania');
    await page.getByRole('button', { name: 'Ganti semua' }).click();
    await page.locator('.find-count', { hasText: '0 cocok' }).waitFor();
    assert.doesNotMatch(await page.locator('.story-editor').innerText(), /Ukraina/);
    await page.locator('.story-editor').click();
    await page.keyboard.press('Control+z');
    assert.equal((await page.locator('.story-editor').innerText()).match(/Ukraina/g)?.length, n);
    await page.locator('.find-bar').getByRole('button', { name: 'Tutup' }).click();

    // A second story by paste: two tabs, each with its own text; Ctrl+W closes one.
    await pasteOutside(page, 'Jakarta (ANTARA) - Harga beras di pasar induk turun pada Rabu.\n\nPedagang mengatakan pasokan dari daerah lancar.');
    await page.locator('.tab').nth(1).waitFor();
    await page.locator('.story-editor p', { hasText: 'Harga beras' }).waitFor();
    await page.locator('.tab-title').first().click();
    await page.locator('.story-editor p', { hasText: 'Brussel' }).first().waitFor();
    await page.locator('.tab-title').nth(1).click();
    await page.locator('.story-editor p', { hasText: 'Harga beras' }).waitFor();
    await page.keyboard.press('Control+w');
    await page.waitForFunction(() => document.querySelectorAll('.tab').length === 1);

    // Replace over the whole inbox: both stories change, and the open one shows the store's new text.
    await page.locator('.story-editor').click();
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Cari…' }).fill('dari');
    await page.getByRole('textbox', { name: 'Ganti dengan…' }).fill('DARI');
    await page.getByLabel('Kata utuh').check();
    await page.getByRole('button', { name: 'Ganti di semua berita' }).click();
    await page.locator('.toast', { hasText: 'di 2 berita' }).waitFor();
    await page.locator('.story-editor p', { hasText: 'DARI Rusia' }).waitFor();
    const beras = h.services.workspace.list().find((x) => x.title.startsWith('Harga beras'))!;
    assert.match((await h.services.stories.record(beras.id)).article.paragraphs.map((p) => p.text).join(' '), /DARI daerah/);
    await page.locator('.find-bar').getByRole('button', { name: 'Tutup' }).click();

    // Metadata: headline, slug, priority Flash, embargo in WIB; the inbox marks the story.
    await page.getByRole('tab', { name: 'Metadata' }).click();
    await page.getByLabel('Judul', { exact: true }).fill('Menhan NATO bahas bantuan bagi Ukraina di Brussel');
    await page.getByLabel('Slug').fill('nato-ukraina-brussel');
    await page.getByLabel('Kanal').fill('Dunia');
    await page.getByLabel('Prioritas').selectOption('flash');
    // Typed as a desk editor reads it: day, month, year, then a 24-hour time (the Indonesian locale).
    await page.getByLabel('Embargo sampai').click({ position: { x: 12, y: 12 } });
    await page.keyboard.type('02012030', { delay: 20 });
    await page.keyboard.press('ArrowRight'); // the year takes up to six digits
    await page.keyboard.type('0900', { delay: 20 });
    assert.equal(await page.getByLabel('Embargo sampai').inputValue(), '2030-01-02T09:00');
    await page.getByRole('button', { name: 'Simpan metadata' }).click();
    await page.locator('.toast', { hasText: 'Metadata tersimpan.' }).waitFor();
    await page.locator('.story-editor .pm-headline', { hasText: 'Menhan NATO bahas bantuan' }).waitFor();
    await page.locator('.notice-embargo', { hasText: 'Rabu, 2 Januari 2030, 09.00 WIB' }).waitFor();
    const row = page.locator('.story-row', { hasText: 'Menhan NATO bahas bantuan' });
    await row.locator('.chip.prio-flash').waitFor();
    await row.locator('.chip.embargo').waitFor();
    await h.shot('metadata');
    const [summary] = h.services.workspace.list().filter((s) => s.title.startsWith('Menhan'));
    const rec = await h.services.stories.record(summary.id);
    assert.equal(rec.article.meta.slug, 'nato-ukraina-brussel');
    assert.equal(rec.article.meta.priority, 'flash');
    assert.equal(rec.article.meta.embargo, '2030-01-02T02:00:00.000Z');

    // Cleaning: the changes are listed first; applying them is a revision of its own.
    await page.getByRole('button', { name: 'Bersihkan…' }).click();
    const clean = page.locator('dialog#clean');
    await clean.locator('.clean-changes li').first().waitFor();
    await h.shot('clean');
    await clean.getByRole('button', { name: 'Terapkan pembersihan' }).click();
    await clean.waitFor({ state: 'detached' });
    assert.equal(await page.locator('.story-editor p[data-role="junk"]').count(), 0, 'junk removed by cleaning');

    // Riwayat: revisions newest first, with what each changed; restoring the import brings the junk back.
    await page.getByRole('tab', { name: 'Riwayat' }).click();
    const revs = page.locator('.rev-list .rev');
    assert.ok(await revs.count() >= 2);
    assert.match(await revs.first().innerText(), /Pembersihan/);
    await page.locator('.diff del, .diff ins').first().waitFor();
    await h.shot('history');
    await revs.last().click();
    await page.getByRole('button', { name: 'Pulihkan versi ini' }).click();
    await page.locator('.story-editor p[data-role="junk"]').waitFor();
    assert.match(await revs.first().innerText(), /Pemulihan/);

    // Ralat: a correction is a new version linked to the published one, opened in its own tab.
    await page.getByRole('tab', { name: 'Metadata' }).click();
    await page.getByRole('button', { name: 'Buat ralat' }).click();
    await page.locator('.story-toolbar .chip.ralat').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.tab').length === 2);

    // The open tabs come back after a restart of the window.
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.tab').length === 2);
    await page.locator('.story-toolbar .chip.ralat').waitFor();

    // A batch in progress shows a bar with a cancel button.
    h.emit('batch:progress', { batchId: 'b-1', kind: 'import', done: 3, total: 10, current: 'kiriman-03.txt', finished: false });
    const bar = page.locator('.progress-item');
    await bar.waitFor();
    assert.match(await bar.innerText(), /Mengimpor 3\/10/);
    await bar.getByRole('button', { name: 'Batal' }).click();
    await bar.waitFor({ state: 'detached' });
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});
