// Every screen in both languages and both themes, written to docs/screenshots/, and axe-core run on
// each: no serious or critical accessibility violation (contrast included) in either theme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { SEED, startHarness, type Harness } from './harness.ts';
import { dropFile } from './helpers.ts';
import { fillArchive } from './archive-data.ts';

const require = createRequire(import.meta.url);
const AXE = await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation { id: string; impact: string; help: string; nodes: string[] }

async function axe(page: Page, where: string): Promise<Violation[]> {
  // Injected through the DevTools protocol (page.evaluate), which the page's CSP does not govern.
  await page.evaluate(AXE);
  const res = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return res.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ ...v, help: `${where}: ${v.help}` }));
}

async function setup(h: Harness): Promise<void> {
  fillArchive(h.services.archive(), 200);
  await h.open();
  await dropFile(h.page, path.basename(SEED), await fs.readFile(SEED));
  await h.page.locator('.story-editor p[data-role="lead"]').waitFor();
  await h.services.settings.set({ editorName: 'Rina Kusuma' });
}

async function screens(h: Harness, lang: 'id' | 'en', theme: 'light' | 'dark', found: Violation[]): Promise<void> {
  const { page } = h;
  await h.services.settings.set({ language: lang });
  await page.emulateMedia({ colorScheme: theme });
  await page.reload();
  await page.locator('.story-row').first().click();
  await page.locator('.story-editor p[data-role="lead"]').waitFor();
  await page.getByRole('tab', { name: new RegExp(`^${lang === 'id' ? 'Pemeriksaan' : 'Checks'}`) }).click();
  await page.locator('.checks-panel').waitFor();
  await page.waitForTimeout(200);
  const tag = `${lang}-${theme}`;
  await h.shot(`story-${tag}`);
  found.push(...await axe(page, `story ${tag}`));

  await page.getByRole('tab', { name: lang === 'id' ? 'Metadata' : 'Metadata' }).click();
  await page.locator('.meta-panel').waitFor();
  await h.shot(`metadata-${tag}`);
  found.push(...await axe(page, `metadata ${tag}`));
  await page.getByRole('tab', { name: lang === 'id' ? 'Riwayat' : 'History' }).click();
  await page.locator('.history-panel').waitFor();
  found.push(...await axe(page, `history ${tag}`));
  await page.getByRole('tab', { name: lang === 'id' ? 'Baca juga' : 'Related' }).click();
  await page.locator('.related-item').first().waitFor();
  found.push(...await axe(page, `related ${tag}`));

  await page.keyboard.press('Control+Shift+F');
  await page.locator('.archive-view input.big').fill('Ukraina NATO');
  await page.locator('.hit').first().waitFor();
  await h.shot(`archive-${tag}`);
  found.push(...await axe(page, `archive ${tag}`));
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+e');
  await page.locator('dialog#export pre').filter({ hasText: 'nitf' }).waitFor();
  await h.shot(`export-${tag}`);
  found.push(...await axe(page, `export ${tag}`));
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+,');
  await page.locator('dialog#settings').waitFor();
  await h.shot(`settings-${tag}`);
  found.push(...await axe(page, `settings ${tag}`));
  // The rules table with every rule's options form open (numbers, a boolean, checkboxes, a word
  // list, a text), one of them holding a refused value and its message.
  const settings = page.locator('dialog#settings');
  await settings.locator('.rule-settings summary').click();
  for (const b of await settings.locator('.rule-options-cell button').all()) await b.click();
  await settings.locator('.rule-options').nth(5).waitFor();
  await settings.locator('.rule-options input[inputmode="numeric"]').first().fill('x');
  await settings.locator('.rule-options .error-text').first().waitFor();
  found.push(...await axe(page, `rule options ${tag}`));
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  await page.locator('dialog#help').waitFor();
  await h.shot(`shortcuts-${tag}`);
  found.push(...await axe(page, `shortcuts ${tag}`));
  await page.keyboard.press('Escape');
}

test('screens in Bahasa Indonesia and English, light and dark; axe-core finds nothing serious', async () => {
  const h = await startHarness();
  try {
    await setup(h);
    const found: Violation[] = [];
    for (const lang of ['id', 'en'] as const) {
      for (const theme of ['light', 'dark'] as const) await screens(h, lang, theme, found);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});

test('the empty desk on first start is accessible and says what to do', async () => {
  const h = await startHarness();
  try {
    await h.open();
    assert.match(await h.page.locator('.welcome').innerText(), /Ctrl\+I/);
    await h.shot('welcome');
    assert.deepEqual(await axe(h.page, 'welcome'), []);
  } finally {
    await h.close();
  }
});
