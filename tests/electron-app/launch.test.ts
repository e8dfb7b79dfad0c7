// The real Electron app: window, menu, an IPC round trip, and blocked navigation. Runs where an
// Electron binary is present (a user's machine, or ELECTRON_OVERRIDE_DIST_PATH); says why it skips
// otherwise — Electron downloads its binary on first start, and this machine cannot reach it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
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

test('the desktop app launches with its menu, a sandboxed window and working IPC', async (t) => {
  const bin = electronBinary();
  if (!bin.path) {
    const why = `skipped: ${bin.why}; set ELECTRON_OVERRIDE_DIST_PATH or run where Electron can download its binary`;
    console.log(why);
    t.skip(why);
    return;
  }
  const build = spawnSync(process.execPath, ['scripts/build-electron.js'], { cwd: ROOT, stdio: 'inherit' });
  assert.equal(build.status, 0);
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html')), 'run npm run build:renderer first');
  const { _electron } = await import('playwright-core');
  const data = await tempDir();
  const app = await _electron.launch({ executablePath: bin.path, args: [ROOT, '--no-sandbox'], env: { ...process.env, MEJA_DATA_DIR: data } });
  try {
    const win = await app.firstWindow();
    assert.equal(await win.title(), 'Meja Redaksi');
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label));
    assert.deepEqual(labels, ['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    // The page runs with no Node: no process, no require, and only the narrow bridge.
    assert.equal(await win.evaluate(() => typeof (window as unknown as { process?: unknown }).process), 'undefined');
    const info = await win.evaluate(() => (window as unknown as { meja: { appInfo(a: object): Promise<{ dataDir: string }> } }).meja.appInfo({}));
    assert.equal(info.dataDir, data);
    assert.equal(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require), 'undefined');
    const before = win.url();
    await win.evaluate(() => { window.location.href = 'https://example.com/'; }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(win.url(), before, 'navigation away is blocked');
  } finally {
    await app.close();
  }
});
