/**
 * Registration of IPC handlers: each channel of shared/ipc/contract gets exactly one
 * handler, which runs only for a trusted sender frame and a payload that passed its
 * schema (SECURITY.md checks 14–16). Errors reach the renderer as plain messages.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { type Channel, type IpcContract, parseIpcRequest } from '../../../shared/ipc/contract';
import { isTrustedFrame } from '../security';

export type Handler<C extends Channel> = (req: IpcContract[C]['req'], event: IpcMainInvokeEvent) => Promise<IpcContract[C]['res']>;
export type HandlerMap = { [C in Channel]: Handler<C> };

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused ${channel}: the request did not come from the app window.`);
    this.name = 'UntrustedSenderError';
  }
}

/** Wraps a handler with the sender check and payload validation. Exported for tests. */
export function guarded<C extends Channel>(channel: C, handler: Handler<C>) {
  return async (event: IpcMainInvokeEvent, raw: unknown): Promise<IpcContract[C]['res']> => {
    if (!isTrustedFrame(event.senderFrame)) throw new UntrustedSenderError(channel);
    const req = parseIpcRequest(channel, raw);
    return handler(req, event);
  };
}

/** Registers every handler of the map (the map type makes a missing channel a compile error). */
export function registerHandlers(ipc: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: HandlerMap): () => void {
  const channels = Object.keys(handlers) as Channel[];
  for (const channel of channels) {
    ipc.handle(channel, guarded(channel, handlers[channel] as Handler<typeof channel>));
  }
  return () => channels.forEach((c) => ipc.removeHandler(c));
}
