/**
 * The one IPC contract between the renderer (through the preload) and the main process.
 * Channels are named `area:verb-noun`. Every request is validated in main by the zod
 * schema below before the handler runs (SECURITY.md checks 14–16): payloads are strict
 * objects (no extra keys), strings have size limits, and `__proto__` keys are refused.
 */
import { z } from 'zod';
import {
  BACKUP_NAME_PATTERN, MAX_SAVE_BYTES, MAX_URL_LENGTH,
  type AppInfo, type BackupListing, type FetchTopicResult, type OpenFilesResult, type SaveFolderResult, type SaveResult, type StorageRecheck,
} from './channels';

export * from './channels';

const suggestedName = z
  .string()
  .min(1)
  .max(200)
  // A name, never a path: no separators, no parent references, no control characters.
  .refine((n) => !/[\\/\u0000-\u001f]/.test(n) && n !== '.' && n !== '..', 'must be a file name, not a path');

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(20),
});

export const ipcRequestSchemas = {
  'files:open-text': z.strictObject({
    title: z.string().max(200).optional(),
    filters: z.array(fileFilter).max(10).optional(),
    multiple: z.boolean(),
  }),
  'files:save-text': z.strictObject({
    suggestedName,
    body: z.string().max(MAX_SAVE_BYTES),
    filters: z.array(fileFilter).max(10).optional(),
  }),
  'shell:open-external': z.strictObject({ url: z.string().max(MAX_URL_LENGTH) }),
  'app:get-info': z.undefined(),
  // "Try again" on the data-folder screen (SECURITY.md check 38): check the folder again; restart on it once usable.
  'app:recheck-storage': z.undefined(),
  // Backups kept by the app in its data folder (issue 7). Names, never paths.
  'backup:save-auto': z.strictObject({ fileName: z.string().regex(BACKUP_NAME_PATTERN), body: z.string().max(MAX_SAVE_BYTES) }),
  'backup:list': z.undefined(),
  'backup:read': z.strictObject({ fileName: z.string().regex(BACKUP_NAME_PATTERN) }),
  // A folder of Markdown files the member can read without the app (issue 7).
  'export:save-folder': z.strictObject({
    suggestedName,
    files: z
      .array(
        z.strictObject({
          // A relative path of safe segments: no `..`, no absolute paths, no backslashes.
          path: z.string().min(1).max(300).regex(/^(?!.*(?:^|\/)\.\.?(?:\/|$))[\p{L}\p{N} _.,()-]+(?:\/[\p{L}\p{N} _.,()-]+){0,4}$/u),
          body: z.string().max(MAX_SAVE_BYTES),
        }),
      )
      .max(20_000),
  }),
  // Fetching a Discourse thread by its address (issue 8). The host is approved by the member in a native prompt.
  'discourse:fetch-topic': z.strictObject({ url: z.string().min(1).max(MAX_URL_LENGTH), requestId: z.string().regex(/^[a-z0-9-]{1,64}$/) }),
  'discourse:cancel': z.strictObject({ requestId: z.string().regex(/^[a-z0-9-]{1,64}$/) }),
  'discourse:set-api-key': z.strictObject({
    host: z.string().min(1).max(300),
    kind: z.enum(['user-api-key', 'api-key']),
    key: z.string().min(1).max(500),
    username: z.string().max(100).optional(),
  }),
  'discourse:delete-api-key': z.strictObject({ host: z.string().min(1).max(300) }),
  'discourse:list-hosts': z.undefined(),
} as const;

/** Request and response type of every channel. */
export type IpcContract = {
  'files:open-text': { req: z.infer<(typeof ipcRequestSchemas)['files:open-text']>; res: OpenFilesResult };
  'files:save-text': { req: z.infer<(typeof ipcRequestSchemas)['files:save-text']>; res: SaveResult };
  'shell:open-external': { req: z.infer<(typeof ipcRequestSchemas)['shell:open-external']>; res: { opened: boolean } };
  'app:get-info': { req: undefined; res: AppInfo };
  'app:recheck-storage': { req: undefined; res: StorageRecheck };
  'backup:save-auto': { req: z.infer<(typeof ipcRequestSchemas)['backup:save-auto']>; res: { saved: boolean; removed: string[] } };
  'backup:list': { req: undefined; res: BackupListing };
  'backup:read': { req: z.infer<(typeof ipcRequestSchemas)['backup:read']>; res: { text: string } };
  'export:save-folder': { req: z.infer<(typeof ipcRequestSchemas)['export:save-folder']>; res: SaveFolderResult };
  'discourse:fetch-topic': { req: z.infer<(typeof ipcRequestSchemas)['discourse:fetch-topic']>; res: FetchTopicResult };
  'discourse:cancel': { req: z.infer<(typeof ipcRequestSchemas)['discourse:cancel']>; res: { cancelled: boolean } };
  /** `saved`: written encrypted. Otherwise `sessionOnly` with `message`: kept in memory until the app quits (issue 20). */
  'discourse:set-api-key': { req: z.infer<(typeof ipcRequestSchemas)['discourse:set-api-key']>; res: { saved: boolean; sessionOnly?: true; message?: string } };
  'discourse:delete-api-key': { req: z.infer<(typeof ipcRequestSchemas)['discourse:delete-api-key']>; res: { deleted: boolean } };
  /** `sessionOnly`: the hosts of `withKeys` whose key is kept for this session only. */
  'discourse:list-hosts': { req: undefined; res: { approved: string[]; withKeys: string[]; sessionOnly?: string[] } };
};
export type Channel = keyof IpcContract;
export const CHANNELS = Object.keys(ipcRequestSchemas) as Channel[];

/** Error raised for a payload that does not match its channel's schema. */
export class IpcPayloadError extends Error {
  constructor(
    readonly channel: string,
    readonly issues: string,
  ) {
    super(`Invalid payload for ${channel}: ${issues}`);
    this.name = 'IpcPayloadError';
  }
}

/** True when any object in `value` (recursively) has an own `__proto__`, `constructor` or `prototype` key. */
export function hasPollutingKey(value: unknown, depth = 0): boolean {
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true;
    if (hasPollutingKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** Validate a raw payload for `channel`; throws IpcPayloadError with the reasons. */
export function parseIpcRequest<C extends Channel>(channel: C, raw: unknown): IpcContract[C]['req'] {
  const schema = ipcRequestSchemas[channel];
  if (!schema) throw new IpcPayloadError(String(channel), 'unknown channel');
  if (hasPollutingKey(raw)) throw new IpcPayloadError(channel, 'forbidden key');
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new IpcPayloadError(channel, result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  return result.data as IpcContract[C]['req'];
}
