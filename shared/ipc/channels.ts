/**
 * IPC constants and result types without any runtime dependency, so that the preload
 * (which must stay small) can import them without pulling in the validation library.
 */

/** Largest text file the open dialog returns (a 50 MB export is refused with a message). */
export const MAX_OPEN_FILE_BYTES = 40 * 1024 * 1024;
/** Largest body the renderer may ask main to save (backups of a busy year stay well below). */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;
export const MAX_URL_LENGTH = 4096;

/**
 * A file the member picked. Its content travels as bytes so that the importer, which
 * also receives dropped files in the browser, checks encoding and binary content in one
 * place and names the file in its message.
 */
export type OpenedFile = { name: string; bytes: Uint8Array };
export type OpenFilesResult =
  | { status: 'cancelled' }
  | { status: 'opened'; files: OpenedFile[]; refused: { name: string; reason: string }[] };
export type SaveResult = { status: 'cancelled' } | { status: 'saved'; fileName: string };
export type AppInfo = { name: string; version: string; electron: string; platform: string; userDataDir: string; storage: StorageStatus };

/** Why the app cannot save in its data folder (SECURITY.md check 38): permissions, space, or something else in the way. */
export type StorageProblem = 'read-only' | 'full' | 'unusable';
/**
 * What main found when it checked the data folder at launch. With a problem the app runs on a
 * throwaway profile and the renderer must not open (or create) a workspace. The folders are
 * absolute paths in the desktop app and empty in the browser, whose data lives in site storage.
 * `detail` is the system's own message ('' when there is no problem).
 */
export type StorageStatus = { problem: StorageProblem | null; dataFolder: string; backupFolder: string; detail: string };
/** The answer to "check the data folder again": when it became usable the desktop app restarts itself on it. */
export type StorageRecheck = { storage: StorageStatus; relaunching: boolean };

/** Events main sends to the renderer (menu commands). The preload exposes one subscription per event. */
export const MENU_COMMANDS = ['import', 'export', 'backup', 'restore', 'import-url', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_EVENT = 'menu:command';


/** Names of automatic backups in the app's data folder (see shared/backup/file-name.ts). */
export const BACKUP_NAME_PATTERN = /^steering-desk-[0-9TZ:-]{10,30}-(manual|scheduled|pre-migration|pre-restore)\.json$/;
/** `incomplete`: the file does not end as a backup does (cut short, e.g. copied in half-written); it is listed but cannot be restored. */
export type BackupListing = { backups: { fileName: string; bytes: number; incomplete?: true }[]; folder: string };
export type SaveFolderResult = { status: 'cancelled' } | { status: 'saved'; folderName: string; files: number };

/** Outcome of fetching a thread: the raw responses for the importer, or a failure the member can read. */
export type FetchTopicResult =
  | { status: 'fetched'; files: { name: string; text: string }[]; topicId: number; title: string; postCount: number; origin: string; host: string }
  | { status: 'failed'; code: string; message: string }
  | { status: 'host-refused'; host: string };

/** Progress events of a fetch, sent by main with the request id the renderer chose. */
export const FETCH_PROGRESS_EVENT = 'discourse:progress';
export type FetchProgress = { requestId: string; fetched: number; total: number };
