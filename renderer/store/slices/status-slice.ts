import type { StateCreator } from 'zustand';
import type { StorageStatus } from '../../../shared/ipc/channels';

/**
 * Where the member's data and backups are, for the screens shown instead of the workspace:
 * the data-folder check and the newest automatic backup's file name (null when none was found).
 */
export type StorageHelp = { storage: StorageStatus; latestBackup: string | null };

/** Where the database connection stands; the shell shows a screen or banner for each. */
export type DbStatus =
  | { kind: 'opening' }
  | { kind: 'ready' }
  /** The data folder cannot be written (SECURITY.md check 38): no database was opened at all. */
  | { kind: 'storage-unusable'; help: StorageHelp }
  | { kind: 'upgrade-failed'; message: string }
  /** Opening the database failed; `isFull` when the failure says the disk or quota is full. */
  | { kind: 'open-failed'; message: string; isFull: boolean; help: StorageHelp }
  | { kind: 'version-changed' }
  | { kind: 'blocked' };

export type Notice = { id: number; tone: 'info' | 'success' | 'error'; text: string };

export type StatusSlice = {
  dbStatus: DbStatus;
  /** Set when a write failed because the disk or quota is full; stays until dismissed. */
  storageFull: boolean;
  notices: Notice[];
  setDbStatus: (status: DbStatus) => void;
  setStorageFull: (full: boolean) => void;
  notify: (tone: Notice['tone'], text: string) => void;
  dismissNotice: (id: number) => void;
};

let nextNoticeId = 1;

export const statusSlice: StateCreator<StatusSlice, [], [], StatusSlice> = (set) => ({
  dbStatus: { kind: 'opening' },
  storageFull: false,
  notices: [],
  setDbStatus: (dbStatus) => set({ dbStatus }),
  setStorageFull: (storageFull) => set({ storageFull }),
  notify: (tone, text) => set((s) => ({ notices: [...s.notices.slice(-4), { id: nextNoticeId++, tone, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
