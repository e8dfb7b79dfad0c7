// The sandboxed preload: builds `window.meja` from the contract over ipcRenderer, one narrow
// function per action. Bundled as CommonJS (a sandboxed preload cannot be an ES module).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi } from '../ipc/api.ts';
import { EVENTS, type MejaApi } from '../ipc/contract.ts';

const api: MejaApi = buildApi({
  invoke: (channel, args) => ipcRenderer.invoke(channel, args),
  on: (event, cb) => {
    if (!EVENTS.includes(event)) throw new Error(`unknown event ${event}`);
    const listener = (_e: unknown, payload: unknown) => cb(payload);
    ipcRenderer.on(event, listener);
    return () => ipcRenderer.removeListener(event, listener);
  },
  getPathForFile: (file) => webUtils.getPathForFile(file),
}) satisfies MejaApi;

contextBridge.exposeInMainWorld('meja', api);
