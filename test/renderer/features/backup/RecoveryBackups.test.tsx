import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../../renderer/app/App';
import { resetBackupState } from '../../../../renderer/features/backup/backup-state';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { backupStore } from '../../../../renderer/db/backup-store';
import { makeBackup } from '../../../../renderer/db/repos/backup-repo';
import { platform } from '../../../../renderer/lib/platform';
import { resetUiStore, useUi } from '../../../../renderer/store';
import { backupFileName } from '../../../../shared/backup/file-name';
import { seedSampleWorkspace } from '../../support/seed';

beforeEach(async () => {
  await resetDatabaseForTests();
  await backupStore.backups.clear();
});
afterEach(() => {
  resetBackupState();
  resetUiStore();
});

describe('the recovery screen after a failed upgrade', () => {
  it('offers the last readable backup and restores it without the workspace shell', async () => {
    await seedSampleWorkspace();
    const good = await makeBackup('scheduled', '0.1.0', new Date('2026-11-25T09:00:00Z'));
    await platform.saveAutoBackup(good.fileName, good.text);
    const newer = backupFileName('2026-11-26T09:00:00Z', 'pre-migration');
    await platform.saveAutoBackup(newer, good.text.slice(0, 200));
    await db.items.clear();
    db.close();

    useUi.getState().setDbStatus({ kind: 'upgrade-failed', message: 'Upgrading the workspace to version 3 failed: boom' });
    render(<App />);
    expect(screen.queryByRole('navigation')).toBeNull();
    const list = await screen.findByRole('list', { name: 'Automatic backups' });
    // The cut-short copy is listed as incomplete, with no restore button of its own.
    expect(within(list).getAllByRole('button', { name: /^Restore the backup of/ })).toHaveLength(1);
    expect(within(list).getByText(/Incomplete file/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Restore the last backup' }));
    const dialog = await screen.findByRole('region', { name: `Restore ${good.fileName}?` });
    expect(within(dialog).getByRole('row', { name: /Items and asks/ }).textContent).toContain('9');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace my workspace with this backup' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: `Restore ${good.fileName}?` })).toBeNull());
    expect(await db.items.count()).toBe(9);
    const kept = (await platform.listBackups()).backups.map((b) => b.fileName);
    expect(kept.some((n) => n.endsWith('-pre-restore.json'))).toBe(true);
  });
});
