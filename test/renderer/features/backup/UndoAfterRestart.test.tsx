// "Undo the restore" after a restart (issue 20): the session's memory of the last restore
// is gone, but the pre-restore copy in the backup folder is not, and it is offered while it exists.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupPanel } from '../../../../renderer/features/backup/BackupPanel';
import { resetBackupState } from '../../../../renderer/features/backup/backup-state';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { backupStore } from '../../../../renderer/db/backup-store';
import { makeBackup, readAllTables } from '../../../../renderer/db/repos/backup-repo';
import { formatDateTime } from '../../../../renderer/lib/format/dates';
import { platform } from '../../../../renderer/lib/platform';
import { resetUiStore } from '../../../../renderer/store';
import { parseBackupFileName } from '../../../../shared/backup/file-name';
import { seedSampleWorkspace } from '../../support/seed';

const asFile = (name: string, text: string) => ({ status: 'opened' as const, files: [{ name, bytes: new TextEncoder().encode(text) }], refused: [] });
const preRestoreCopies = async () => (await backupStore.backups.toArray()).map((b) => b.fileName).filter((n) => n.endsWith('-pre-restore.json')).sort();
const undoLabel = (fileName: string) => `Undo the restore of ${formatDateTime(parseBackupFileName(fileName)!.createdAt)}`;

beforeEach(async () => {
  await resetDatabaseForTests();
  await backupStore.backups.clear();
  await seedSampleWorkspace();
});
afterEach(() => {
  vi.restoreAllMocks();
  resetBackupState();
  resetUiStore();
});

/** Restores `text` from a file through the panel and returns the pre-restore copy it saved. */
async function restoreThroughPanel(text: string): Promise<string> {
  vi.spyOn(platform, 'openTextFiles').mockResolvedValue(asFile('old.json', text));
  const view = render(<BackupPanel />);
  await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
  const dialog = await screen.findByRole('region', { name: 'Restore old.json?' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Replace my workspace with this backup' }));
  await screen.findByRole('button', { name: 'Undo restore' });
  view.unmount();
  const [copy] = await preRestoreCopies();
  return copy!;
}

// Whole restores through the UI take seconds under jsdom when the machine is busy.
describe('undoing a restore after a restart', { timeout: 30_000 }, () => {
  it('offers the undo from the saved copy and puts back the data the restore replaced', async () => {
    const { text } = await makeBackup('manual', '0.1.0', new Date('2026-11-20T09:00:00Z'));
    await db.items.clear();
    const beforeRestore = await readAllTables();
    const copy = await restoreThroughPanel(text);
    expect(await db.items.count()).toBe(9);
    // A restart: the session's memory of the restore is gone; the backup folder is not.
    resetBackupState();

    render(<BackupPanel />);
    expect(screen.queryByRole('button', { name: 'Undo restore' })).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: undoLabel(copy) }));
    const dialog = await screen.findByRole('region', { name: `Restore ${copy}?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace my workspace with this backup' }));
    await screen.findByRole('button', { name: 'Undo restore' });
    expect(await readAllTables()).toEqual(beforeRestore);
  });

  it('offers nothing when no restore was ever made', async () => {
    const { fileName, text } = await makeBackup('scheduled', '0.1.0');
    await platform.saveAutoBackup(fileName, text);
    render(<BackupPanel />);
    await screen.findByRole('list', { name: 'Automatic backups' });
    expect(screen.queryByRole('button', { name: /^Undo the restore of / })).toBeNull();
  });

  it('offers nothing once the copy is gone', async () => {
    const { text } = await makeBackup('manual', '0.1.0');
    await restoreThroughPanel(text);
    resetBackupState();
    await backupStore.backups.clear();
    render(<BackupPanel />);
    await screen.findByText(/No automatic backups yet/);
    expect(screen.queryByRole('button', { name: /^Undo the restore of / })).toBeNull();
  });

  it('does not offer a copy that was cut short', async () => {
    const { text } = await makeBackup('manual', '0.1.0');
    const copy = await restoreThroughPanel(text);
    resetBackupState();
    const stored = (await backupStore.backups.get(copy))!;
    await backupStore.backups.put({ ...stored, body: stored.body.slice(0, 300) });
    render(<BackupPanel />);
    await screen.findByRole('list', { name: 'Automatic backups' });
    expect(screen.queryByRole('button', { name: /^Undo the restore of / })).toBeNull();
  });

  it('is not offered again this session after the member keeps the restored data', async () => {
    const { text } = await makeBackup('manual', '0.1.0');
    vi.spyOn(platform, 'openTextFiles').mockResolvedValue(asFile('old.json', text));
    render(<BackupPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
    await userEvent.click(within(await screen.findByRole('region', { name: 'Restore old.json?' })).getByRole('button', { name: 'Replace my workspace with this backup' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Keep the restored data' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Keep the restored data' })).toBeNull());
    await screen.findByRole('list', { name: 'Automatic backups' });
    expect(screen.queryByRole('button', { name: /^Undo the restore of / })).toBeNull();
  });

  it('after "Undo restore" in the same session, does not offer to undo the undo', async () => {
    const { text } = await makeBackup('manual', '0.1.0');
    vi.spyOn(platform, 'openTextFiles').mockResolvedValue(asFile('old.json', text));
    render(<BackupPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
    await userEvent.click(within(await screen.findByRole('region', { name: 'Restore old.json?' })).getByRole('button', { name: 'Replace my workspace with this backup' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Undo restore' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo restore' })).toBeNull());
    await waitFor(async () => expect(await preRestoreCopies()).toHaveLength(2));
    await screen.findByRole('list', { name: 'Automatic backups' });
    expect(screen.queryByRole('button', { name: /^Undo the restore of / })).toBeNull();
  });
});
