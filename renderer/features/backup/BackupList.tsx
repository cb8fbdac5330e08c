import { useEffect, useState } from 'react';
import type { BackupListing } from '../../../shared/ipc/channels';
import { platform } from '../../lib/platform';
import { chooseStoredBackup } from './actions';
import type { PendingRestore } from './backup-state';
import { describeBackupName, formatBytes } from './labels';

/** The automatic backups the app keeps, newest first; each whole one can be restored. */
export function BackupList({ refreshKey, mode = 'normal' }: { refreshKey: unknown; mode?: PendingRestore['mode'] }) {
  const [listing, setListing] = useState<BackupListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    platform.listBackups().then(
      (l) => live && setListing(l),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);

  if (error) return <p className="field-error">The list of backups could not be read: {error}</p>;
  if (!listing) return <p className="muted">Looking for backups…</p>;
  if (listing.backups.length === 0) return <p className="muted">No automatic backups yet. One is made every few hours while the app is open.</p>;
  return (
    <>
      <p className="muted">Kept in {listing.folder}.</p>
      <ul className="backup-list" aria-label="Automatic backups">
        {listing.backups.map((b) => (
          <li key={b.fileName}>
            <span className="backup-when">{describeBackupName(b.fileName)}</span>
            <span className="muted">{formatBytes(b.bytes)}</span>
            {b.incomplete ? (
              <span className="field-error">Incomplete file: it was cut short and cannot be restored.</span>
            ) : (
              <button type="button" className="button" onClick={() => void chooseStoredBackup(b.fileName, mode)} aria-label={`Restore the backup of ${describeBackupName(b.fileName)}`}>
                Restore this backup
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
