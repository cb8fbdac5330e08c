/**
 * The shape of the object the preload exposes as `window.steering`. The renderer codes
 * against this type; in a plain browser (`npm run web`) it is replaced by browser
 * equivalents (renderer/lib/platform). Keep `STEERING_API_KEYS` in sync: a test checks
 * the preload exposes exactly these keys (SECURITY.md check 2).
 */
import type { AppInfo, BackupListing, FetchProgress, FetchTopicResult, MenuCommand, OpenFilesResult, SaveFolderResult, SaveResult, StorageRecheck } from './channels';

export type FileFilter = { name: string; extensions: string[] };

export type SteeringApi = {
  openTextFiles(opts: { title?: string; filters?: FileFilter[]; multiple: boolean }): Promise<OpenFilesResult>;
  saveTextFile(opts: { suggestedName: string; body: string; filters?: FileFilter[] }): Promise<SaveResult>;
  openExternal(url: string): Promise<{ opened: boolean }>;
  getAppInfo(): Promise<AppInfo>;
  /** Checks the data folder again after the member fixed it; the desktop app restarts on it once it is usable. */
  recheckStorage(): Promise<StorageRecheck>;
  /** Subscribe to native-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Writes an automatic backup into the app's backup folder and applies the retention rule. */
  saveAutoBackup(fileName: string, body: string): Promise<{ saved: boolean; removed: string[] }>;
  listBackups(): Promise<BackupListing>;
  readBackup(fileName: string): Promise<{ text: string }>;
  /** Asks for a folder and writes a set of files (relative paths) into a new sub-folder. */
  saveFolder(suggestedName: string, files: { path: string; body: string }[]): Promise<SaveFolderResult>;
  fetchTopic(url: string, requestId: string): Promise<FetchTopicResult>;
  cancelFetch(requestId: string): Promise<{ cancelled: boolean }>;
  onFetchProgress(listener: (progress: FetchProgress) => void): () => void;
  /** `saved` when written encrypted; else `sessionOnly` and a `message` to show: kept until the app quits (issue 20). */
  setDiscourseApiKey(host: string, kind: 'user-api-key' | 'api-key', key: string, username?: string): Promise<{ saved: boolean; sessionOnly?: true; message?: string }>;
  deleteDiscourseApiKey(host: string): Promise<{ deleted: boolean }>;
  listDiscourseHosts(): Promise<{ approved: string[]; withKeys: string[]; sessionOnly?: string[] }>;
};

export const STEERING_API_KEYS = [
  'openTextFiles', 'saveTextFile', 'openExternal', 'getAppInfo', 'recheckStorage', 'onMenuCommand',
  'saveAutoBackup', 'listBackups', 'readBackup', 'saveFolder',
  'fetchTopic', 'cancelFetch', 'onFetchProgress', 'setDiscourseApiKey', 'deleteDiscourseApiKey', 'listDiscourseHosts',
] as const satisfies readonly (keyof SteeringApi)[];
