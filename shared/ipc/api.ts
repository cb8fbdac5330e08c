/**
 * The shape of the object the preload exposes as `window.steering`. The renderer codes
 * against this type; in a plain browser (`npm run web`) it is replaced by browser
 * equivalents (renderer/lib/platform). Keep `STEERING_API_KEYS` in sync: a test checks
 * the preload exposes exactly these keys (SECURITY.md check 2).
 */
import type { AppInfo, MenuCommand, OpenFilesResult, SaveResult } from './channels';

export type FileFilter = { name: string; extensions: string[] };

export type SteeringApi = {
  openTextFiles(opts: { title?: string; filters?: FileFilter[]; multiple: boolean }): Promise<OpenFilesResult>;
  saveTextFile(opts: { suggestedName: string; body: string; filters?: FileFilter[] }): Promise<SaveResult>;
  openExternal(url: string): Promise<{ opened: boolean }>;
  getAppInfo(): Promise<AppInfo>;
  /** Subscribe to native-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

export const STEERING_API_KEYS = ['openTextFiles', 'saveTextFile', 'openExternal', 'getAppInfo', 'onMenuCommand'] as const satisfies readonly (keyof SteeringApi)[];
