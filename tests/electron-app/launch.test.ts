// The real Electron app proves again what tests/electron/security.test.ts proves of the pure policies:
// the renderer's webPreferences, the CSP in force, navigation, new windows and permissions denied,
// external links only for checked https URLs, IPC and the menu's commands, one instance per data
// folder, and the window's place kept across a restart. Runs where an Electron binary is present (a
// user's machine, or ELECTRON_OVERRIDE_DIST_PATH); says why it skips otherwise — Electron downloads its
// binary on first start, and this machine cannot reach it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { ElectronApplication } from 'playwright-core';
import { cspForMeta } from '../../electron/security/policies.ts';
import { tempDir, ROOT } from '../helpers/tmp.ts';

function electronBinary(): { path: string | null; why: string } {
  // Requiring 'electron' would try to download the binary; look for it first.
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const name = fs.existsSync(path.join(pkg, 'path.txt')) ? fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8') : null;
  if (!override && (!name || !fs.existsSync(path.join(pkg, 'dist', name)))) {
    return { path: null, why: 'no Electron binary in node_modules/electron/dist (Electron downloads it on first start, and this machine cannot reach its download host)' };
  }
  try {
    const p = createRequire(import.meta.url)('electron') as unknown as string;
    if (typeof p === 'string' && fs.existsSync(p)) return { path: p, why: '' };
    return { path: null, why: `the Electron binary is not installed (${p})` };
  } catch (err) {
    return { path: null, why: `the Electron binary is not installed: ${(err as Error).message.split('\n')[0]}` };
  }
}

const bin = electronBinary();
const skip = bin.path ? false : `skipped: ${bin.why}; set ELECTRON_OVERRIDE_DIST_PATH or run where Electron can download its binary`;
if (skip) console.log(skip);

// Chromium's OS-level sandbox cannot start as root (CI containers); the renderer's own `sandbox: true`
// (webPreferences, checked below) does not depend on it. Elsewhere the app runs exactly as shipped.
const CHROMIUM_ARGS = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

let built = false;
function build(): void {
  if (built) return;
  const r = spawnSync(process.execPath, ['scripts/build-electron.js'], { cwd: ROOT, stdio: 'inherit' });
  assert.equal(r.status, 0);
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html')), 'run npm run build:renderer first');
  built = true;
}

async function launch(data: string): Promise<ElectronApplication> {
  build();
  const { _electron } = await import('playwright-core');
  return _electron.launch({ executablePath: bin.path!, args: [ROOT, ...CHROMIUM_ARGS], env: { ...process.env, MEJA_DATA_DIR: data } });
}

type Meja = Record<string, (a: object) => Promise<unknown>>;

