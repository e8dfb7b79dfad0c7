// The one bridge the renderer sees: `window.meja`, built by the preload (or the browser tests)
// from the IPC contract. Types only: nothing of electron/ runs in the renderer.
import type { MejaApi } from '../../electron/ipc/contract.ts';

declare global {
  interface Window {
    meja: MejaApi;
  }
}

export {};
