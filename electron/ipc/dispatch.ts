// Validates a call against the contract and runs its handler. Used by main's ipcMain registration
// and by the browser test harness, so both reject exactly the same malformed arguments.
import { contract, type ArgsOf, type Channel, type ResultOf } from './contract.ts';

export type Handlers = { [C in Channel]: (args: ArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C> };

export class IpcArgumentError extends Error {
  readonly channel: string;
  constructor(channel: string, detail: string) {
    super(`invalid arguments for ${channel}: ${detail}`);
    this.channel = channel;
  }
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export async function dispatch(handlers: Handlers, channel: unknown, args: unknown): Promise<unknown> {
  if (!isChannel(channel)) throw new IpcArgumentError(String(channel), 'unknown channel');
  const parsed = contract[channel].args.safeParse(args ?? {});
  if (!parsed.success) {
    throw new IpcArgumentError(channel, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  const handler = handlers[channel] as (a: unknown) => unknown;
  return handler(parsed.data);
}
