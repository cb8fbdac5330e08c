/**
 * What the Backup & restore panel, the File menu and the recovery screen do (issue 7).
 * Every restore goes: read the file → validate it whole → show what it holds and what it
 * replaces → (member confirms) → pre-restore backup → one-transaction write. A refused
 * file is reported with the validator's message and nothing is written.
 */
import { backupFileName, parseBackupFileName } from '../../../shared/backup/file-name';
import type { BackupReason } from '../../../shared/backup/format';
import { exportWorkspaceMarkdown } from '../../../shared/export/workspace-markdown';
import {
  checkBackupText, currentCounts, makeBackup, readAllTables, restoreBackup, restoreIntoFreshDatabase, undoRestore,
} from '../../db/repos/backup-repo';
import { isDesktop, platform } from '../../lib/platform';
import { runAction } from '../../lib/run-action';
import { useUi } from '../../store';
import { getBackupState, setBackupState, type PendingRestore } from './backup-state';
import { makeBackupInWorker } from './backup-runner';

export const BACKUP_FILTERS = [{ name: 'Steering Desk backup', extensions: ['json'] }];

let appVersion: Promise<string> | null = null;
/** The version written into backups (the desktop app's, or the web build's). */
export function currentAppVersion(): Promise<string> {
  appVersion ??= platform.getAppInfo().then((info) => info.version, () => '0.0.0');
  return appVersion;
}

const saveAuto = (fileName: string, text: string) => platform.saveAutoBackup(fileName, text);

/** Saves an automatic backup of the workspace into the app's backup folder. */
export async function saveAutomaticBackup(reason: Exclude<BackupReason, 'manual'>, now = new Date()): Promise<string> {
  const made = await makeBackup(reason, await currentAppVersion(), now);
  await saveAuto(made.fileName, made.text);
  return made.fileName;
}

/**
 * The same, made in a worker so that the window stays usable while a large workspace is
 * backed up (backup.worker.ts); the schedule's backups, which nobody waits for, use it.
 */
export async function saveAutomaticBackupInBackground(reason: Exclude<BackupReason, 'manual'>, now = new Date()): Promise<string> {
  let made: { fileName: string; text: string } | null = null;
  try {
    const result = await makeBackupInWorker({ reason, appVersion: await currentAppVersion(), at: now.toISOString(), saveInWorker: !isDesktop });
    if (result?.kind === 'saved') return result.fileName;
    made = result;
  } catch (error) {
    // A backup that holds the window still beats no backup.
    console.warn('[steering-desk] the backup worker failed; backing up in the window instead', error);
  }
  if (made === null) return saveAutomaticBackup(reason, now);
  await saveAuto(made.fileName, made.text);
  return made.fileName;
}

/** "Back up now…": the whole workspace into a file the member chooses. */
export async function backupNow(): Promise<void> {
  await runAction(async () => {
    const made = await makeBackup('manual', await currentAppVersion());
    const result = await platform.saveTextFile({ suggestedName: made.fileName, body: made.text, filters: BACKUP_FILTERS });
    if (result.status === 'saved') useUi.getState().notify('success', `Backup saved as ${result.fileName}.`);
  });
}

/** Checks a backup's text and, if it is sound, asks the member to confirm the restore. */
export async function prepareRestore(text: string, source: string, mode: PendingRestore['mode'] = 'normal'): Promise<boolean> {
  const checked = checkBackupText(text, source);
  if (!checked.ok) {
    setBackupState({ problem: `${checked.error.message} Your workspace was not changed.`, pending: null });
    return false;
  }
  const current = mode === 'normal' ? await currentCounts() : null;
  setBackupState({ pending: { source, backup: checked.backup, summary: checked.summary, current, mode }, problem: null });
  return true;
}

