// The inbox at scale: 5,000 stories in the workspace, a virtualized list (only the rows in view are
// in the DOM), smooth scrolling, arrow keys, filters and sort.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { parseText } from '../../core/parse/index.ts';
import { SEED, startHarness } from './harness.ts';

const TOTAL = 5000;
const PLACES = ['Jakarta', 'Surabaya', 'Medan', 'Makassar', 'Bandung', 'Kupang', 'Ambon', 'Palu'];

test('inbox: 5,000 stories scroll smoothly; keys, filters and sort work', async () => {
  const h = await startHarness();
  try {
    const seed = parseText(await fs.readFile(SEED, 'utf8'));
    const base = Date.now() - TOTAL * 60_000;
    for (let i = 0; i < TOTAL; i += 250) {
      await Promise.all(Array.from({ length: Math.min(250, TOTAL - i) }, (_, k) => {
        const n = i + k;
        const article = structuredClone(seed);
        article.headline = `Berita ${String(n).padStart(4, '0')}: laporan dari ${PLACES[n % PLACES.length]}`;
        if (n % 3 === 0) article.sourceCredits = ['Xinhua'];
        return h.services.workspace.create({
          article,
          original: { text: null, fileName: `b-${n}.txt`, format: 'txt', sha256: n.toString(16).padStart(64, '0') },
          status: (['baru', 'disunting', 'diperiksa', 'diekspor'] as const)[n % 4],
          errorCount: n % 5 === 0 ? 2 : 0,
          now: new Date(base + n * 60_000),
        });
      }));
    }
    await h.services.workspace.flushIndex();
    await h.open();
    const { page } = h;
    await page.locator('.pane-head .muted', { hasText: `${TOTAL} dari ${TOTAL} berita` }).waitFor();
    const rows = await page.locator('.story-row').count();
    assert.ok(rows > 5 && rows < 60, `virtualized: ${rows} rows in the DOM`);
    assert.match(await page.locator('.story-row .row-title').first().innerText(), /Berita 4999/);

    // Scroll the whole list, a frame at a time, and time the frames.
    const frames = await page.evaluate(async () => {
      const list = document.querySelector('.vlist') as HTMLElement;
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 90; i++) {
        list.scrollTop += 1800;
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return { times, rows: document.querySelectorAll('.story-row').length, top: list.scrollTop };
    });
    const sorted = [...frames.times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    assert.ok(median < 50, `median frame ${median.toFixed(1)} ms while scrolling`);
    assert.ok(frames.rows < 60, `still virtualized after scrolling: ${frames.rows}`);
    await h.shot('inbox-5000');

    // Keys: Home, arrows, End, Enter opens the story under the cursor.
    await page.locator('.vlist').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.match(await page.locator('.story-row.cursor .row-title').innerText(), /Berita 4997/);
    await page.keyboard.press('End');
    await page.locator('.story-row.cursor', { hasText: 'Berita 0000' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.story-editor .pm-headline', { hasText: 'Berita 0000' }).waitFor();

    // Filters and sort.
    await page.getByRole('combobox', { name: 'Status' }).first().selectOption('diekspor');
    await page.locator('.pane-head .muted', { hasText: `${TOTAL / 4} dari ${TOTAL} berita` }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).first().selectOption('');
    await page.getByLabel('Hanya yang ada kesalahan').check();
    await page.locator('.pane-head .muted', { hasText: `${TOTAL / 5} dari ${TOTAL} berita` }).waitFor();
    await page.getByLabel('Hanya yang ada kesalahan').uncheck();
    await page.getByRole('combobox', { name: 'Urutkan' }).selectOption('oldest');
    await page.locator('.vlist').focus();
    await page.keyboard.press('Home');
    await page.locator('.story-row.cursor', { hasText: 'Berita 0000' }).waitFor();
    await page.getByRole('searchbox', { name: 'Saring judul…' }).fill('Berita 1234');
    await page.locator('.pane-head .muted', { hasText: `1 dari ${TOTAL} berita` }).waitFor();
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});
