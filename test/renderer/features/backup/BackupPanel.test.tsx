import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupPanel } from '../../../../renderer/features/backup/BackupPanel';
import { resetBackupState } from '../../../../renderer/features/backup/backup-state';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { backupStore } from '../../../../renderer/db/backup-store';
import { makeBackup, readAllTables } from '../../../../renderer/db/repos/backup-repo';
import { platform } from '../../../../renderer/lib/platform';
import { resetUiStore } from '../../../../renderer/store';
import { seedSampleWorkspace } from '../../support/seed';

const asFile = (name: string, text: string) => ({ status: 'opened' as const, files: [{ name, bytes: new TextEncoder().encode(text) }], refused: [] });

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

describe('the Backup & restore panel', () => {
  it('“Back up now…” saves the whole workspace as a backup file', async () => {
    const save = vi.spyOn(platform, 'saveTextFile').mockResolvedValue({ status: 'saved', fileName: 'x.json' });
    render(<BackupPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Back up now…' }));
    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    const { suggestedName, body } = save.mock.calls[0]![0];
    expect(suggestedName).toMatch(/^steering-desk-.*-manual\.json$/);
    expect(JSON.parse(body).counts.teams).toBe(8);
  });

  it('shows what a backup file holds and what it replaces, restores it, and undoes the restore', async () => {
    const { text } = await makeBackup('manual', '0.1.0', new Date('2026-11-20T09:00:00Z'));
    await db.items.clear();
    await db.teams.delete('xen');
    const beforeRestore = await readAllTables();
    vi.spyOn(platform, 'openTextFiles').mockResolvedValue(asFile('my-backup.json', text));
    render(<BackupPanel />);

    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
    const dialog = await screen.findByRole('region', { name: 'Restore my-backup.json?' });
    const teamsRow = within(dialog).getByRole('row', { name: /Teams/ });
    expect(within(teamsRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['8', '7']);
    expect(within(within(dialog).getByRole('row', { name: /Items and asks/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['9', '0']);
    expect(await db.items.count()).toBe(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace my workspace with this backup' }));
    await screen.findByRole('button', { name: 'Undo restore' });
    expect(await db.items.count()).toBe(9);
    expect((await backupStore.backups.toArray()).map((b) => b.fileName)).toEqual([expect.stringMatching(/-pre-restore\.json$/)]);

    await userEvent.click(screen.getByRole('button', { name: 'Undo restore' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo restore' })).toBeNull());
    expect(await readAllTables()).toEqual(beforeRestore);
  });

  it('refuses a damaged file with a clear message and changes nothing', async () => {
    const { text } = await makeBackup('manual', '0.1.0');
    const before = await readAllTables();
    vi.spyOn(platform, 'openTextFiles').mockResolvedValue(asFile('cut.json', text.slice(0, 500)));
    render(<BackupPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/cut\.json: The backup file is incomplete/);
    expect(alert.textContent).toContain('Your workspace was not changed.');
    expect(screen.queryByRole('region', { name: /Restore cut\.json/ })).toBeNull();
    expect(await readAllTables()).toEqual(before);
  });

  it('lists the automatic backups with dates and sizes and restores one of them', async () => {
    const { fileName, text } = await makeBackup('scheduled', '0.1.0', new Date('2026-11-20T09:00:00Z'));
    await platform.saveAutoBackup(fileName, text);
    await db.items.clear();
    render(<BackupPanel />);
    const list = await screen.findByRole('list', { name: 'Automatic backups' });
    expect(list.textContent).toMatch(/automatic/);
    expect(list.textContent).toMatch(/kB/);
    await userEvent.click(within(list).getByRole('button', { name: /^Restore the backup of / }));
    const dialog = await screen.findByRole('region', { name: `Restore ${fileName}?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace my workspace with this backup' }));
    await screen.findByRole('button', { name: 'Undo restore' });
    expect(await db.items.count()).toBe(9);
  });

  it('cancel leaves the workspace as it is', async () => {
    const { text } = await makeBackup('manual', '0.1.0');
    await db.items.clear();
    vi.spyOn(platform, 'openTextFiles').mockResolvedValue(asFile('b.json', text));
    render(<BackupPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Restore b.json?' })).toBeNull();
    expect(await db.items.count()).toBe(0);
  });

  it('“Export everything as Markdown…” hands the export files to the platform', async () => {
    const saveFolder = vi.spyOn(platform, 'saveFolder').mockResolvedValue({ status: 'saved', folderName: 'x', files: 3 });
    render(<BackupPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Export everything as Markdown…' }));
    await waitFor(() => expect(saveFolder).toHaveBeenCalledOnce());
    const [name, files] = saveFolder.mock.calls[0]!;
    expect(name).toMatch(/^steering-desk-.*-markdown$/);
    expect(files.map((f) => f.path)).toContain('teams/xen.md');
  });
});