/** "Restore from a file…": pick a backup file, then confirm. */
export async function chooseRestoreFile(): Promise<void> {
  const picked = await platform.openTextFiles({ title: 'Restore from a backup file', filters: BACKUP_FILTERS, multiple: false });
  if (picked.status !== 'opened') return;
  const refused = picked.refused[0];
  if (refused) {
    setBackupState({ problem: `${refused.name} ${refused.reason}. Your workspace was not changed.` });
    return;
  }
  const file = picked.files[0];
  if (!file) return;
  await prepareRestore(new TextDecoder().decode(file.bytes), file.name);
}

/** "Restore this backup" from the list of automatic backups. */
export async function chooseStoredBackup(fileName: string, mode: PendingRestore['mode'] = 'normal'): Promise<boolean> {
  try {
    const { text } = await platform.readBackup(fileName);
    return await prepareRestore(text, fileName, mode);
  } catch (error) {
    setBackupState({ problem: `${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}` });
    return false;
  }
}

export function cancelRestore(): void {
  setBackupState({ pending: null });
}

/** Restores the confirmed backup; keeps what is needed to undo it. */
export async function confirmRestore(): Promise<boolean> {
  const pending = getBackupState().pending;
  if (!pending) return false;
  setBackupState({ busy: true });
  const version = await currentAppVersion();
  const failure = await runAction(async () => {
    if (pending.mode === 'recovery') {
      await restoreIntoFreshDatabase(pending.backup, { appVersion: version, save: saveAuto });
      setBackupState({ pending: null, lastRestore: null });
      return;
    }
    const outcome = await restoreBackup(pending.backup, { appVersion: version, save: saveAuto });
    setBackupState({ pending: null, lastRestore: { ...outcome, source: pending.source } });
  }, { success: `Restored ${pending.source}. Your previous data was saved as a backup first.` });
  setBackupState({ busy: false, ...(failure ? { problem: failure } : {}) });
  return failure === null;
}

/** "Undo restore": puts back exactly the data the last restore replaced. */
export async function undoLastRestore(): Promise<void> {
  const last = getBackupState().lastRestore;
  if (!last) return;
  setBackupState({ busy: true });
  const version = await currentAppVersion();
  const failure = await runAction(async () => {
    const undone = await undoRestore(last, { appVersion: version, save: saveAuto });
    // Its own safety copy holds the restored data: offering to "undo" that now would redo.
    setBackupState({ lastRestore: null, undoDeclined: undone.preRestore.fileName });
  }, { success: 'The restore was undone; your previous data is back.' });
  setBackupState({ busy: false, ...(failure ? { problem: failure } : {}) });
}

export function dismissUndo(): void {
  setBackupState({ lastRestore: null, undoDeclined: getBackupState().lastRestore?.preRestore.fileName ?? null });
}

/**
 * The newest whole pre-restore copy in the backup folder, or null. Only a restore saves one,
 * so it holds the data the last restore replaced; retention keeps it for 30 days and never
 * removes the newest (shared/backup/retention.ts). This is what makes "Undo the restore"
 * work after a restart, when the session's `lastRestore` is gone (issue 20).
 */
export async function findLastRestoreCopy(): Promise<string | null> {
  const { backups } = await platform.listBackups();
  return backups.find((b) => !b.incomplete && parseBackupFileName(b.fileName)?.reason === 'pre-restore')?.fileName ?? null;
}

/**
 * "Undo the restore of <date>" from the saved copy: checked whole, then shown for the member
 * to confirm (time has passed, so the confirmation says what it replaces); the restore that
 * follows saves its own pre-restore copy first, like any other.
 */
export async function undoRestoreFromCopy(fileName: string): Promise<boolean> {
  return chooseStoredBackup(fileName);
}

/** "Export everything as Markdown…": a folder (or one combined file in some browsers). */
export async function exportEverything(today = new Date()): Promise<void> {
  await runAction(async () => {
    const files = exportWorkspaceMarkdown(await readAllTables(), { today: localDay(today), appVersion: await currentAppVersion() });
    const name = backupFileName(today, 'manual').replace(/-manual\.json$/, '-markdown');
    const result = await platform.saveFolder(name, files);
    if (result.status === 'saved') useUi.getState().notify('success', `Exported ${result.files} files to ${result.folderName}.`);
  });
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
