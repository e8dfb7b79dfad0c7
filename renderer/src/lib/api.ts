// Access to `window.meja` and the error text of a failed call.
import type { MejaApi } from '../../../electron/ipc/contract.ts';

export function api(): MejaApi {
  return window.meja;
}

export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message.replace(/^Error invoking remote method '[^']+': (Error: )?/, '');
  return String(err);
}
