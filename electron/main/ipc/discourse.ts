/**
 * Fetching a Discourse thread by URL (issue 8): host approval through a native prompt,
 * API keys kept with safeStorage (or for the session only where it would not really
 * encrypt them, issue 20), progress events, cancel.
 *
 * Why the approval lives here: the prompt is shown by main with `dialog.showMessageBox`,
 * so a compromised page can ask to fetch but can never approve a host by itself. Only
 * approved hosts are contacted, only over https (fetch-topic enforces it), and a stored
 * API key is only ever sent to the host it was stored for.
 *
 * Every failure comes back as `{ status: 'failed', code, message }` with a message an SC
 * member can act on; nothing partial is returned, so nothing partial can be written.
 */
import { join } from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { FETCH_PROGRESS_EVENT, type FetchProgress, type IpcContract } from '../../../shared/ipc/contract';
import { HostError, normalizeHost } from '../../../shared/net/host-allow-list';
import { parseTopicUrl, TopicUrlError } from '../../../shared/net/topic-url';
import { createCredentialStore, CredentialsError, type CredentialStore } from '../discourse/credentials';
import { FetchError } from '../discourse/fetch-error';
import { fetchTopic, type DiscourseApiKey, type FetchTopicOptions } from '../discourse/fetch-topic';
import { createHostSettingsStore, type HostSettingsStore } from '../discourse/settings-store';
import type { HandlerDeps } from './handlers';

type Res<C extends keyof IpcContract> = IpcContract[C]['res'];
type Failed = Extract<Res<'discourse:fetch-topic'>, { status: 'failed' }>;

/** Injected pieces for tests; production passes none. */
export interface DiscourseHandlerOptions {
  /** Merged into every fetch (tests: `allowInsecureLoopbackForTests`, `sleep`, `timeoutMs`…). */
  fetchOptions?: Omit<FetchTopicOptions, 'signal' | 'onProgress' | 'apiKey' | 'appVersion'>;
  credentials?: CredentialStore;
  hosts?: HostSettingsStore;
}

