/**
 * Fetching a Discourse thread by URL (issue 8): host approval through a native prompt,
 * API keys kept with safeStorage, progress events, cancel.
 * OWNER: the fetch helper replaces these placeholders.
 */
import type { IpcContract } from '../../../shared/ipc/contract';
import type { HandlerDeps } from './handlers';

const pending = () => new Error('Fetching from a forum is not available yet in this build.');

export function createDiscourseHandlers(_deps: HandlerDeps) {
  return {
    async 'discourse:fetch-topic'(_req: IpcContract['discourse:fetch-topic']['req']): Promise<IpcContract['discourse:fetch-topic']['res']> {
      throw pending();
    },
    async 'discourse:cancel'(_req: IpcContract['discourse:cancel']['req']): Promise<IpcContract['discourse:cancel']['res']> {
      return { cancelled: false };
    },
    async 'discourse:set-api-key'(_req: IpcContract['discourse:set-api-key']['req']): Promise<IpcContract['discourse:set-api-key']['res']> {
      throw pending();
    },
    async 'discourse:delete-api-key'(_req: IpcContract['discourse:delete-api-key']['req']): Promise<IpcContract['discourse:delete-api-key']['res']> {
      return { deleted: false };
    },
    async 'discourse:list-hosts'(): Promise<IpcContract['discourse:list-hosts']['res']> {
      return { approved: [], withKeys: [] };
    },
  };
}
