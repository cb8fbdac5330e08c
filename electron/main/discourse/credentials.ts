/**
 * Per-forum Discourse API keys, encrypted with Electron's `safeStorage` (the OS keychain)
 * in one JSON file whose path the caller passes (e.g. `userData/discourse-keys.json`).
 * Issue 8: keys live only here — never in IndexedDB, settings or backups.
 *
 * Policy: a key is written only when the OS keychain really encrypts it. When it does not —
 * `isEncryptionAvailable()` false, or on Linux the `basic_text` backend, which Chromium
 * falls back to without a keyring and which encrypts with a password hard-coded in every
 * Chromium (issue 20), or `unknown`, which cannot be told from it — the key is kept in
 * memory for this session only, any copy of it on disk is removed, and `set` says so; the
 * member enters it again after a restart. Host names are the only plain text in the file;
 * kind, user name and key are encrypted together.
 */
import { readFile } from 'node:fs/promises';
import { safeStorage } from 'electron';
import { z } from 'zod';
import { normalizeHost } from '../../../shared/net/host-allow-list';
import { writeFileAtomic } from '../atomic-write';
import type { DiscourseApiKey } from './fetch-topic';

/** Every way storing or reading a key can fail. */
export type CredentialsErrorCode = 'invalid-host' | 'invalid-key' | 'corrupt-file' | 'decrypt-failed';

/** A key that cannot be stored or read. */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
  readonly code: CredentialsErrorCode;

  constructor(code: CredentialsErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Where a key was kept: encrypted in the file, or in memory until the app quits. */
export type KeyKept = { where: 'keychain' } | { where: 'session'; message: string };

/** Read, store and forget the API key of each forum host. */
export interface CredentialStore {
  /** The key for `host` (this session's first), or null when none is kept. */
  get(host: string): Promise<DiscourseApiKey | null>;
  /** Keep (or replace) the key for `host`: encrypted on disk when the keychain allows, else for this session. */
  set(host: string, key: DiscourseApiKey): Promise<KeyKept>;
  /** Forget the key for `host`; true when there was one. */
  delete(host: string): Promise<boolean>;
  /** Hosts that have a key, sorted. */
  hosts(): Promise<string[]>;
  /** Hosts whose key lives in memory for this session only, sorted. */
  sessionHosts(): string[];
}

/** The parts of Electron's safeStorage the store uses (injected by tests). */
export type SafeStorageLike = Pick<typeof safeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
};

/**
 * Why the keychain cannot keep a secret on this computer, in words; null when it can.
 * `getSelectedStorageBackend` exists on Linux only.
 */
export function keychainProblem(storage: SafeStorageLike, platform: string = process.platform): string | null {
  if (!storage.isEncryptionAvailable()) return 'this computer offers no encrypted storage for secrets';
  if (platform !== 'linux') return null;
  const backend = typeof storage.getSelectedStorageBackend === 'function' ? storage.getSelectedStorageBackend() : 'unknown';
  if (backend === 'basic_text') return 'no keyring (such as GNOME Keyring or KWallet) is running, and without one the key would be stored under a password every copy of Chromium knows';
  if (backend === 'unknown') return 'the system keychain could not be identified';
  return null;
}

const fileShape = z.strictObject({
  version: z.literal(1),
  keys: z.record(z.string().max(300), z.string().max(20_000)),
});
type KeyFile = z.infer<typeof fileShape>;

const keyShape = z.strictObject({
  kind: z.enum(['user-api-key', 'api-key']),
  // Printable ASCII only: keys go into HTTP headers, where a line break would inject headers.
  key: z.string().min(1).max(1000).regex(/^[\x21-\x7e]+$/),
  username: z.string().min(1).max(300).regex(/^[\x21-\x7e]+$/).optional(),
});

/** A store backed by the JSON file at `filePath`; `storage` and `platform` are injected by tests. */
export function createCredentialStore(filePath: string, opts: { storage?: SafeStorageLike; platform?: string } = {}): CredentialStore {
  const storage = opts.storage ?? safeStorage;
  // Keys the keychain could not keep: in this process's memory only, never written anywhere.
  const sessionKeys = new Map<string, DiscourseApiKey>();
  const load = async (): Promise<KeyFile> => {
    let text: string;
    try {
      // The path is fixed by the main process (under userData), never taken from the renderer.
      // eslint-disable-next-line security/detect-non-literal-fs-filename
      text = await readFile(filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, keys: {} };
      throw error;
    }
    const parsed = fileShape.safeParse(safeJson(text));
    if (!parsed.success) throw new CredentialsError('corrupt-file', `${filePath} is damaged; delete it and enter your forum API keys again.`);
    return { version: 1, keys: Object.assign(Object.create(null) as Record<string, string>, parsed.data.keys) };
  };
  const save = (file: KeyFile): Promise<void> => writeFileAtomic(filePath, `${JSON.stringify(file, null, 2)}\n`);

  return {
    async get(host) {
      const session = sessionKeys.get(hostKey(host));
      if (session) return session;
      const sealed = (await load()).keys[hostKey(host)];
      if (sealed === undefined) return null;
      let plain: string;
      try {
        plain = storage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        throw new CredentialsError('decrypt-failed', `The API key for ${hostKey(host)} can no longer be decrypted (the system keychain changed); enter it again.`);
      }
      const parsed = keyShape.safeParse(safeJson(plain));
      if (!parsed.success) throw new CredentialsError('corrupt-file', `The API key stored for ${hostKey(host)} is damaged; enter it again.`);
      return parsed.data;
    },
    async set(host, key) {
      const normal = hostKey(host);
      const parsed = keyShape.safeParse(key);
      if (!parsed.success) throw new CredentialsError('invalid-key', `The API key for ${normal} is not valid: use the key exactly as the forum shows it, without spaces or line breaks.`);
      const problem = keychainProblem(storage, opts.platform);
      if (problem) {
        sessionKeys.set(normal, parsed.data);
        // A copy written earlier (another keyring, or before this rule) must not outlive the
        // refusal. A damaged file holds no copy that can be read: the session key still counts.
        const file = await load().catch(() => null);
        if (file && normal in file.keys) {
          delete file.keys[normal];
          await save(file);
        }
        return {
          where: 'session',
          message: `The API key for ${normal} was not saved on this computer: ${problem}. Steering Desk keeps it only until you quit; enter it again next time. Nothing was written to disk.`,
        };
      }
      const file = await load();
      file.keys[normal] = storage.encryptString(JSON.stringify(parsed.data)).toString('base64');
      sessionKeys.delete(normal);
      await save(file);
      return { where: 'keychain' };
    },
    async delete(host) {
      const normal = hostKey(host);
      const hadSession = sessionKeys.delete(normal);
      const file = await load();
      if (!(normal in file.keys)) return hadSession;
      delete file.keys[normal];
      await save(file);
      return true;
    },
    async hosts() {
      return [...new Set([...Object.keys((await load()).keys), ...sessionKeys.keys()])].sort();
    },
    sessionHosts() {
      return [...sessionKeys.keys()].sort();
    },
  };
}

function hostKey(host: string): string {
  try {
    return normalizeHost(host);
  } catch (error) {
    throw new CredentialsError('invalid-host', error instanceof Error ? error.message : 'Not a forum host.');
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
