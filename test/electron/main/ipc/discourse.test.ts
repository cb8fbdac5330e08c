import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FETCH_PROGRESS_EVENT, type FetchProgress } from '../../../../shared/ipc/contract';
import type { CredentialStore } from '../../../../electron/main/discourse/credentials';
import type { DiscourseApiKey } from '../../../../electron/main/discourse/fetch-topic';
import { startFakeDiscourse, TOPIC_ID, type FakeDiscourse } from '../../discourse/fake-discourse';

// An in-memory stand-in for the OS keychain: reversible, but never the plain text.
const keychain = vi.hoisted(() => ({ backend: 'gnome_libsecret' }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => keychain.backend,
    encryptString: (plain: string) => Buffer.from(`sealed:${Buffer.from(plain, 'utf8').toString('hex')}`),
    decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().slice('sealed:'.length), 'hex').toString('utf8'),
  },
}));

const { createDiscourseHandlers } = await import('../../../../electron/main/ipc/discourse');
const { CredentialsError } = await import('../../../../electron/main/discourse/credentials');
type Handlers = ReturnType<typeof createDiscourseHandlers>;

/**
 * Keys in memory: the real store refuses loopback hosts (rightly), and the fake forum runs
 * on 127.0.0.1. The real store is used where keys themselves are tested.
 */
function memoryKeys(initial: Record<string, DiscourseApiKey> = {}): CredentialStore {
  const keys = new Map(Object.entries(initial));
  return {
    get: async (h) => keys.get(h) ?? null,
    set: async (h, k) => {
      keys.set(h, k);
      return { where: 'keychain' };
    },
    delete: async (h) => keys.delete(h),
    hosts: async () => [...keys.keys()].sort(),
    sessionHosts: () => [],
  };
}

let forum: FakeDiscourse;
let dir: string;
let answer: number;
const showMessageBox = vi.fn();
const send = vi.fn();

function handlers(fetchOptions: Record<string, unknown> = {}, extra: { credentials?: CredentialStore } = { credentials: memoryKeys() }): Handlers {
  const window = { isDestroyed: () => false, webContents: { send } } as unknown as BrowserWindow;
  const deps = {
    app: { getName: () => 'Steering Desk', getVersion: () => '9.8.7', getPath: () => dir },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox },
    openLink: async () => false,
    getWindow: () => window,
    electronVersion: '0',
    platform: 'linux',
  };
  return createDiscourseHandlers(deps as never, {
    fetchOptions: { allowInsecureLoopbackForTests: true, sleep: async () => undefined, maxRetries: 0, ...fetchOptions },
    ...extra,
  });
}

beforeEach(async () => {
  forum = await startFakeDiscourse();
  dir = await mkdtemp(join(tmpdir(), 'sd-discourse-ipc-'));
  answer = 0;
  keychain.backend = 'gnome_libsecret';
  showMessageBox.mockReset().mockImplementation(async () => ({ response: answer, checkboxChecked: false }));
  send.mockReset();
});
afterEach(async () => {
  await forum.close();
  await rm(dir, { recursive: true, force: true });
});

const host = () => new URL(forum.origin).host;
const fetchIt = (h: Handlers, requestId = 'req-1', url = forum.topicUrl) => h['discourse:fetch-topic']({ url, requestId });

