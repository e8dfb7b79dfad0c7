// The one registration helper, run against a stand-in for Electron's ipcMain: every channel of the
// contract is registered once, a call from the app's own page reaches the handler, and a call from
// any other frame (or none) is refused before the handler runs. Also: channel names are `noun:verb`,
// and the native dialogs' titles speak the editor's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { registerHandlers } from '../../electron/ipc/register.ts';
import { contract, EVENTS, type Channel } from '../../electron/ipc/contract.ts';
import type { Handlers } from '../../electron/ipc/dispatch.ts';
import { createServices } from '../../electron/services/app-services.ts';
import { createHandlers } from '../../electron/ipc/handlers.ts';
import { tempDir } from '../helpers/tmp.ts';

const APP = 'file:///opt/meja/resources/app.asar/dist/renderer/index.html';
type Listener = (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const registered = new Map<string, Listener>();
  const ipc = {
    handle(channel: string, listener: Listener) {
      assert.ok(!registered.has(channel), `${channel} registered twice`);
      registered.set(channel, listener);
    },
  };
  return { ipc: ipc as unknown as IpcMain, registered };
}

function spyHandlers(calls: string[]): Handlers {
  return new Proxy({}, {
    get: (_t, channel: string) => async (args: unknown) => {
      calls.push(channel);
      return { channel, args };
    },
  }) as Handlers;
}

const from = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } }) as unknown as IpcMainInvokeEvent;

test('registerHandlers registers every contract channel once, and nothing else', () => {
  const { ipc, registered } = fakeIpcMain();
  registerHandlers(ipc, spyHandlers([]), APP);
  assert.deepEqual([...registered.keys()].sort(), Object.keys(contract).sort());
});

test('a call from the app page reaches its handler with validated arguments', async () => {
  const { ipc, registered } = fakeIpcMain();
  const calls: string[] = [];
  registerHandlers(ipc, spyHandlers(calls), APP);
  assert.deepEqual(await registered.get('stories:get')!(from(`${APP}#berita`), { id: 'abc-1' }), { channel: 'stories:get', args: { id: 'abc-1' } });
  await assert.rejects(registered.get('stories:get')!(from(APP), { id: '../x' }), /invalid arguments for stories:get/);
  assert.deepEqual(calls, ['stories:get']);
});

test('a call from another frame, or with no frame, is refused before any handler runs', async () => {
  const { ipc, registered } = fakeIpcMain();
  const calls: string[] = [];
  registerHandlers(ipc, spyHandlers(calls), APP);
  for (const url of ['https://evil.example/', 'file:///tmp/evil.html', 'about:blank', 'devtools://devtools/bundled/index.html', '', undefined]) {
    for (const channel of ['app:get-info', 'stories:delete', 'shell:open-external'] as Channel[]) {
      await assert.rejects(registered.get(channel)!(from(url), channel === 'stories:delete' ? { id: 'a' } : channel === 'shell:open-external' ? { url: 'https://antaranews.com/' } : {}), /untrusted sender/, `${channel} from ${url}`);
    }
  }
  assert.deepEqual(calls, []);
});

// Read-style names kept from the archive work (its view calls them by these names).
const NAMED_BEFORE_THE_RULE = new Set(['archive:related', 'archive:stats']);
const VERBS = new Set(['get', 'list', 'import', 'save', 'set', 'restore', 'delete', 'fix', 'clean', 'export', 'correct', 'replace', 'insert', 'search', 'rebuild', 'cancel', 'choose', 'write', 'open']);

test('every channel is named noun:verb (the verb first after the colon); events noun:happening', () => {
  for (const name of Object.keys(contract)) {
    assert.match(name, /^[a-z]+:[a-z]+(-[a-z]+)*$/, name);
    if (NAMED_BEFORE_THE_RULE.has(name)) continue;
    const verb = name.split(':')[1].split('-')[0];
    assert.ok(VERBS.has(verb), `${name}: "${verb}" is not a verb`);
  }
  for (const e of EVENTS) assert.match(e, /^[a-z]+:[a-z]+$/, e);
});

test('native dialog titles come from the catalogue and follow the language setting', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const titles: string[] = [];
  const handlers = createHandlers(s, {
    version: 'test', emit: () => undefined,
    openFiles: async ({ title }) => { titles.push(title); return null; },
    chooseFolder: async ({ title }) => { titles.push(title); return null; },
    saveFile: async ({ title }) => { titles.push(title); return null; },
    writeClipboard: () => undefined, openExternal: async () => undefined,
  });
  try {
    await handlers['stories:import-dialog']({});
    await handlers['settings:choose-hot-folder']({});
    await s.settings.set({ language: 'en' });
    await handlers['stories:import-dialog']({});
    await handlers['settings:choose-hot-folder']({});
    assert.deepEqual(titles, ['Impor berita', 'Pilih folder panas', 'Import stories', 'Choose the hot folder']);
  } finally {
    await s.close();
  }
});