test('the desktop app: sandboxed renderer, CSP, denials, checked external links, IPC and menu commands', { skip }, async () => {
  const data = await tempDir();
  const app = await launch(data);
  try {
    const win = await app.firstWindow();
    await win.locator('.inbox').waitFor();
    assert.equal(await win.title(), 'Meja Redaksi');
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label));
    assert.deepEqual(process.platform === 'darwin' ? labels?.slice(1) : labels, ['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);

    // The window's webPreferences as Electron holds them (getLastWebPreferences is Electron's own
    // accessor on WebContents; it is not in the typings, hence the cast).
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
      const p = wc.getLastWebPreferences?.() ?? null;
      return p && { sandbox: p.sandbox, contextIsolation: p.contextIsolation, nodeIntegration: p.nodeIntegration, webviewTag: p.webviewTag };
    });
    if (prefs) assert.deepEqual(prefs, { sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
    else console.log('note: this Electron has no webContents.getLastWebPreferences; the page-side checks below stand alone');

    // The page runs with no Node: no process, no require, and only the narrow bridge.
    assert.equal(await win.evaluate(() => typeof (window as unknown as { process?: unknown }).process), 'undefined');
    assert.equal(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require), 'undefined');
    assert.equal(await win.evaluate(() => typeof (window as unknown as { meja: Meja }).meja.invoke), 'undefined');
    const info = await win.evaluate(() => (window as unknown as { meja: Meja }).meja.appInfo({})) as { dataDir: string };
    assert.equal(info.dataDir, data);

    // The CSP in force is the constant's, and it bites: an inline script does not run.
    assert.equal(await win.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')), cspForMeta());
    assert.equal(await win.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      return (window as unknown as { __inline?: number }).__inline ?? null;
    }), null);

    // New windows are denied; permission requests are denied.
    assert.equal(await win.evaluate(() => window.open('https://example.com/') === null), true);
    assert.equal(app.windows().length, 1);
    assert.equal(await win.evaluate(() => Notification.requestPermission()), 'denied');
    assert.equal(await win.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state), 'denied');

    // External links: only checked https URLs reach the shell (recorded here instead of opening a browser).
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as unknown as { __opened: string[] }).__opened = opened;
      shell.openExternal = async (url: string) => { opened.push(url); };
    });
    const meja = (url: string) => win.evaluate((u) => (window as unknown as { meja: Meja }).meja.openExternal({ url: u }), url);
    assert.deepEqual(await meja('https://www.antaranews.com/berita/1'), { opened: true });
    assert.deepEqual(await meja('http://www.antaranews.com/berita/1'), { opened: false });
    assert.deepEqual(await meja('https://evil.example/'), { opened: false });
    await win.evaluate(() => window.open('https://www.antaranews.com/berita/2'));
    assert.deepEqual(await app.evaluate(() => (globalThis as unknown as { __opened: string[] }).__opened), ['https://www.antaranews.com/berita/1', 'https://www.antaranews.com/berita/2']);

    // A menu click reaches the page: Berkas › Pengaturan… opens the settings dialog.
    await app.evaluate(({ Menu, BrowserWindow }) => {
      const all = (items: Electron.MenuItem[]): Electron.MenuItem[] => items.flatMap((i) => [i, ...all(i.submenu?.items ?? [])]);
      const item = all(Menu.getApplicationMenu()!.items).find((i) => i.label === 'Pengaturan…')!;
      const w = BrowserWindow.getAllWindows()[0];
      item.click(undefined, w, w.webContents);
    });
    await win.locator('dialog#settings').waitFor();
    await win.keyboard.press('Escape');

    const before = win.url();
    await win.evaluate(() => { window.location.href = 'https://example.com/'; }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(win.url(), before, 'navigation away is blocked');
  } finally {
    await app.close();
  }
});

test('one instance per data folder: a second start on the same folder exits; another folder runs beside it', { skip }, async () => {
  const data = await tempDir();
  const first = await launch(data);
  try {
    await (await first.firstWindow()).locator('.inbox').waitFor();
    const second = spawnSync(bin.path!, [ROOT, ...CHROMIUM_ARGS], { env: { ...process.env, MEJA_DATA_DIR: data }, timeout: 30_000 });
    assert.equal(second.error, undefined, 'the second instance quit by itself (no timeout)');
    assert.equal(second.status, 0);
    const other = await launch(await tempDir());
    try {
      await (await other.firstWindow()).locator('.inbox').waitFor();
    } finally {
      await other.close();
    }
  } finally {
    await first.close();
  }
});

test('the window reopens with the size it was closed at', { skip }, async () => {
  const data = await tempDir();
  const app = await launch(data);
  await (await app.firstWindow()).locator('.inbox').waitFor();
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].setBounds({ width: 1013, height: 707 }));
  await app.close();
  const saved = JSON.parse(fs.readFileSync(path.join(data, 'settings.json'), 'utf8')).settings.window;
  assert.equal(saved.width, 1013);
  assert.equal(saved.height, 707);
  const again = await launch(data);
  try {
    await (await again.firstWindow()).locator('.inbox').waitFor();
    const b = await again.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getBounds());
    assert.deepEqual([b.width, b.height], [1013, 707]);
  } finally {
    await again.close();
  }
});