export function createDiscourseHandlers(deps: HandlerDeps, options: DiscourseHandlerOptions = {}) {
  const fetchOptions = options.fetchOptions ?? {};
  const isLoopbackAllowed = fetchOptions.allowInsecureLoopbackForTests === true;
  const userData = (): string => deps.app.getPath('userData');
  // Created lazily: userData may be redirected (portable mode, tests) before the first call.
  let credentials = options.credentials;
  let hosts = options.hosts;
  const keyStore = (): CredentialStore => (credentials ??= createCredentialStore(join(userData(), 'discourse-keys.json')));
  const hostStore = (): HostSettingsStore =>
    (hosts ??= createHostSettingsStore(join(userData(), 'discourse-hosts.json'), { allowLoopbackForTests: isLoopbackAllowed }));

  const running = new Map<string, AbortController>();
  // One prompt per host at a time: two fetches from a new forum must not stack two dialogs.
  const prompts = new Map<string, Promise<boolean>>();

  const askToApprove = (host: string): Promise<boolean> => {
    const open = prompts.get(host);
    if (open) return open;
    const asking = promptForHost(deps, host)
      .then(async (allowed) => {
        if (allowed) await hostStore().approve(host);
        return allowed;
      })
      .finally(() => prompts.delete(host));
    prompts.set(host, asking);
    return asking;
  };

  const sendProgress = (progress: FetchProgress): void => {
    const win = deps.getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(FETCH_PROGRESS_EVENT, progress);
  };

  return {
    async 'discourse:fetch-topic'({ url, requestId }: IpcContract['discourse:fetch-topic']['req']): Promise<Res<'discourse:fetch-topic'>> {
      if (running.has(requestId)) return failed('busy', 'This fetch is already running.');
      const controller = new AbortController();
      running.set(requestId, controller);
      try {
        // normalizeHost throws HostError for IP literals and localhost: those are never offered for approval.
        const host = normalizeHost(parseTopicUrl(url, { allowInsecureLoopbackForTests: isLoopbackAllowed }).host, { allowLoopbackForTests: isLoopbackAllowed });
        if (!(await hostStore().isApproved(host)) && !(await askToApprove(host))) return { status: 'host-refused', host };
        if (controller.signal.aborted) return failed('cancelled', 'Fetching was cancelled; nothing was imported.');
        const apiKey = await keyStore().get(host);
        const topic = await fetchTopic(url, {
          ...fetchOptions,
          ...(apiKey ? { apiKey } : {}),
          signal: controller.signal,
          appVersion: deps.app.getVersion(),
          onProgress: (fetched, total) => sendProgress({ requestId, fetched, total }),
        });
        return { status: 'fetched', ...topic };
      } catch (error) {
        return toFailure(error);
      } finally {
        running.delete(requestId);
      }
    },
    async 'discourse:cancel'({ requestId }: IpcContract['discourse:cancel']['req']): Promise<Res<'discourse:cancel'>> {
      const controller = running.get(requestId);
      if (!controller) return { cancelled: false };
      controller.abort();
      return { cancelled: true };
    },
    async 'discourse:set-api-key'(req: IpcContract['discourse:set-api-key']['req']): Promise<Res<'discourse:set-api-key'>> {
      const key: DiscourseApiKey = { kind: req.kind, key: req.key.trim(), ...(req.username?.trim() ? { username: req.username.trim() } : {}) };
      // CredentialsError carries the message the member sees (bad key, bad host).
      const kept = await keyStore().set(req.host, key);
      if (kept.where === 'keychain') return { saved: true };
      // Said by main in a native box as well, so the member hears it whatever the page shows.
      await tellMember(deps, 'The API key is kept for this session only', kept.message);
      return { saved: false, sessionOnly: true, message: kept.message };
    },
    async 'discourse:delete-api-key'({ host }: IpcContract['discourse:delete-api-key']['req']): Promise<Res<'discourse:delete-api-key'>> {
      return { deleted: await keyStore().delete(host) };
    },
    async 'discourse:list-hosts'(): Promise<Res<'discourse:list-hosts'>> {
      const [approved, withKeys] = await Promise.all([hostStore().list(), keyStore().hosts()]);
      return { approved, withKeys, sessionOnly: keyStore().sessionHosts() };
    },
  };
}

async function promptForHost(deps: HandlerDeps, host: string): Promise<boolean> {
  const box: MessageBoxOptions = {
    type: 'question',
    buttons: ['Allow', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Read from a forum',
    message: `Allow Steering Desk to read ${host}?`,
    detail: `Steering Desk will read the topics you fetch from ${host}, now and later, without asking again. It only reads; it never posts to the forum.`,
  };
  const parent = deps.getWindow();
  const { response } = parent && !parent.isDestroyed() ? await deps.dialog.showMessageBox(parent, box) : await deps.dialog.showMessageBox(box);
  return response === 0;
}

async function tellMember(deps: HandlerDeps, message: string, detail: string): Promise<void> {
  const box: MessageBoxOptions = { type: 'warning', buttons: ['OK'], defaultId: 0, noLink: true, title: 'Forum API key', message, detail };
  const parent = deps.getWindow();
  if (parent && !parent.isDestroyed()) await deps.dialog.showMessageBox(parent, box);
  else await deps.dialog.showMessageBox(box);
}

function failed(code: string, message: string): Failed {
  return { status: 'failed', code, message };
}

function toFailure(error: unknown): Failed {
  if (error instanceof FetchError) return failed(error.code, error.message);
  if (error instanceof TopicUrlError) return failed(error.code === 'insecure' || error.code === 'credentials' ? 'insecure' : 'bad-url', error.message);
  if (error instanceof HostError) return failed('host-not-allowed', `Steering Desk reads only from forums named by their host name: ${error.message}`);
  if (error instanceof CredentialsError) return failed(error.code, error.message);
  return failed('internal', `Something went wrong while fetching; nothing was imported. (${error instanceof Error ? error.message : String(error)})`);
}
