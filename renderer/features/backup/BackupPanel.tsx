import '../../styles/backup.css';
import { backupNow, chooseRestoreFile, dismissUndo, exportEverything, undoLastRestore } from './actions';
import { setBackupState, useBackupState } from './backup-state';
import { BackupList } from './BackupList';
import { RestoreConfirm } from './RestoreConfirm';
import { UndoLastRestore } from './UndoLastRestore';

/** Backup & restore, in Settings (issue 7). */
export function BackupPanel() {
  const { pending, lastRestore, busy, problem } = useBackupState();
  const refreshKey = `${lastRestore?.preRestore.fileName ?? ''}${busy}`;
  return (
    <section className="card backup-panel" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup &amp; restore</h2>
      <p className="muted">
        Your workspace lives only on this computer. A backup is one file with everything in it; keep copies somewhere safe.
      </p>
      {lastRestore ? (
        <div className="banner undo-restore" role="status">
          <span>Restored {lastRestore.source}. Your data from before is kept and can be put back.</span>
          <button type="button" className="button primary" disabled={busy} onClick={() => void undoLastRestore()}>
            Undo restore
          </button>
          <button type="button" className="button" onClick={dismissUndo}>
            Keep the restored data
          </button>
        </div>
      ) : (
        <UndoLastRestore refreshKey={refreshKey} busy={busy} />
      )}
      {problem ? (
        <div className="banner is-error" role="alert">
          <span>{problem}</span>
          <button type="button" className="button" onClick={() => setBackupState({ problem: null })}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button primary" onClick={() => void backupNow()}>
          Back up now…
        </button>
        <button type="button" className="button" onClick={() => void chooseRestoreFile()}>
          Restore from a file…
        </button>
        <button type="button" className="button" onClick={() => void exportEverything()}>
          Export everything as Markdown…
        </button>
      </div>
      {pending ? <RestoreConfirm pending={pending} busy={busy} /> : null}
      <h3>Automatic backups</h3>
      <BackupList refreshKey={refreshKey} />
    </section>
  );
}
