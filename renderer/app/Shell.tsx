import { useEffect } from 'react';
import { platform } from '../lib/platform';
import { useSetView, useView } from '../store';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Banners } from './Banners';
import { Nav } from './Nav';
import { VIEW_COMPONENTS, VIEW_LABELS } from './views';
import { useFileDrop } from '../features/import/useFileDrop';
import { backupNow, chooseRestoreFile } from '../features/backup/actions';
import { requestUrlPanel } from '../features/import/url/open-request';

/** The workspace: navigation on the left, the current view on the right, banners on top. */
export function Shell() {
  const view = useView();
  const setView = useSetView();
  const Current = VIEW_COMPONENTS[view];
  useFileDrop();

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'import' || command === 'import-url') setView('import');
        if (command === 'import-url') requestUrlPanel();
        if (command === 'backup' || command === 'restore' || command === 'export' || command === 'about') setView('settings');
        if (command === 'backup') void backupNow();
        if (command === 'restore') void chooseRestoreFile();
      }),
    [setView],
  );

  return (
    <div className="shell">
      <Nav />
      <main className="workspace" id="main" tabIndex={-1}>
        <Banners />
        {/* One boundary per view (issue 20): a view that throws leaves the navigation, the banners and the other views working. */}
        <ErrorBoundary key={view} what={`The ${VIEW_LABELS[view]} view`} scope="view">
          <Current />
        </ErrorBoundary>
      </main>
    </div>
  );
}
