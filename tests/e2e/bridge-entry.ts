// Bundled by the harness into the page's init script: builds `window.meja` with the SAME buildApi
// the preload uses, over a transport that calls the Playwright binding instead of Electron's IPC.
import { buildApi, type Transport } from '../../electron/ipc/api.ts';
import type { EventName } from '../../electron/ipc/contract.ts';

type Invoke = (channel: string, args: unknown) => Promise<unknown>;
const w = window as unknown as { __mejaInvoke: Invoke; __mejaEmit: (event: string, payload: unknown) => void; meja: unknown };

// Bytes do not survive the binding's JSON: send them as base64 and let the harness decode them.
function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let s = '';
    for (let i = 0; i < value.length; i += 0x8000) s += String.fromCharCode(...value.subarray(i, i + 0x8000));
    return { __bytes: btoa(s) };
  }
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();
const invoke = w.__mejaInvoke;
const transport: Transport = {
  invoke: (channel, args) => invoke(channel, encode(args)),
  on: (event: EventName, cb) => {
    const set = listeners.get(event) ?? new Set();
    set.add(cb);
    listeners.set(event, set);
    return () => { set.delete(cb); };
  },
};
Object.defineProperty(window, '__mejaEmit', {
  value: (event: string, payload: unknown) => { for (const cb of listeners.get(event) ?? []) cb(payload); },
});
Object.defineProperty(window, 'meja', { value: buildApi(transport), enumerable: true });
