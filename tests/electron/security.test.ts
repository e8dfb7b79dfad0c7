// The window's policies, proved under Node without an Electron binary (the Electron tier proves
// them again where one exists).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { injectCsp } from '../../scripts/vite-csp.ts';
import {
  allowNavigation, CONTENT_SECURITY_POLICY, cspForMeta, DROP_KEY_ARG, isTrustedExternalUrl, permissionDecision, secureWebPreferences, windowOpenDecision,
} from '../../electron/security/policies.ts';
import { isPlainAbsolute, PathGrants } from '../../electron/security/path-grants.ts';
import { isTrustedSender } from '../../electron/ipc/register.ts';
import { menuTemplate, type MenuItemSpec } from '../../electron/menu.ts';
import { restoreBounds } from '../../electron/window-state.ts';
import { translator } from '../../renderer/src/i18n/translate.ts';

const APP = 'file:///opt/meja/dist/renderer/index.html';

test('the renderer gets no Node, an isolated world and the sandbox', () => {
  const p = secureWebPreferences('/x/preload.cjs');
  assert.equal(p.nodeIntegration, false);
  assert.equal(p.contextIsolation, true);
  assert.equal(p.sandbox, true);
  assert.equal(p.webSecurity, true);
  assert.equal(p.webviewTag, false);
  assert.equal(p.nodeIntegrationInSubFrames, false);
  // The drop key rides to the preload as an argument (the page's world has no process.argv).
  assert.deepEqual(p.additionalArguments, []);
  assert.deepEqual(secureWebPreferences('/x/preload.cjs', 'abc').additionalArguments, [`${DROP_KEY_ARG}abc`]);
});

test('the CSP allows only the app itself', () => {
  assert.match(CONTENT_SECURITY_POLICY, /default-src 'self'/);
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
  assert.match(CONTENT_SECURITY_POLICY, /connect-src 'none'/);
  assert.match(CONTENT_SECURITY_POLICY, /object-src 'none'/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
});

test('the CSP meta tag of the page is generated from the same constant (minus frame-ancestors, header-only)', () => {
  const html = injectCsp(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8'));
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);
  assert.equal(metas.length, 1);
  const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
  assert.equal(metas[0], expected);
  assert.equal(cspForMeta(), expected);
  assert.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
  assert.throws(() => injectCsp('<meta http-equiv="Content-Security-Policy" content="default-src *">'), /placeholder/);
});

test('navigation away from the app page is denied', () => {
  assert.equal(allowNavigation(APP, APP), true);
  assert.equal(allowNavigation(`${APP}#arsip`, APP), true);
  for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<b>x', 'not a url']) {
    assert.equal(allowNavigation(url, APP), false, url);
  }
});

test('new windows are always denied; only allow-listed https links go to the browser', () => {
  assert.deepEqual(windowOpenDecision('https://www.antaranews.com/berita/1'), { action: 'deny', openExternally: true });
  assert.deepEqual(windowOpenDecision('http://www.antaranews.com/'), { action: 'deny', openExternally: false });
  assert.equal(isTrustedExternalUrl('https://kompas.com/read/1'), true);
  assert.equal(isTrustedExternalUrl('https://antaranews.com.evil.example/'), false);
  assert.equal(isTrustedExternalUrl('https://user:pw@antaranews.com/'), false);
  assert.equal(isTrustedExternalUrl('https://antaranews.com:8443/'), false);
  assert.equal(isTrustedExternalUrl('javascript:alert(1)'), false);
  assert.equal(isTrustedExternalUrl('file:///etc/passwd'), false);
});

test('every permission request is denied', () => {
  for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal']) {
    assert.equal(permissionDecision(p), false);
  }
});

test('IPC is answered only for the app page', () => {
  assert.equal(isTrustedSender(APP, APP), true);
  assert.equal(isTrustedSender('https://evil.example/', APP), false);
  assert.equal(isTrustedSender(undefined, APP), false);
});

test('main reads only granted paths: no traversal, no system folders', () => {
  const grants = new PathGrants(() => ['/data/meja', null]);
  assert.equal(isPlainAbsolute('/home/redaksi/../../etc/passwd'), false);
  assert.equal(isPlainAbsolute('relative/file.txt'), false);
  assert.equal(grants.allowed('/data/meja/workspace/index.json'), true);
  assert.equal(grants.allowed('/data/meja/../../etc/passwd'), false);
  assert.equal(grants.allowed('/home/redaksi/berita.txt'), false);
  assert.deepEqual(grants.grant(['/home/redaksi/berita.txt', '/etc/shadow', '../../etc/passwd']), ['/home/redaksi/berita.txt']);
  assert.equal(grants.allowed('/home/redaksi/berita.txt'), true);
  assert.throws(() => grants.check(['/home/redaksi/lain.txt']), /path refused/);
});

