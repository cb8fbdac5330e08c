import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// An in-memory stand-in for the OS keychain: reversible, but never the plain text.
const keychain = vi.hoisted(() => ({ available: true, broken: false }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    encryptString: (plain: string) => Buffer.from(`sealed:${Buffer.from(plain, 'utf8').toString('hex')}`),
    decryptString: (sealed: Buffer) => {
      const text = sealed.toString();
      if (keychain.broken || !text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice('sealed:'.length), 'hex').toString('utf8');
    },
  },
}));

const { createCredentialStore, CredentialsError } = await import('../../../electron/main/discourse/credentials');

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-keys-'));
  file = join(dir, 'discourse-keys.json');
  keychain.available = true;
  keychain.broken = false;
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

  it('refuses to store a key when encryption is unavailable', async () => {
    keychain.available = false;
    await expect(createCredentialStore(file).set('forum.example.org', KEY)).rejects.toMatchObject({ code: 'encryption-unavailable' });
    await expect(readFile(file, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
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
