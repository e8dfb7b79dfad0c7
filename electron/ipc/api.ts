// Builds `window.meja` from the contract: one narrow function per channel. The preload passes
// Electron's ipcRenderer as the transport; the browser tests pass Playwright's exposed binding.
// Nothing here exposes a generic invoke: each function is bound to its own channel.
import { contract, INTERNAL_CHANNELS, type Channel, type EventName, type EventPayloads, type MejaApi } from './contract.ts';

export interface Transport {
  invoke(channel: Channel, args: unknown): Promise<unknown>;
  on(event: EventName, cb: (payload: unknown) => void): () => void;
  /** Electron's webUtils.getPathForFile; absent (or '') in a plain browser. */
  getPathForFile?: (file: File) => string;
  /** The per-launch key main handed the preload (process.argv); never reaches the page. */
  dropKey?: string;
}

export function buildApi(t: Transport): MejaApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(contract) as Channel[]) {
    if ((INTERNAL_CHANNELS as readonly string[]).includes(name)) continue;
    const channelName = name;
    api[contract[channelName].method] = (args: unknown = {}) => t.invoke(channelName, args);
  }
  api.onProgress = (cb: (e: EventPayloads['batch:progress']) => void) => t.on('batch:progress', cb as (p: unknown) => void);
  api.onStoriesChanged = (cb: (e: EventPayloads['stories:changed']) => void) => t.on('stories:changed', cb as (p: unknown) => void);
  api.onMenuCommand = (cb: (e: EventPayloads['menu:command']) => void) => t.on('menu:command', cb as (p: unknown) => void);
  api.onNotice = (cb: (e: EventPayloads['notices:added']) => void) => t.on('notices:added', cb as (p: unknown) => void);
  api.importFiles = async (files: File[]) => {
    const paths = files.map((f) => t.getPathForFile?.(f) ?? '');
    if (paths.length > 0 && paths.every((p) => p) && t.dropKey) return t.invoke('stories:import-dropped', { paths, dropKey: t.dropKey });
    const out = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    return t.invoke('stories:import-bytes', { files: out });
  };
  return Object.freeze(api) as unknown as MejaApi;
}