describe('fetching a topic through IPC', () => {
  it('asks once to allow the forum, naming its host', async () => {
    await fetchIt(handlers());
    expect(showMessageBox).toHaveBeenCalledTimes(1);
    const options = showMessageBox.mock.calls[0]!.at(-1) as { message: string; buttons: string[]; cancelId: number };
    expect(options.message).toBe(`Allow Steering Desk to read ${host()}?`);
    expect(options.buttons[options.cancelId]).toBe('Cancel');
  });

  it('returns every post of the topic once the forum is allowed', async () => {
    const result = await fetchIt(handlers());
    expect(result).toMatchObject({ status: 'fetched', topicId: TOPIC_ID, postCount: 45, origin: forum.origin });
  });

  it('remembers an allowed forum in the settings file', async () => {
    await fetchIt(handlers());
    const saved = JSON.parse(await readFile(join(dir, 'discourse-hosts.json'), 'utf8')) as { approvedHosts: string[] };
    expect(saved.approvedHosts).toEqual([host()]);
  });

  it('does not ask again for a remembered forum, even after a restart', async () => {
    await fetchIt(handlers());
    const result = await fetchIt(handlers(), 'req-2');
    expect(result.status).toBe('fetched');
    expect(showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('contacts nothing and remembers nothing when the member refuses', async () => {
    answer = 1;
    const result = await fetchIt(handlers());
    expect(result).toEqual({ status: 'host-refused', host: host() });
    expect(forum.requests).toEqual([]);
    await expect(readFile(join(dir, 'discourse-hosts.json'), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('sends progress events tagged with the request id, ending at the total', async () => {
    await fetchIt(handlers({ batchSize: 10 }), 'req-progress');
    const events = send.mock.calls.filter(([channel]) => channel === FETCH_PROGRESS_EVENT).map(([, p]) => p as FetchProgress);
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((p) => p.requestId === 'req-progress')).toBe(true);
    expect(events.at(-1)).toEqual({ requestId: 'req-progress', fetched: 45, total: 45 });
  });

  it('stops a fetch midway when cancelled by its request id', async () => {
    const h = handlers();
    await fetchIt(h, 'warm-up');
    forum.script('posts', 'hang', 10);
    const pending = fetchIt(h, 'req-cancel');
    await vi.waitFor(() => expect(forum.requests.some((r) => r.includes('posts.json'))).toBe(true));
    await vi.waitFor(async () => expect(forum.requests.filter((r) => r.includes('posts.json')).length).toBeGreaterThan(2));
    expect(await h['discourse:cancel']({ requestId: 'req-cancel' })).toEqual({ cancelled: true });
    expect(await pending).toMatchObject({ status: 'failed', code: 'cancelled' });
  });

  it('says nothing was cancelled for an unknown request id', async () => {
    expect(await handlers()['discourse:cancel']({ requestId: 'nobody' })).toEqual({ cancelled: false });
  });

  it('refuses a second fetch with a request id that is still running', async () => {
    const h = handlers();
    await fetchIt(h, 'warm-up');
    forum.script('topic', 'hang');
    const first = fetchIt(h, 'same');
    await vi.waitFor(() => expect(forum.requests.length).toBeGreaterThan(3));
    expect(await fetchIt(h, 'same')).toMatchObject({ status: 'failed', code: 'busy' });
    await h['discourse:cancel']({ requestId: 'same' });
    await first;
  });
});

describe('fetch failures reach the renderer as a code and a readable message', () => {
  const cases: [string, () => void, string, RegExp][] = [
    ['a private topic', () => forum.script('topic', { status: 403 }), 'forbidden', /private/],
    ['a deleted topic', () => forum.script('topic', { status: 404 }), 'not-found', /no such topic/],
    ['a forum in trouble', () => forum.script('any', { status: 500 }, 10), 'server-error', /HTTP 500/],
    ['a forum asking to slow down', () => forum.script('topic', { status: 429, headers: { 'retry-after': '3600' } }), 'rate-limited', /slow down/],
    ['a site that is not a forum', () => forum.script('topic', { status: 200, headers: { 'content-type': 'text/html' }, body: '<html></html>' }), 'not-discourse', /Discourse/],
    ['a damaged answer', () => forum.script('topic', { status: 200, body: '{"post_stream": ' }), 'malformed', /not valid JSON/],
  ];
  for (const [what, setUp, code, message] of cases) {
    it(`maps ${what} to "${code}"`, async () => {
      setUp();
      const result = await fetchIt(handlers());
      expect(result).toMatchObject({ status: 'failed', code });
      expect(result.status === 'failed' && result.message).toMatch(message);
    });
  }

  it('maps a topic larger than the cap of one fetch to "too-large", saying nothing was imported', async () => {
    const result = await fetchIt(handlers({ maxTotalBytes: 20_000 }));
    expect(result).toMatchObject({ status: 'failed', code: 'too-large', message: expect.stringMatching(/^The topic is larger than 20 kB.*nothing was imported\.$/) });
  });

  it('maps a forum that does not answer in time to "timeout"', async () => {
    forum.script('topic', 'hang');
    expect(await fetchIt(handlers({ timeoutMs: 100 }))).toMatchObject({ status: 'failed', code: 'timeout' });
  });

  it('maps an unreachable forum to "offline"', async () => {
    const h = handlers();
    await fetchIt(h);
    const url = forum.topicUrl;
    await forum.close();
    expect(await fetchIt(h, 'req-2', url)).toMatchObject({ status: 'failed', code: 'offline' });
    forum = await startFakeDiscourse();
  });

  it('refuses a plain http address without asking', async () => {
    const result = await handlers({ allowInsecureLoopbackForTests: false })['discourse:fetch-topic']({ url: 'http://forum.example.org/t/x/1', requestId: 'r' });
    expect(result).toMatchObject({ status: 'failed', code: 'insecure' });
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('refuses an address that is not a topic without asking', async () => {
    expect(await fetchIt(handlers(), 'r', `${forum.origin}/latest`)).toMatchObject({ status: 'failed', code: 'bad-url' });
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('never offers an IP address for approval', async () => {
    const result = await handlers({ allowInsecureLoopbackForTests: false })['discourse:fetch-topic']({ url: 'https://10.0.0.7/t/x/1', requestId: 'r' });
    expect(result).toMatchObject({ status: 'failed', code: 'host-not-allowed' });
    expect(showMessageBox).not.toHaveBeenCalled();
  });
});

describe('API keys for private categories', () => {
  const withRealKeys = () => handlers({}, {});

  it('stores a key encrypted and lists its host', async () => {
    const h = withRealKeys();
    expect(await h['discourse:set-api-key']({ host: 'forum.example.org', kind: 'api-key', key: 'secret-key-1', username: 'sc-bot' })).toEqual({ saved: true });
    expect(await readFile(join(dir, 'discourse-keys.json'), 'utf8')).not.toContain('secret-key-1');
    expect((await h['discourse:list-hosts']()).withKeys).toEqual(['forum.example.org']);
  });

  it('sends the stored key with every request to its forum', async () => {
    const h = handlers({}, { credentials: memoryKeys({ [host()]: { kind: 'user-api-key', key: 'user-key-7' } }) });
    await fetchIt(h);
    expect(forum.headers.length).toBeGreaterThan(0);
    expect(forum.headers.every((headers) => headers['user-api-key'] === 'user-key-7')).toBe(true);
  });

  it('forgets a key and says whether there was one', async () => {
    const h = withRealKeys();
    await h['discourse:set-api-key']({ host: 'forum.example.org', kind: 'user-api-key', key: 'k' });
    expect(await h['discourse:delete-api-key']({ host: 'forum.example.org' })).toEqual({ deleted: true });
    expect(await h['discourse:delete-api-key']({ host: 'forum.example.org' })).toEqual({ deleted: false });
    expect((await h['discourse:list-hosts']()).withKeys).toEqual([]);
  });

  it('rejects a key with spaces inside with a message naming the forum', async () => {
    await expect(withRealKeys()['discourse:set-api-key']({ host: 'forum.example.org', kind: 'api-key', key: 'two words' })).rejects.toThrow(/forum\.example\.org/);
  });

  it('lists the allowed forums', async () => {
    const h = handlers();
    await fetchIt(h);
    expect((await h['discourse:list-hosts']()).approved).toEqual([host()]);
  });

  it('fails with the store\'s message, before contacting the forum, when a stored key can no longer be read', async () => {
    const broken = memoryKeys();
    broken.get = async () => {
      throw new CredentialsError('decrypt-failed', 'The API key for the forum can no longer be decrypted; enter it again.');
    };
    await writeFile(join(dir, 'discourse-hosts.json'), JSON.stringify({ version: 1, approvedHosts: [host()] }));
    expect(await fetchIt(handlers({}, { credentials: broken }))).toMatchObject({ status: 'failed', code: 'decrypt-failed', message: /enter it again/ });
    expect(forum.requests).toEqual([]);
  });

  it('keeps a key for this session only under Linux’s basic_text keychain, says so in words, and writes nothing', async () => {
    keychain.backend = 'basic_text';
    const h = withRealKeys();
    const result = await h['discourse:set-api-key']({ host: 'forum.example.org', kind: 'api-key', key: 'secret-key-1', username: 'sc-bot' });
    expect(result).toEqual({ saved: false, sessionOnly: true, message: expect.stringMatching(/was not saved on this computer.*only until you quit.*Nothing was written to disk\./) });
    const box = showMessageBox.mock.calls.at(-1)!.at(-1) as { message: string; detail: string };
    expect(box.message).toBe('The API key is kept for this session only');
    expect(box.detail).toBe(result.message);
    await expect(readFile(join(dir, 'discourse-keys.json'), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await h['discourse:list-hosts']()).toMatchObject({ withKeys: ['forum.example.org'], sessionOnly: ['forum.example.org'] });
  });
});
