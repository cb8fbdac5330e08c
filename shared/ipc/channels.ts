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
export type AppInfo = { name: string; version: string; electron: string; platform: string; userDataDir: string };

/** Events main sends to the renderer (menu commands). The preload exposes one subscription per event. */
export const MENU_COMMANDS = ['import', 'export', 'backup', 'restore', 'import-url', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_EVENT = 'menu:command';

