// The sandboxed preload: builds `window.meja` from the contract over ipcRenderer, one narrow
// function per action. Bundled as CommonJS (a sandboxed preload cannot be an ES module).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi } from '../ipc/api.ts';
import { EVENTS, type MejaApi } from '../ipc/contract.ts';
import { DROP_KEY_ARG } from '../security/policies.ts';

const api: MejaApi = buildApi({
  invoke: (channel, args) => ipcRenderer.invoke(channel, args),
  on: (event, cb) => {
    if (!EVENTS.includes(event)) throw new Error(`unknown event ${event}`);
    const listener = (_e: unknown, payload: unknown) => cb(payload);
    ipcRenderer.on(event, listener);
    return () => ipcRenderer.removeListener(event, listener);
  },
  getPathForFile: (file) => webUtils.getPathForFile(file),
  // Main passes its per-launch drop key as an extra argument (secureWebPreferences); the page's
  // world has no `process`, so only this preload can prove a path came from a real dropped File.
  dropKey: process.argv.find((a) => a.startsWith(DROP_KEY_ARG))?.slice(DROP_KEY_ARG.length),
}) satisfies MejaApi;

contextBridge.exposeInMainWorld('meja', api);
