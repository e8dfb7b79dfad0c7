// The Ekspor dialog (Ctrl+E): preview, the findings with a confirm, export to NITF and WXR files,
// "Salin sebagai HTML" through the narrow clipboard call; the exported story is then in the archive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startHarness } from './harness.ts';
import { dropSeed, pasteOutside } from './helpers.ts';
import { checkWxr } from '../../electron/services/validate/index.ts';

test('Ekspor: preview, confirm the errors, NITF and WXR files, copy as HTML, found in the archive', async () => {
  const h = await startHarness();
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'meja-e2e-out-'));
  try {
    await h.open();
    const { page } = h;
    await dropSeed(page);
    await page.keyboard.press('Control+e');
    const dialog = page.locator('dialog#export');
    await dialog.waitFor();
    await dialog.locator('pre', { hasText: 'nitf' }).waitFor();
    assert.match(await dialog.locator('pre').innerText(), /<nitf[\s>]/);
    // The missing headline is an error: listed, and the export waits for the editor's confirmation.
    assert.match(await dialog.locator('.export-findings').innerText(), /Judul berita belum ada/);
    const run = dialog.getByRole('button', { name: 'Ekspor (1)' });
    assert.equal(await run.isDisabled(), true);
    await dialog.getByLabel(/Saya sudah melihat 1 kesalahan/).check();
    await h.shot('export');

    h.dialogAnswers.chooseFolder.push(out);
    await run.click();
    await dialog.locator('.export-results li.ok-text').waitFor();
    let files = await fs.readdir(out);
    assert.equal(files.filter((f) => f.endsWith('.xml')).length, 1, files.join(', '));

    // The WordPress preset: WXR, into the same folder.
    await dialog.getByRole('button', { name: 'WordPress desk' }).click();
    await dialog.locator('pre', { hasText: 'wxr_version' }).waitFor();
    // Another format: the editor confirms the errors again.
    assert.equal(await run.isDisabled(), true);
    await dialog.getByLabel(/Saya sudah melihat 1 kesalahan/).check();
    h.dialogAnswers.chooseFolder.push(out);
    await run.click();
    // The NITF export's result is still listed: wait for the WXR file's own line, not any result
    // (then a fixed pause, too short on a busy machine, hoped the file was there).
    await dialog.locator('.export-results li.ok-text', { hasText: '.wxr.xml' }).waitFor();
    files = await fs.readdir(out);
    assert.equal(files.length, 2, files.join(', '));
    const wxr = await fs.readFile(path.join(out, files.find((f) => f.endsWith('.wxr.xml'))!), 'utf8');
    // A WXR the WordPress importer takes, holding the story as a draft post.
    assert.equal((await checkWxr(wxr)).valid, true);
    assert.equal(wxr.match(/<item>/g)?.length, 1);
    assert.match(wxr, /<wp:status><!\[CDATA\[draft\]\]><\/wp:status>/);
    assert.match(wxr, /<content:encoded><!\[CDATA\[<p>London \(ANTARA\) - /);

    // Salin sebagai HTML: rich HTML and plain text through copyToClipboard.
    await dialog.getByRole('button', { name: 'Salin sebagai HTML' }).click();
    await page.locator('.toast', { hasText: 'Disalin' }).waitFor();
    assert.equal(h.clipboard.length, 1);
    assert.match(h.clipboard[0].html, /<p[ >]/);
    assert.match(h.clipboard[0].text, /Brussel/);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The inbox learns the new status from its own refresh after the export: wait for it.
    await page.waitForFunction(() => document.querySelector('.story-row .chip')?.textContent === 'diekspor');

    // The exported story is now in the archive: search finds it.
    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('searchbox', { name: 'Cari di arsip' }).fill('Wiesbaden komando');
    await page.locator('.hit', { hasText: /menteri pertahanan|NATO/i }).first().waitFor();
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
    await fs.rm(out, { recursive: true, force: true });
  }
});

