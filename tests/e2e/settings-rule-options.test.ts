// Pengaturan: a rule's options, edited in a form made from the rule's schema. The open story's live
// checks follow at once, a bad value is refused with a message and saves nothing, "Kembalikan
// bawaan" restores the defaults, and the options travel in the exported profile JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startHarness } from './harness.ts';
import { dismissToasts, dropSeed } from './helpers.ts';

async function until(ok: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const EDITOR_MISSING = 'Baris kredit "Editor:" belum ada.';
const REPORTER_MISSING = 'Baris kredit "Pewarta:" belum ada.';

test('Pengaturan: rule options per profile, live checks, a refused value, reset, export and import', async () => {
  const h = await startHarness();
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'meja-opsi-'));
  try {
    await h.open();
    const { page } = h;
    await dropSeed(page);
    const panel = page.locator('.checks-panel');
    const finding = (text: string) => panel.locator('.finding-item', { hasText: text });
    await finding(EDITOR_MISSING).waitFor();
    await finding('pakai konvensi kurung desk ("[...]")').waitFor();
    await dismissToasts(page);

    await page.keyboard.press('Control+,');
    const dialog = page.locator('dialog#settings');
    await dialog.waitFor();
    await dialog.locator('.rule-settings summary').click();
    // A rule without options has no button; one with options opens its form.
    assert.equal(await dialog.locator('tr[data-rule="structure/headline-missing"] button').count(), 0);
    const openOptions = async (id: string) => {
      const button = dialog.getByRole('button', { name: `Opsi… ${id}`, exact: true });
      await button.click();
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      const group = dialog.getByRole('group', { name: `Opsi ${id} untuk profil ini` });
      await group.waitFor();
      return group;
    };

    // Credit lines: only `Pewarta:` required from now on; the rule's default is shown.
    const credits = await openOptions('structure/credits-missing');
    await credits.getByText('Bawaan: Pewarta, Editor').waitFor();
    assert.equal(await credits.getByLabel('Editor', { exact: true }).isChecked(), true);
    await credits.getByLabel('Editor', { exact: true }).uncheck();
    // The cut mark of a quote: a text option.
    const ellipsis = await openOptions('attribution/ellipsis-quote');
    await ellipsis.getByText('Bawaan: [...]').waitFor();
    await ellipsis.getByLabel('Penanda bagian kutipan yang dihilangkan').fill('(...)');
    await credits.scrollIntoViewIfNeeded();
    await h.shot('settings-rule-options');

    await dialog.getByRole('button', { name: 'Simpan profil' }).click();
    await page.locator('.toast', { hasText: /Profil .* tersimpan/ }).waitFor();
    // Saved into the built-in profile for this desk, as on/off and severity are; only what differs.
    assert.deepEqual(h.services.profiles.get('antara')!.rules, {
      'structure/credits-missing': { options: { required: ['reporter'] } },
      'attribution/ellipsis-quote': { options: { cut: '(...)' } },
    });
    await dialog.locator('tr[data-rule="structure/credits-missing"] .chip', { hasText: 'diubah' }).waitFor();

    // The live checks of the open story follow at once.
    await page.keyboard.press('Escape');
    await finding(EDITOR_MISSING).waitFor({ state: 'detached' });
    await finding(REPORTER_MISSING).waitFor();
    await finding('pakai konvensi kurung desk ("(...)")').waitFor();

    // The profile goes out as one JSON file, options included.
    const file = path.join(out, 'profil-antara.json');
    h.dialogAnswers.saveFile.push(file);
    await page.keyboard.press('Control+,');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ekspor profil…' }).click();
    await page.locator('.toast', { hasText: 'Profil disimpan ke' }).waitFor();
    assert.deepEqual(JSON.parse(await fs.readFile(file, 'utf8')).rules['structure/credits-missing'], { options: { required: ['reporter'] } });

    // A value outside the schema: a message at the field and in the toast, and nothing saved.
    await dialog.locator('.rule-settings summary').click();
    const headline = await openOptions('structure/headline-too-long');
    const maxWords = headline.getByLabel('Panjang judul paling banyak (kata)');
    assert.equal(await maxWords.inputValue(), '14');
    await maxWords.fill('2');
    await headline.getByText('Paling kecil 3.').waitFor();
    assert.equal(await maxWords.getAttribute('aria-invalid'), 'true');
    const before = JSON.stringify(h.services.profiles.list());
    await dialog.getByRole('button', { name: 'Simpan profil' }).click();
    await page.locator('.toast', { hasText: 'Profil tidak tersimpan: opsi structure/headline-too-long tidak sah. Panjang judul paling banyak (kata): Paling kecil 3.' }).waitFor();
    assert.equal(JSON.stringify(h.services.profiles.list()), before, 'nothing saved');

    // "Kembalikan bawaan": the rule's defaults again, and the profile drops its options.
    await headline.getByRole('button', { name: 'Kembalikan bawaan' }).click();
    assert.equal(await maxWords.inputValue(), '14');
    assert.equal(await headline.getByText('Paling kecil 3.').count(), 0);
    for (const id of ['structure/credits-missing', 'attribution/ellipsis-quote']) {
      await (await openOptions(id)).getByRole('button', { name: 'Kembalikan bawaan' }).click();
    }
    await dialog.getByRole('button', { name: 'Simpan profil' }).click();
    await until(() => Object.keys(h.services.profiles.get('antara')!.rules).length === 0);
    await page.keyboard.press('Escape');
    await finding(EDITOR_MISSING).waitFor();
    await finding('pakai konvensi kurung desk ("[...]")').waitFor();

    // Importing the exported file brings the options back, in the form and in the live checks.
    h.dialogAnswers.openFiles.push([file]);
    await page.keyboard.press('Control+,');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Impor profil…' }).click();
    await page.locator('.toast', { hasText: 'Profil desk diimpor.' }).waitFor();
    assert.deepEqual(h.services.profiles.get('antara')!.rules['structure/credits-missing'], { options: { required: ['reporter'] } });
    await dialog.locator('.rule-settings summary').click();
    assert.equal(await (await openOptions('structure/credits-missing')).getByLabel('Editor', { exact: true }).isChecked(), false);
    await page.keyboard.press('Escape');
    await finding(EDITOR_MISSING).waitFor({ state: 'detached' });
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
    await fs.rm(out, { recursive: true, force: true });
  }
});
