// Electron main: only wiring. Policies live in security/, the work in services/, channels in ipc/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { createServices, type Services } from './services/app-services.ts';
import { resolveDataDir } from './services/data-dir.ts';
import { chromiumLocaleSync } from './services/settings.ts';
import { createHandlers } from './ipc/handlers.ts';
import { registerHandlers } from './ipc/register.ts';
import { allowNavigation, CONTENT_SECURITY_POLICY, permissionDecision, secureWebPreferences, windowOpenDecision } from './security/policies.ts';
import { menuTemplate, type MenuItemSpec } from './menu.ts';
import { restoreBounds, type Bounds } from './window-state.ts';
import { translator } from '../renderer/src/i18n/translate.ts';
import type { EventName, EventPayloads } from './ipc/contract.ts';

const appUrl = pathToFileURL(path.join(__dirname, '..', 'dist', 'renderer', 'index.html')).toString();
let win: BrowserWindow | null = null;
let services: Services | null = null;
let lastBounds: Bounds | null = null;

const dataDir = resolveDataDir();
const locale = chromiumLocaleSync(dataDir);
const startupT = translator(locale === 'en-GB' ? 'en' : 'id');

// Chromium's own profile (caches, the page's localStorage) lives inside the data folder too, so a
// portable install or a test's MEJA_DATA_DIR carries everything; set before anything reads it.
app.setPath('userData', path.join(dataDir, 'chromium'));

// Chromium's locale decides how date and time inputs read (the embargo field): the desk's
// dd/mm/yyyy and 24-hour clock in Indonesian. Set before ready, so a language change applies on restart.
app.commandLine.appendSwitch('lang', locale);

// One instance per data folder (the lock is keyed on userData, set above): a second start with the
// same folder focuses the first window instead; another folder runs side by side.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.whenReady().then(start).catch((err) => {
    dialog.showErrorBox(startupT('app.title'), startupT('error.startup', { message: (err as Error).message }));
    app.quit();
  });
}

// Every web contents, including any a bug might create, is held to the same rules.
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (windowOpenDecision(url).openExternally) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

function emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  win?.webContents.send(event, payload);
}

async function start(): Promise<void> {
  services = await createServices(dataDir, { lock: 'app' });
  const handlers = createHandlers(services, {
    version: app.getVersion(),
    emit,
    async openFiles({ title, folders }) {
      const r = await dialog.showOpenDialog(win!, { title, properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'] });
      return r.canceled ? null : r.filePaths;
    },
    async chooseFolder({ title }) {
      const r = await dialog.showOpenDialog(win!, { title, properties: ['openDirectory', 'createDirectory'] });
      return r.canceled ? null : r.filePaths[0] ?? null;
    },
    async saveFile({ title, defaultName }) {
      const r = await dialog.showSaveDialog(win!, { title, defaultPath: defaultName });
      return r.canceled ? null : r.filePath ?? null;
    },
    // The renderer's clipboard permission stays denied; main writes both flavours for it.
    writeClipboard: (html, text) => clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]),
    openExternal: (url) => shell.openExternal(url),
    settingsChanged: (next) => Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronMenu(menuTemplate(next.language)))),
  });
  registerHandlers(ipcMain, handlers, appUrl);

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, cb) => cb(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  ses.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  const settings = services.settings.get();
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronMenu(menuTemplate(settings.language))));
  const bounds = restoreBounds(settings.window, screen.getAllDisplays().map((d) => d.workArea));
  win = new BrowserWindow({
    ...bounds, minWidth: 800, minHeight: 560, show: false, title: 'Meja Redaksi',
    icon: path.join(__dirname, '..', 'build', 'icon.png'),
    // The policy's flags restated literally so that static checkers (electronegativity) see them.
    webPreferences: { ...secureWebPreferences(path.join(__dirname, 'preload.cjs'), handlers.dropKey), contextIsolation: true, nodeIntegration: false, sandbox: true, disableBlinkFeatures: 'Auxclick' },
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());
  // The bounds are taken while the window still exists and written during shutdown, which waits for it.
  win.on('close', () => {
    if (win) lastBounds = { ...win.getNormalBounds(), maximized: win.isMaximized() };
  });
  await win.loadURL(appUrl);
  await services.watchHotFolder((ids) => emit('stories:changed', { ids }));
  // A big archive skips its index check on opening (seconds at 100k stories); do it once idle.
  setTimeout(() => {
    const archive = services?.archive();
    // The check runs in a worker thread (seconds at 100k stories), the rebuild it may call for in
    // steps: the window stays responsive throughout.
    if (archive?.indexCheckPending) {
      void archive.checkIndexAsync()
        .then((sound) => (sound ? undefined : archive.rebuildIndexAsync()))
        .catch((e: unknown) => console.error('archive check', e));
    }
  }, 15_000);
}

function toElectronMenu(items: MenuItemSpec[]): Electron.MenuItemConstructorOptions[] {
  return items.map((it) => {
    if (it.type === 'separator') return { type: 'separator' as const };
    const out: Electron.MenuItemConstructorOptions = { label: it.label, accelerator: it.accelerator };
    if (it.role) out.role = it.role as Electron.MenuItemConstructorOptions['role'];
    if (it.submenu) out.submenu = toElectronMenu(it.submenu);
    // Every command, Impor… included, goes to the page: it runs the same action as the shortcut and
    // reports the batch (how many imported, which files were refused) in its toasts.
    if (it.command) {
      const command = it.command;
      out.click = () => emit('menu:command', { command });
    }
    return out;
  });
}

// Shutdown, once: the window's place, then the services (pending saves, idle revisions, the index,
// the lock). Closing the last window and Keluar (app.quit, which skips window-all-closed) both wait
// for it before the process ends.
let shutdown: Promise<void> | null = null;
let shutDownDone = false;
function shutDown(): Promise<void> {
  shutdown ??= (async () => {
    try {
      if (services && lastBounds) await services.settings.set({ window: lastBounds });
    } catch (err) {
      console.error('saving the window bounds', err);
    }
    await services?.close().catch((err: unknown) => console.error('closing the services', err));
  })().finally(() => {
    shutDownDone = true;
  });
  return shutdown;
}

app.on('window-all-closed', () => {
  void shutDown().then(() => app.quit());
});
app.on('will-quit', (event) => {
  if (shutDownDone) return;
  event.preventDefault();
  void shutDown().then(() => app.quit());
});
