// The application menu in Bahasa Indonesia (English on request), as a pure template so tests can
// check its labels and shortcuts without Electron.
import type { MenuCommand } from './ipc/contract.ts';

export interface MenuItemSpec {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: 'separator';
  command?: MenuCommand;
  submenu?: MenuItemSpec[];
}

const LABELS = {
  id: { file: 'Berkas', import: 'Impor…', export: 'Ekspor…', settings: 'Pengaturan…', quit: 'Keluar', edit: 'Sunting', undo: 'Urungkan', redo: 'Ulangi', cut: 'Potong', copy: 'Salin', paste: 'Tempel', selectAll: 'Pilih Semua', find: 'Cari dan Ganti…', view: 'Tampilan', archive: 'Arsip', zoomIn: 'Perbesar', zoomOut: 'Perkecil', resetZoom: 'Ukuran Asli', fullscreen: 'Layar Penuh', help: 'Bantuan', shortcuts: 'Pintasan Papan Ketik' },
  en: { file: 'File', import: 'Import…', export: 'Export…', settings: 'Settings…', quit: 'Quit', edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All', find: 'Find and Replace…', view: 'View', archive: 'Archive', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', resetZoom: 'Actual Size', fullscreen: 'Full Screen', help: 'Help', shortcuts: 'Keyboard Shortcuts' },
} as const;

export function menuTemplate(lang: 'id' | 'en' = 'id'): MenuItemSpec[] {
  const l = LABELS[lang];
  return [
    { label: l.file, submenu: [
      { label: l.import, accelerator: 'CmdOrCtrl+I', command: 'import' },
      { label: l.export, accelerator: 'CmdOrCtrl+E', command: 'export' },
      { type: 'separator' },
      { label: l.settings, accelerator: 'CmdOrCtrl+,', command: 'settings' },
      { type: 'separator' },
      { label: l.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ] },
    { label: l.edit, submenu: [
      { label: l.undo, role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: l.redo, role: 'redo', accelerator: 'CmdOrCtrl+Shift+Z' },
      { type: 'separator' },
      { label: l.cut, role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: l.copy, role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: l.paste, role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: l.selectAll, role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      { type: 'separator' },
      { label: l.find, accelerator: 'CmdOrCtrl+H', command: 'find' },
    ] },
    { label: l.view, submenu: [
      { label: l.archive, accelerator: 'CmdOrCtrl+Shift+F', command: 'archive' },
      { type: 'separator' },
      { label: l.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { label: l.zoomOut, role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { label: l.resetZoom, role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { label: l.fullscreen, role: 'togglefullscreen', accelerator: 'F11' },
    ] },
    { label: l.help, submenu: [{ label: l.shortcuts, accelerator: 'F1', command: 'shortcuts' }] },
  ];
}