test('Ekspor: stories ticked in the inbox (Space) go out as one batch: every story\'s errors listed, progress and Cancel in the dialog', async () => {
  const h = await startHarness();
  try {
    await h.open();
    const { page } = h;
    await dropSeed(page);
    await pasteOutside(page, 'Jakarta (ANTARA) - Harga beras di pasar induk turun pada Rabu.\n\nPedagang mengatakan pasokan dari daerah lancar.\n\nPewarta: Rina\nEditor: Budi');
    await page.waitForFunction(() => document.querySelectorAll('.story-row').length === 2);
    const list = page.getByRole('listbox', { name: 'Kotak masuk' });
    await list.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    assert.equal(await page.locator('.story-row.ticked').count(), 2);
    await page.keyboard.press('Control+e');
    const dialog = page.locator('dialog#export');
    await dialog.getByLabel('Berita terpilih (2)').check();
    await dialog.getByLabel('Simpan ke berkas (pilih folder)').uncheck();
    // The errors of each ticked story, under its title (the seed has no headline).
    const listed = dialog.locator('.batch-findings > li');
    await listed.first().waitFor();
    assert.match(await dialog.locator('.batch-findings').innerText(), /Judul berita belum ada/);
    const confirm = dialog.locator('label.confirm input');
    assert.match(await dialog.locator('label.confirm').innerText(), /Saya sudah melihat \d+ kesalahan di \d+ dari 2 berita/);
    // A confirmation is for this format: changing it asks again.
    await confirm.check();
    await dialog.getByRole('combobox').selectOption('json');
    // The reset is React's next render: wait for it rather than read the box at once.
    await dialog.locator('label.confirm input:not(:checked)').waitFor({ timeout: 5000 });
    assert.equal(await confirm.isChecked(), false);
    await confirm.check();

    // Hold the batch after its first document so the progress can be seen, then cancel it.
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const stories = h.services.stories;
    const record = stories.recordExport.bind(stories);
    stories.recordExport = async (...a) => { await gate; return record(...a); };
    await dialog.getByRole('button', { name: 'Ekspor (2)' }).click();
    const progress = dialog.locator('.export-progress');
    await progress.getByText('Mengekspor 0/2').waitFor();
    await h.shot('export-batch');
    await progress.getByRole('button', { name: 'Batal' }).click();
    release();
    await dialog.locator('.export-results li.ok-text').waitFor();
    await progress.waitFor({ state: 'detached' });
    // Cancelled after the first story: the second was not exported.
    assert.equal(await dialog.locator('.export-results li').count(), 1);
    await dialog.locator('label.confirm input:not(:checked)').waitFor({ timeout: 5000 });
    assert.equal(await confirm.isChecked(), false, 'the confirmation is reset after an export');
    stories.recordExport = record;

    await confirm.check();
    await dialog.getByRole('button', { name: 'Ekspor (2)' }).click();
    await page.waitForFunction(() => document.querySelectorAll('dialog#export .export-results li.ok-text').length === 2);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.story-row .chip')).filter((c) => c.textContent === 'diekspor').length === 2);
    assert.equal(h.services.archive().stats().stories, 2);
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});

test('the desk profile sets the export choices: site address for WXR links, quotes as <blockquote>, its own presets', async () => {
  const h = await startHarness();
  try {
    // A desk's own preset, as a profile imported in Pengaturan carries it.
    await h.services.profiles.save({ ...h.services.profiles.require('antara'), exportPresets: [{ name: 'Portal daerah', format: 'ninjs', blockquotes: false }] });
    await h.open();
    const { page } = h;
    await dropSeed(page);
    await page.keyboard.press('Control+,');
    const settings = page.locator('dialog#settings');
    await settings.getByLabel('Alamat situs desk (ekspor)').fill('https://desk.contoh.id');
    await settings.getByLabel(/paragraf yang dibuka kutipan langsung menjadi <blockquote>/).check();
    await settings.getByRole('button', { name: 'Simpan profil' }).click();
    await page.locator('.toast', { hasText: /Profil .* tersimpan/ }).waitFor();
    assert.equal(h.services.profiles.get('antara')?.baseUrl, 'https://desk.contoh.id');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+e');
    const dialog = page.locator('dialog#export');
    await dialog.getByRole('button', { name: 'WordPress desk' }).click();
    const pre = dialog.locator('pre', { hasText: 'wxr_version' });
    await pre.waitFor();
    assert.equal(await dialog.getByLabel('Kutipan langsung sebagai <blockquote>').isChecked(), true);
    const wxr = await pre.innerText();
    assert.match(wxr, /<wp:base_site_url>https:\/\/desk\.contoh\.id<\/wp:base_site_url>/);
    assert.match(wxr, /<blockquote><p>"Ukraina akan menjadi anggota NATO/);
    // The desk's preset: its format, and blockquotes off for this export only.
    await dialog.getByRole('button', { name: 'Portal daerah' }).click();
    await dialog.locator('pre', { hasText: '"standard"' }).waitFor();
    assert.equal(await dialog.getByLabel('Kutipan langsung sebagai <blockquote>').isChecked(), false);
    const ninjs = JSON.parse(await dialog.locator('pre').innerText());
    assert.equal(ninjs.standard.name, 'ninjs');
    assert.match(ninjs.uri, /^https:\/\/desk\.contoh\.id\//);
    assert.doesNotMatch(ninjs.bodies[1].value, /<blockquote>/);
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});
