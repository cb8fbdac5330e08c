/**
 * The screens shown when the workspace cannot be opened because of storage (SECURITY.md
 * check 38): the data folder cannot be written, or the database does not open. Each says
 * what happened in plain words, that nothing was changed, what to do, and where the
 * backups are, so the member is never left with an empty workspace and no explanation.
 */
import { useState } from 'react';
import { parseBackupFileName } from '../../shared/backup/file-name';
import type { StorageProblem } from '../../shared/ipc/channels';
import { DateText } from '../components/DateText';
import type { StorageHelp } from '../store/slices/status-slice';
import { StatusScreen } from './StatusScreen';
import { retryStorage, type RetryOutcome } from './storage-help';

const REASONS: Record<StorageProblem, string> = {
  'read-only': 'the folder is read-only',
  full: 'the disk is full',
  unusable: 'the folder cannot be used',
};

const TO_DO: Record<StorageProblem, string> = {
  'read-only': 'Make the folder writable again (or ask whoever looks after this computer), then choose Try again.',
  full: 'Free some space on that disk, then choose Try again.',
  unusable: 'Check that this path is a folder (not a file) on a disk that is connected, then choose Try again.',
};

/** The browser has no folder to name: its data lives in the site storage it gives the page. */
const isBrowser = (help: StorageHelp) => help.storage.dataFolder === '';

/**
 * The system's message, once: Dexie repeats the inner error's on a second line
 * ("The quota has been exceeded.\nQuotaExceededError: The quota has been exceeded.").
 */
export function plainDetail(detail: string): string {
  const lines = detail.split('\n').map((line) => line.trim().replace(/^[A-Za-z]+Error: /, '')).filter(Boolean);
  return [...new Set(lines)].join(' ');
}

function Path({ children }: { children: string }) {
  return <code className="path">{children}</code>;
}

function LatestBackup({ help }: { help: StorageHelp }) {
  const { backupFolder } = help.storage;
  const created = help.latestBackup ? parseBackupFileName(help.latestBackup)?.createdAt : undefined;
  if (help.latestBackup) {
    return (
      <p>
        Your latest automatic backup
        {created ? (
          <>
            , from <DateText kind="date-time" value={created} />,
          </>
        ) : null}{' '}
        is <Path>{help.latestBackup}</Path> in <Path>{backupFolder}</Path>.
      </p>
    );
  }
  return (
    <p>
      Automatic backups are kept in <Path>{backupFolder}</Path>; none could be read there just now.
    </p>
  );
}

/** Where the backups are and how to make a copy elsewhere once the workspace opens. */
export function BackupsGuidance({ help, detail }: { help: StorageHelp; detail: string }) {
  return (
    <section className="status-help" aria-labelledby="status-backups-title">
      <h2 id="status-backups-title">Your backups and exports</h2>
      {isBrowser(help) ? (
        <>
          <p>Backups you saved with Settings › Back up now… are files in your downloads folder.</p>
          <p>Once your workspace opens, Back up now… and Export everything as Markdown… in Settings save a copy as files you keep.</p>
        </>
      ) : (
        <>
          <LatestBackup help={help} />
          <p>Once your workspace opens, File › Back up… and File › Export… can save a copy anywhere you choose, such as another disk or a USB stick.</p>
        </>
      )}
      {detail ? <p className="muted status-detail">What the system reported: {plainDetail(detail)}</p> : null}
    </section>
  );
}

const RETRY_NOTES: Record<RetryOutcome, string> = {
  restarting: 'The folder can be used now. Steering Desk is restarting…',
  reloading: 'Storage can be used now. Reloading…',
  'still-unusable': 'Checked again: Steering Desk still cannot save there.',
};

/** The data folder cannot be written: no database was opened (or created) at all. */
export function StorageProblemScreen({ help }: { help: StorageHelp }) {
  const [retry, setRetry] = useState<{ busy: boolean; note: string | null }>({ busy: false, note: null });
  const problem = help.storage.problem ?? 'unusable';
  const tryAgain = async () => {
    setRetry({ busy: true, note: null });
    try {
      const outcome = await retryStorage();
      // Restarting or reloading: the button stays off until the window goes.
      setRetry({ busy: outcome !== 'still-unusable', note: RETRY_NOTES[outcome] });
    } catch (error) {
      setRetry({ busy: false, note: `The check could not run: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <StatusScreen
      title="Steering Desk cannot save your work"
      tone="error"
      guidance={
        <>
          <p>Nothing was changed or lost: the app stopped before opening your workspace, so it did not start an empty one in its place.</p>
          <p>{isBrowser(help) ? 'Open Steering Desk in a normal (not private) window, or allow this site to store data, then choose Try again.' : TO_DO[problem]}</p>
          {retry.note ? <p role="status">{retry.note}</p> : null}
        </>
      }
      action={{ label: retry.busy ? 'Checking…' : 'Try again', onClick: () => void tryAgain(), disabled: retry.busy }}
      extra={<BackupsGuidance help={help} detail={help.storage.detail} />}
    >
      {isBrowser(help) ? (
        <>Steering Desk cannot save in this browser: it gives this page no storage for your workspace.</>
      ) : (
        <>
          Steering Desk cannot save in its data folder <Path>{help.storage.dataFolder}</Path>: {REASONS[problem]}.
        </>
      )}
    </StatusScreen>
  );
}

/** The database did not open although the folder could be written (or in the browser). */
export function OpenFailedScreen({ message, isFull, help }: { message: string; isFull: boolean; help: StorageHelp }) {
  const causes = isFull
    ? 'The disk (or the space the browser allows) is full: free some space, then choose Try again.'
    : isBrowser(help)
      ? 'This happens when the disk is full, in some private windows, or when the browser blocks site data. Free some space or allow the site to store data, then choose Try again.'
      : 'This happens when the disk is full, the folder became read-only, or another program holds the files. Free some space or make the folder writable, then choose Try again.';
  return (
    <StatusScreen
      title="Your workspace could not be opened"
      tone="error"
      guidance={
        <>
          <p>Steering Desk did not change or delete anything.</p>
          <p>{causes}</p>
        </>
      }
      action={{ label: 'Try again', onClick: () => location.reload() }}
      extra={<BackupsGuidance help={help} detail={message} />}
    >
      {isBrowser(help) ? (
        <>This browser did not let Steering Desk open the storage where your workspace is kept.</>
      ) : (
        <>
          Steering Desk could not open the storage in its data folder <Path>{help.storage.dataFolder}</Path>, where your workspace is kept.
        </>
      )}
    </StatusScreen>
  );
}
