// Pengaturan: a desk switches a rule off and changes a rule's severity in its profile, and makes a
// new desk profile from a built-in one, without editing JSON by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.ts';
import { dropSeed } from './helpers.ts';

test('Pengaturan: rules on/off and severity per profile; a new profile from a built-in', async () => {
  const h = await startHarness();
  try {
    await h.open();
    const { page } = h;
    await dropSeed(page);
    const panel = page.locator('.checks-panel');
    await panel.locator('.finding-item', { hasText: '"para" hanya untuk orang' }).waitFor();
    assert.match(String(await panel.locator('.finding-item', { hasText: 'Judul berita belum ada' }).getAttribute('class')), /sev-error/);

    await page.keyboard.press('Control+,');
    const dialog = page.locator('dialog#settings');
    await dialog.waitFor();
    await dialog.locator('.rule-settings summary').click();
    await dialog.locator('tr[data-rule="language/para"] input[type="checkbox"]').uncheck();
    await dialog.getByLabel('Tingkat structure/headline-missing').selectOption('warning');
    await h.shot('settings-rules');
    await dialog.getByRole('button', { name: 'Simpan profil' }).click();
    await page.locator('.toast', { hasText: /Profil .* tersimpan/ }).waitFor();
    const saved = h.services.profiles.get('antara')!;
    assert.deepEqual(saved.rules['language/para'], { enabled: false });
    assert.deepEqual(saved.rules['structure/headline-missing'], { severity: 'warning' });

    // The live checks follow the profile at once.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.checks-panel')?.textContent?.includes('"para" hanya untuk orang'));
    assert.match(String(await panel.locator('.finding-item', { hasText: 'Judul berita belum ada' }).getAttribute('class')), /sev-warning/);

    // A new desk profile starts from the one shown, rules included.
    await page.keyboard.press('Control+,');
    await dialog.waitFor();
    await dialog.getByLabel(/Profil baru dari .*: nama/).fill('Desk Ekonomi');
    await dialog.getByRole('button', { name: 'Buat profil baru' }).click();
    await page.locator('.toast', { hasText: /Profil Desk Ekonomi dibuat/ }).waitFor();
    const made = h.services.profiles.get('desk-ekonomi');
    assert.ok(made, 'the new profile is saved');
    assert.equal(made.name, 'Desk Ekonomi');
    assert.deepEqual(made.rules['language/para'], { enabled: false });
    // Its name again is refused, with a message.
    await dialog.getByLabel(/Profil baru dari .*: nama/).fill('Desk Ekonomi');
    await dialog.getByRole('button', { name: 'Buat profil baru' }).click();
    await page.locator('.toast', { hasText: /sudah ada/ }).waitFor();
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});
