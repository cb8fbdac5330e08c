import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// An in-memory stand-in for the OS keychain: reversible, but never the plain text.
const keychain = vi.hoisted(() => ({ available: true, broken: false, backend: 'gnome_libsecret' }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    getSelectedStorageBackend: () => keychain.backend,
    encryptString: (plain: string) => Buffer.from(`sealed:${Buffer.from(plain, 'utf8').toString('hex')}`),
    decryptString: (sealed: Buffer) => {
      const text = sealed.toString();
      if (keychain.broken || !text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice('sealed:'.length), 'hex').toString('utf8');
    },
  },
}));

const { createCredentialStore, CredentialsError, keychainProblem } = await import('../../../electron/main/discourse/credentials');

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-keys-'));
  file = join(dir, 'discourse-keys.json');
  keychain.available = true;
  keychain.broken = false;
  keychain.backend = 'gnome_libsecret';
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const KEY = { kind: 'api-key', key: 'abc123secret', username: 'sc-bot' } as const;

describe('the credential store', () => {
  it('returns null for a host without a key', async () => {
    expect(await createCredentialStore(file).get('forum.example.org')).toBeNull();
  });

  it('reads back a stored key', async () => {
    await createCredentialStore(file).set('forum.example.org', KEY);
    expect(await createCredentialStore(file).get('forum.example.org')).toEqual(KEY);
  });

  it('finds the key under any spelling of the host', async () => {
    const store = createCredentialStore(file);
    await store.set('Forum.Example.org', { kind: 'user-api-key', key: 'u1' });
    expect(await store.get('https://forum.example.org/t/x/1')).toEqual({ kind: 'user-api-key', key: 'u1' });
  });

  it('never writes the key in plain text', async () => {
    await createCredentialStore(file).set('forum.example.org', KEY);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('abc123secret');
    expect(text).not.toContain('sc-bot');
  });

  it('refuses to store a key when encryption is unavailable, and keeps it for the session', async () => {
    keychain.available = false;
    const store = createCredentialStore(file);
    expect(await store.set('forum.example.org', KEY)).toEqual({ where: 'session', message: expect.stringContaining('this computer offers no encrypted storage for secrets') });
    await expect(readFile(file, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await store.get('forum.example.org')).toEqual(KEY);
  });

  it('refuses a key with a line break', async () => {
    await expect(createCredentialStore(file).set('forum.example.org', { kind: 'api-key', key: 'a\r\nb' })).rejects.toMatchObject({ code: 'invalid-key' });
  });

  it('refuses a host that cannot be approved', async () => {
    await expect(createCredentialStore(file).set('127.0.0.1', KEY)).rejects.toBeInstanceOf(CredentialsError);
  });

  it('forgets a key and says whether there was one', async () => {
    const store = createCredentialStore(file);
    await store.set('a.example.org', KEY);
    await store.set('b.example.org', KEY);
    expect(await store.delete('a.example.org')).toBe(true);
    expect(await store.delete('a.example.org')).toBe(false);
    expect(await store.hosts()).toEqual(['b.example.org']);
  });

  it('reports a damaged file with a typed error naming it', async () => {
    await writeFile(file, '{"version":1,"keys":');
    await expect(createCredentialStore(file).get('forum.example.org')).rejects.toMatchObject({ code: 'corrupt-file', message: expect.stringContaining(file) });
  });

  it('reports a key the keychain can no longer decrypt', async () => {
    await createCredentialStore(file).set('forum.example.org', KEY);
    keychain.broken = true;
    await expect(createCredentialStore(file).get('forum.example.org')).rejects.toMatchObject({ code: 'decrypt-failed' });
  });
});

// Issue 20: Linux's basic_text backend "encrypts" with a password hard-coded in Chromium.
describe.each([
  ['gnome_libsecret', 'keychain'],
  ['kwallet5', 'keychain'],
  ['kwallet', 'keychain'],
  ['kwallet6', 'keychain'],
  ['basic_text', 'session'],
  ['unknown', 'session'],
] as const)('on Linux with the %s keychain backend', (backend, where) => {
  beforeEach(() => {
    keychain.backend = backend;
  });

  it(where === 'keychain' ? 'stores the key encrypted on disk' : 'writes nothing to disk and keeps the key for this session only', async () => {
    const store = createCredentialStore(file, { platform: 'linux' });
    const kept = await store.set('forum.example.org', KEY);
    expect(kept.where).toBe(where);
    if (where === 'keychain') {
      expect(JSON.parse(await readFile(file, 'utf8')).keys).toHaveProperty(['forum.example.org']);
      expect(store.sessionHosts()).toEqual([]);
    } else {
      await expect(readFile(file, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
      expect(store.sessionHosts()).toEqual(['forum.example.org']);
    }
    expect(await store.get('forum.example.org')).toEqual(KEY);
    expect(await store.hosts()).toEqual(['forum.example.org']);
  });

  it(where === 'keychain' ? 'reads the key back after a restart' : 'has forgotten the key after a restart', async () => {
    await createCredentialStore(file, { platform: 'linux' }).set('forum.example.org', KEY);
    expect(await createCredentialStore(file, { platform: 'linux' }).get('forum.example.org')).toEqual(where === 'keychain' ? KEY : null);
  });
});

describe('a key kept for the session only', () => {
  it('tells the member in words why it was not saved and that nothing was written', async () => {
    keychain.backend = 'basic_text';
    const kept = await createCredentialStore(file, { platform: 'linux' }).set('forum.example.org', KEY);
    expect(kept).toEqual({
      where: 'session',
      message: expect.stringMatching(/^The API key for forum\.example\.org was not saved on this computer: no keyring .* enter it again next time\. Nothing was written to disk\.$/),
    });
  });

  it('removes a copy of the key stored on disk before the keychain fell back to basic_text', async () => {
    await createCredentialStore(file, { platform: 'linux' }).set('forum.example.org', KEY);
    await createCredentialStore(file, { platform: 'linux' }).set('other.example.org', KEY);
    keychain.backend = 'basic_text';
    await createCredentialStore(file, { platform: 'linux' }).set('forum.example.org', { ...KEY, key: 'new-key' });
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')).keys)).toEqual(['other.example.org']);
  });

  it('is kept even when the key file on disk is damaged', async () => {
    keychain.backend = 'basic_text';
    await writeFile(file, '{"version":1,"keys":');
    const store = createCredentialStore(file, { platform: 'linux' });
    expect((await store.set('forum.example.org', KEY)).where).toBe('session');
    expect(await store.get('forum.example.org')).toEqual(KEY);
    expect(await readFile(file, 'utf8')).toBe('{"version":1,"keys":');
  });

  it('is forgotten by delete', async () => {
    keychain.backend = 'basic_text';
    const store = createCredentialStore(file, { platform: 'linux' });
    await store.set('forum.example.org', KEY);
    expect(await store.delete('forum.example.org')).toBe(true);
    expect(await store.get('forum.example.org')).toBeNull();
    expect(await store.hosts()).toEqual([]);
  });
});

describe('keychainProblem', () => {
  const storage = (available: boolean, backend?: string) => ({
    isEncryptionAvailable: () => available,
    encryptString: () => Buffer.from(''),
    decryptString: () => '',
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
  });

  it('finds none on macOS and Windows, where there is no backend to choose', () => {
    expect(keychainProblem(storage(true), 'darwin')).toBeNull();
    expect(keychainProblem(storage(true), 'win32')).toBeNull();
  });

  it('finds one wherever encryption is unavailable', () => {
    for (const platform of ['linux', 'darwin', 'win32']) expect(keychainProblem(storage(false, 'gnome_libsecret'), platform)).toMatch(/no encrypted storage/);
  });

  it('treats a Linux build without getSelectedStorageBackend as unknown', () => {
    expect(keychainProblem(storage(true), 'linux')).toMatch(/could not be identified/);
  });
});
