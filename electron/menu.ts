// The application menu in Bahasa Indonesia (English on request), as a pure template so tests can
// check its labels and shortcuts without Electron. Its words come from the page's own catalogue
// (renderer/src/i18n), so there is one catalogue for every string the editor reads.
import type { MenuCommand } from './ipc/contract.ts';
import { translator, type Lang } from '../renderer/src/i18n/translate.ts';

export interface MenuItemSpec {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: 'separator';
  command?: MenuCommand;
  submenu?: MenuItemSpec[];
}

export function menuTemplate(lang: Lang = 'id', platform: NodeJS.Platform = process.platform): MenuItemSpec[] {
  const t = translator(lang);
  const mac = platform === 'darwin';
  const settings: MenuItemSpec = { label: t('menu.settings'), accelerator: 'CmdOrCtrl+,', command: 'settings' };
  const quit: MenuItemSpec = { label: t('menu.quit'), role: 'quit', accelerator: 'CmdOrCtrl+Q' };
  // On macOS the first menu is the application's own (named after the app): Tentang, Pengaturan,
  // Sembunyikan (Cmd+H), Keluar live there, as the platform's guidelines ask.
  const appMenu: MenuItemSpec[] = mac ? [{ label: t('app.title'), role: 'appMenu', submenu: [
    { label: t('menu.about'), role: 'about' },
    { type: 'separator' },
    settings,
    { type: 'separator' },
    { label: t('menu.hide'), role: 'hide', accelerator: 'Cmd+H' },
    { label: t('menu.hideOthers'), role: 'hideOthers', accelerator: 'Cmd+Alt+H' },
    { label: t('menu.unhide'), role: 'unhide' },
    { type: 'separator' },
    quit,
  ] }] : [];
  return [
    ...appMenu,
    { label: t('menu.file'), submenu: [
      { label: t('menu.import'), accelerator: 'CmdOrCtrl+I', command: 'import' },
      { label: t('menu.export'), accelerator: 'CmdOrCtrl+E', command: 'export' },
      ...(mac ? [] : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, quit]),
    ] },
    { label: t('menu.edit'), submenu: [
      { label: t('menu.undo'), role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: t('menu.redo'), role: 'redo', accelerator: 'CmdOrCtrl+Shift+Z' },
      { type: 'separator' },
      { label: t('menu.cut'), role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: t('menu.copy'), role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: t('menu.paste'), role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: t('menu.selectAll'), role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      { type: 'separator' },
      { label: t('menu.find'), accelerator: 'CmdOrCtrl+F', command: 'find' },
    ] },
    { label: t('menu.view'), submenu: [
      { label: t('menu.archive'), accelerator: 'CmdOrCtrl+Shift+F', command: 'archive' },
      { type: 'separator' },
      { label: t('menu.zoomIn'), role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { label: t('menu.zoomOut'), role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { label: t('menu.resetZoom'), role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { label: t('menu.fullscreen'), role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
    ] },
    { label: t('menu.help'), submenu: [{ label: t('menu.shortcuts'), accelerator: 'F1', command: 'shortcuts' }] },
  ];
}