test('grants judge the real path: a symlink to a system file or out of a root is refused', async () => {
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'meja-grant-'));
  const out = await fsp.mkdtemp(path.join(os.tmpdir(), 'meja-out-'));
  await fsp.writeFile(path.join(out, 'rahasia.txt'), 'x');
  await fsp.symlink('/etc/hostname', path.join(root, 'host.txt'));
  await fsp.symlink(path.join(out, 'rahasia.txt'), path.join(root, 'keluar.txt'));
  await fsp.symlink('/etc', path.join(root, 'sistem'));
  const grants = new PathGrants(() => [root]);
  assert.equal(grants.allowed(path.join(root, 'host.txt')), false);
  assert.equal(grants.allowed(path.join(root, 'keluar.txt')), false);
  assert.equal(grants.allowed(path.join(root, 'sistem', 'passwd')), false);
  assert.equal(grants.allowed(path.join(root, 'belum-ada.txt')), true);
  assert.deepEqual(grants.grant([path.join(root, 'host.txt'), path.join(root, 'sistem')]), []);
  await fsp.rm(root, { recursive: true });
  await fsp.rm(out, { recursive: true });
});

test('the menu speaks Bahasa Indonesia with the standard shortcuts', () => {
  const m = menuTemplate('id');
  assert.deepEqual(m.map((x) => x.label), ['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
  const flat = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
  const byLabel = new Map(flat(m).map((i) => [i.label, i]));
  assert.equal(byLabel.get('Impor…')?.accelerator, 'CmdOrCtrl+I');
  assert.equal(byLabel.get('Ekspor…')?.accelerator, 'CmdOrCtrl+E');
  assert.equal(byLabel.get('Keluar')?.role, 'quit');
  assert.equal(byLabel.get('Arsip')?.accelerator, 'CmdOrCtrl+Shift+F');
  assert.equal(byLabel.get('Urungkan')?.role, 'undo');
  // Find is Ctrl+F as the README and the page say; Cmd+H stays macOS's Hide.
  assert.equal(byLabel.get('Cari dan Ganti…')?.accelerator, 'CmdOrCtrl+F');
  assert.ok(flat(m).every((i) => i.accelerator !== 'CmdOrCtrl+H'));
  assert.deepEqual(menuTemplate('en').map((x) => x.label), ['File', 'Edit', 'View', 'Help']);
});

test('the menu words come from the one catalogue, in the chosen language; macOS gets its app menu', () => {
  const flat = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
  for (const lang of ['id', 'en'] as const) {
    const t = translator(lang);
    const labels = flat(menuTemplate(lang, 'linux')).map((i) => i.label).filter(Boolean);
    for (const key of ['menu.file', 'menu.import', 'menu.export', 'menu.quit', 'menu.find', 'menu.archive'] as const) assert.ok(labels.includes(t(key)), `${lang} ${key}`);
  }
  const mac = menuTemplate('id', 'darwin');
  assert.equal(mac[0].role, 'appMenu');
  assert.deepEqual(mac.slice(1).map((x) => x.label), ['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
  const appItems = flat(mac[0].submenu ?? []);
  assert.ok(appItems.some((i) => i.role === 'hide' && i.accelerator === 'Cmd+H'));
  assert.ok(appItems.some((i) => i.role === 'quit'));
  assert.ok(appItems.some((i) => i.command === 'settings'));
  // Keluar and Pengaturan are not listed twice on macOS.
  assert.equal(flat(mac).filter((i) => i.role === 'quit').length, 1);
});

test('the window reopens where it was, unless that is off every screen', () => {
  const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  assert.deepEqual(restoreBounds({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, screens), { x: 100, y: 50, width: 1200, height: 800, maximized: false });
  const off = restoreBounds({ x: 5000, y: 50, width: 1200, height: 800, maximized: true }, screens);
  assert.equal(off.x, undefined);
  assert.equal(off.maximized, true);
  assert.equal(restoreBounds(null, screens).width, 1440);
});
