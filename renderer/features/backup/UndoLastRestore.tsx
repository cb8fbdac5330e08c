import { useEffect, useState } from 'react';
import { parseBackupFileName } from '../../../shared/backup/file-name';
import { formatDateTime } from '../../lib/format/dates';
import { findLastRestoreCopy, undoRestoreFromCopy } from './actions';
import { useBackupState } from './backup-state';

/**
 * "Undo the restore of <date>" from the pre-restore copy in the backup folder (issue 20),
 * offered while that copy exists, after a restart too. The panel shows it when the
 * session's own "Undo restore" banner is not showing; a copy the member declined this
 * session ("Keep the restored data", or the copy an undo itself saved) is not offered again.
 */
export function UndoLastRestore({ refreshKey, busy }: { refreshKey: unknown; busy: boolean }) {
  const { undoDeclined } = useBackupState();
  const [copy, setCopy] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // No list, no offer: the backup list below says why it cannot be read.
    findLastRestoreCopy().then(
      (name) => live && setCopy(name),
      () => live && setCopy(null),
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);

  const createdAt = copy ? parseBackupFileName(copy)?.createdAt : undefined;
  if (!copy || !createdAt || copy === undoDeclined) return null;
  const when = formatDateTime(createdAt);
  return (
    <div className="banner undo-restore" role="status">
      <span>Your workspace was last restored on {when}. The data it replaced was saved first and can be put back.</span>
      <button type="button" className="button" disabled={busy} onClick={() => void undoRestoreFromCopy(copy)}>
        Undo the restore of {when}
      </button>
    </div>
  );
}
