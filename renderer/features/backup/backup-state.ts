/**
 * Session state of the Backup & restore panel: the restore waiting for confirmation and
 * the last restore (for "Undo restore"). It holds a whole validated backup, which is
 * domain data, so it stays out of the UI store; a tiny external store read with
 * `useSyncExternalStore` is enough. It is also used by the recovery screen, which runs
 * without the shell.
 */
import { useSyncExternalStore } from 'react';
import type { BackupFile } from '../../../shared/backup/format';
import type { BackupSummary } from '../../../shared/backup/validate';
import type { TableName } from '../../../shared/model';
import type { RestoreOutcome } from '../../db/repos/backup-repo';

/** A checked backup shown in the confirmation, with what it would replace. */
export type PendingRestore = {
  source: string;
  backup: BackupFile;
  summary: BackupSummary;
  current: Record<TableName, number> | null;
  /** `recovery`: the database cannot open; the restore recreates it. */
  mode: 'normal' | 'recovery';
};

export type BackupState = {
  pending: PendingRestore | null;
  /** The last restore of this session, until undone or dismissed. */
  lastRestore: (RestoreOutcome & { source: string }) | null;
  busy: boolean;
  /** A refusal or failure to show in the panel (role=alert). */
  problem: string | null;
  /**
   * The pre-restore copy the member is not to be offered again this session: the one they
   * chose to keep the restored data over, or the one their "Undo restore" itself just saved.
   */
  undoDeclined: string | null;
};

const initial: BackupState = { pending: null, lastRestore: null, busy: false, problem: null, undoDeclined: null };
let state = initial;
const listeners = new Set<() => void>();

export function getBackupState(): BackupState {
  return state;
}

export function setBackupState(patch: Partial<BackupState>): void {
  state = { ...state, ...patch };
  listeners.forEach((l) => l());
}

/** Back to the initial state (tests). */
export function resetBackupState(): void {
  setBackupState(initial);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBackupState(): BackupState {
  return useSyncExternalStore(subscribe, getBackupState);
}
