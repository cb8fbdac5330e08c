/**
 * Per-forum Discourse API keys, encrypted with Electron's `safeStorage` (the OS keychain)
 * in one JSON file whose path the caller passes (e.g. `userData/discourse-keys.json`).
 * Issue 8: keys live only here — never in IndexedDB, settings or backups.
 *
 * Policy: when the OS offers no encryption (`isEncryptionAvailable()` false, e.g. Linux
 * without a keyring) a key is refused rather than stored in plain text. Host names are the
 * only plain text in the file; kind, user name and key are encrypted together.
 */
import { readFile } from 'node:fs/promises';
import { safeStorage } from 'electron';
import { z } from 'zod';
import { normalizeHost } from '../../../shared/net/host-allow-list';
import { writeFileAtomic } from '../atomic-write';
import type { DiscourseApiKey } from './fetch-topic';

/** Every way storing or reading a key can fail. */
export type CredentialsErrorCode = 'encryption-unavailable' | 'invalid-host' | 'invalid-key' | 'corrupt-file' | 'decrypt-failed';

/** A key that cannot be stored or read. */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
  readonly code: CredentialsErrorCode;

  constructor(code: CredentialsErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Read, store and forget the API key of each forum host. */
export interface CredentialStore {
  /** The key for `host`, or null when none is stored. */
  get(host: string): Promise<DiscourseApiKey | null>;
  /** Store (or replace) the key for `host`. */
  set(host: string, key: DiscourseApiKey): Promise<void>;
  /** Forget the key for `host`; true when there was one. */
  delete(host: string): Promise<boolean>;
  /** Hosts that have a key, sorted. */
  hosts(): Promise<string[]>;
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

/** A store backed by the JSON file at `filePath`. */
export function createCredentialStore(filePath: string): CredentialStore {
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
      const sealed = (await load()).keys[hostKey(host)];
      if (sealed === undefined) return null;
      let plain: string;
      try {
        plain = safeStorage.decryptString(Buffer.from(sealed, 'base64'));
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
      if (!safeStorage.isEncryptionAvailable()) {
        throw new CredentialsError('encryption-unavailable', 'This computer offers no encrypted storage for secrets, so Steering Desk will not save the API key. Public topics still work without one.');
      }
      const file = await load();
      file.keys[normal] = safeStorage.encryptString(JSON.stringify(parsed.data)).toString('base64');
      await save(file);
    },
    async delete(host) {
      const normal = hostKey(host);
      const file = await load();
      if (!(normal in file.keys)) return false;
      delete file.keys[normal];
      await save(file);
      return true;
    },
    async hosts() {
      return Object.keys((await load()).keys).sort();
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
