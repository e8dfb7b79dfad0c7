// Pengaturan and Impor: the language and theme switch at once, the desk's word list changes the live
// checks, and Ctrl+I imports a batch of files (one bad file does not stop the others).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, SEED, startHarness } from './harness.ts';

const IMPORTS = path.join(ROOT, 'tests', 'fixtures', 'import');

test('Ctrl+I imports a batch; Pengaturan switches language, theme and the desk word list', async () => {
  const h = await startHarness();
  try {
    await h.open();
    const { page } = h;
    h.dialogAnswers.openFiles.push([SEED, path.join(IMPORTS, 'story-cp1252.txt'), path.join(IMPORTS, 'rss.xml'), path.join(IMPORTS, 'empty.txt')]);
    await page.keyboard.press('Control+i');
    await page.locator('.toast', { hasText: /berita diimpor/ }).waitFor();
    await page.locator('.toast', { hasText: /empty\.txt tidak dapat diimpor/ }).waitFor();
    const count = await page.locator('.story-row').count();
    assert.ok(count >= 3, `${count} stories in the inbox`);

    await page.locator('.story-row', { hasText: 'Para menteri pertahanan' }).click();
    await page.locator('.story-editor p[data-role="lead"]').waitFor();

    // The desk's own word swap: "pertemuan" → "rapat" (a test of the list, not of good Indonesian).
    await page.keyboard.press('Control+,');
    const dialog = page.locator('dialog#settings');
    await dialog.waitFor();
    const subs = dialog.getByLabel('Kata tidak baku → baku');
    await subs.fill(`${await subs.inputValue()}\npertemuan = rapat`);
    // The Baca juga window is the desk's to set too.
    await dialog.getByLabel('Jangkauan saran Baca juga (bulan)').fill('12');
    await dialog.getByRole('button', { name: 'Simpan profil' }).click();
    await page.locator('.toast', { hasText: /Profil .* tersimpan/ }).waitFor();
    assert.equal(h.services.profiles.get('antara')?.substitutions.pertemuan, 'rapat');
    assert.equal(h.services.profiles.get('antara')?.bacaJugaWindowMonths, 12);

    // Language and theme apply at once and are kept.
    await dialog.getByLabel('Tema').selectOption('dark');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await dialog.getByLabel('Bahasa antarmuka').selectOption('en');
    await dialog.getByRole('heading', { name: 'Settings' }).waitFor();
    await h.shot('settings-profile-en-dark');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await page.getByRole('tab', { name: /^Checks/ }).click();
    await page.locator('.checks-panel', { hasText: /rapat/ }).waitFor();
    assert.equal(h.services.settings.get().language, 'en');
    assert.equal(h.services.settings.get().theme, 'dark');
    await page.reload();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});
