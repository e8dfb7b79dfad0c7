// Registers every contract channel on ipcMain through one gate: the sender must be the app's own
// page, and the arguments must match the channel's schema (dispatch.ts).
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { contract, type Channel } from './contract.ts';
import { dispatch, type Handlers } from './dispatch.ts';

export function isTrustedSender(frameUrl: string | undefined, appUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const f = new URL(frameUrl);
    const a = new URL(appUrl);
    return f.protocol === a.protocol && f.host === a.host && f.pathname === a.pathname;
  } catch {
    return false;
  }
}

export function registerHandlers(ipcMain: IpcMain, handlers: Handlers, appUrl: string): void {
  for (const name of Object.keys(contract) as Channel[]) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, args: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, appUrl)) throw new Error(`refused ${name}: untrusted sender`);
      return dispatch(handlers, name, args);
    });
  }
}
