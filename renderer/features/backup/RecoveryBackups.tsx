import { useState } from 'react';
import { platform } from '../../lib/platform';
import { chooseStoredBackup } from './actions';
import { useBackupState } from './backup-state';
import { BackupList } from './BackupList';
import { RestoreConfirm } from './RestoreConfirm';

/**
 * Offered on the "could not be upgraded" screen: the automatic backups and "Restore the
 * last backup". Works without the shell: the restore recreates the database at this
 * version (its current data is saved first), then the app reloads.
 */
export function RecoveryBackups() {
  const { pending, busy, problem } = useBackupState();
  const [searching, setSearching] = useState(false);

  const restoreLast = async () => {
    setSearching(true);
    // The newest backup this version can read; an older one may predate today's layout.
    const { backups } = await platform.listBackups().catch(() => ({ backups: [] }));
    for (const b of backups) if (!b.incomplete && (await chooseStoredBackup(b.fileName, 'recovery'))) break;
    setSearching(false);
  };

  return (
    <section className="recovery-backups" aria-labelledby="recovery-backups-title">
      <h2 id="recovery-backups-title">Restore a backup</h2>
      <button type="button" className="button primary" disabled={searching || busy} onClick={() => void restoreLast()}>
        Restore the last backup
      </button>
      {problem ? <p className="field-error" role="alert">{problem}</p> : null}
      {pending ? <RestoreConfirm pending={pending} busy={busy} onDone={() => location.reload()} /> : null}
      <BackupList refreshKey={busy} mode="recovery" />
    </section>
  );
}
