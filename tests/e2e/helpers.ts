// Small page helpers for the browser tests.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SEED } from './harness.ts';

/** Drops a file on the window the way a file manager does (a DataTransfer with one File). */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(async ({ name, b64 }) => {
    const bin = atob(b64);
    const data = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([data], name, { type: 'text/plain' }));
    const target = document.querySelector('.app') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, b64: Buffer.from(bytes).toString('base64') });
}

/** Drops the seed story (the ANTARA NATO fixture) and waits until its lead is in the editor. */
export async function dropSeed(page: Page): Promise<void> {
  await dropFile(page, path.basename(SEED), await fs.readFile(SEED));
  await page.locator('.story-editor p[data-role="lead"]').waitFor();
}

/**
 * Waits until an as-you-type result list shows the results of the query just typed: its first hit
 * (`first`, a selector) has a highlight matching `mark`. The list keeps the previous query's hits on
 * screen until the new search lands (a pause after the last key, then the search), so "a hit is
 * there" can still be the old list, and a click on it picks a hit the new results then replace.
 */
export async function waitForHits(page: Page, first: string, mark: RegExp): Promise<void> {
  await page.waitForFunction(({ first, source, flags }) => {
    const hit = document.querySelector(first);
    const re = new RegExp(source, flags);
    return !!hit && Array.from(hit.querySelectorAll('mark')).some((m) => re.test(m.textContent ?? ''));
  }, { first, source: mark.source, flags: mark.flags });
}

/** Polls a condition on the test's side (what the page reported through a binding, files on disk) until it holds. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Pastes text (and optionally HTML) outside the editor, as Ctrl+V on the window does. */
export async function pasteOutside(page: Page, text: string, html?: string): Promise<void> {
  await page.evaluate(({ text, html }) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    if (html) dt.setData('text/html', html);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, { text, html });
}

/** Puts the caret at the end of a paragraph (its last line, then End: a wrapped line's End is not the paragraph's). */
export async function caretAtEnd(page: Page, paragraph: Locator): Promise<void> {
  // On a busy machine the page can still shift (panels, toasts) between measuring and clicking:
  // check that the caret really is in the paragraph, and try again when it is not.
  for (let attempt = 0; attempt < 5; attempt++) {
    const box = await paragraph.boundingBox();
    if (!box) throw new Error('paragraph not visible');
    await paragraph.click({ position: { x: box.width - 2, y: box.height - 6 } });
    await page.keyboard.press('End');
    const inside = await paragraph.evaluate((el) => {
      const sel = document.getSelection();
      return !!sel?.anchorNode && el.contains(sel.anchorNode);
    });
    if (inside) return;
    await page.waitForTimeout(200);
  }
  throw new Error('could not place the caret in the paragraph');
}

/** Closes every toast (their × buttons) and waits until none is left: screenshots show the screen, not messages over it. */
export async function dismissToasts(page: Page): Promise<void> {
  const close = page.locator('.toast button.icon');
  // A toast also leaves by itself (3 s): one counted here can be gone before the click reaches it, and
  // a click on a button that no longer exists waits out Playwright's 30 s timeout. Click briefly, count
  // again; the wait for no toast at all below is the check.
  while (await close.count()) await close.first().click({ timeout: 1_000 }).catch(() => undefined);
  await page.locator('.toast').first().waitFor({ state: 'detached' });
}
