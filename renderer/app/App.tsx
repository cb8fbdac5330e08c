import { useDbStatus } from '../store';
import { Shell } from './Shell';
import { StatusScreen } from './StatusScreen';
import { RecoveryBackups } from '../features/backup/RecoveryBackups';
import { OpenFailedScreen, StorageProblemScreen } from './StorageScreens';

/** Chooses between the workspace and the screens for a database that is not usable. */
export function App() {
  const status = useDbStatus();
  switch (status.kind) {
    case 'opening':
      return <StatusScreen title="Opening your workspace…" busy />;
    case 'ready':
      return <Shell />;
    case 'storage-unusable':
      return <StorageProblemScreen help={status.help} />;
    case 'version-changed':
      return (
        <StatusScreen title="Steering Desk was updated in another window" action={{ label: 'Reload', onClick: () => location.reload() }}>
          A newer version of the app opened your workspace. This window stopped saving so that nothing is written with the old layout. Reload to continue.
        </StatusScreen>
      );
    case 'blocked':
      return (
        <StatusScreen title="Waiting for another window" action={{ label: 'Reload', onClick: () => location.reload() }}>
          Another Steering Desk window is still using the workspace with an older version. Close it (or reload it), then reload here.
        </StatusScreen>
      );
    case 'upgrade-failed':
      return (
        <StatusScreen
          title="Your workspace could not be upgraded"
          tone="error"
          action={{ label: 'Try again', onClick: () => location.reload() }}
          extra={<RecoveryBackups />}
        >
          Nothing was lost: your data is still stored in the previous format. Restore your latest backup below, or keep using the previous version of the app.
          Details: {status.message}
        </StatusScreen>
      );
    case 'open-failed':
      return <OpenFailedScreen message={status.message} isFull={status.isFull} help={status.help} />;
  }
}
