import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupFolderError, createBackupFolder } from '../../../../electron/main/backups/backup-folder';
import { backupFileName } from '../../../../shared/backup/file-name';
import { backup, backupText } from './backup-text';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const at = (iso: string) => () => new Date(iso);
// Every folder judges dates against the test's clock, never the machine's.
const NOW = at('2026-11-26T12:00:00Z');

describe('the backup folder', () => {
  it('creates the folder on first save and writes the backup under its name', async () => {
    const folder = createBackupFolder(join(dir, 'backups'), { now: NOW });
    const { name, body } = backup('2026-11-26T10:15:00.000Z', 'manual');
    await expect(folder.save(name, body)).resolves.toEqual({ saved: true, removed: [] });
    expect(await readFile(join(dir, 'backups', name), 'utf8')).toBe(body);
  });

  it('lists backups newest first with their sizes and ignores other files', async () => {
    const folder = createBackupFolder(dir, { now: NOW });
    const older = backup('2026-11-25T18:00:00Z');
    const newer = backup('2026-11-26T08:00:00Z', 'scheduled', 1000);
    await folder.save(older.name, older.body);
    await folder.save(newer.name, newer.body);
    await writeFile(join(dir, '.steering-desk-2026-11-27T08-00-00Z-manual.json.abc.tmp'), 'partial');
    await writeFile(join(dir, 'notes.txt'), 'mine');
    const listing = await folder.list();
    expect(listing.folder).toBe(dir);
    expect(listing.backups).toEqual([
      { fileName: 'steering-desk-2026-11-26T08-00-00-000Z-scheduled.json', bytes: Buffer.byteLength(newer.body) },
      { fileName: 'steering-desk-2026-11-25T18-00-00-000Z-scheduled.json', bytes: Buffer.byteLength(older.body) },
    ]);
  });

  it('marks a file with a backup name that was cut short as incomplete, and a whole one not', async () => {
    const folder = createBackupFolder(dir, { now: NOW });
    const whole = backupFileName('2026-11-26T08:00:00Z', 'manual');
    const cut = backupFileName('2026-11-26T09:00:00Z', 'manual');
    const empty = backupFileName('2026-11-26T10:00:00Z', 'manual');
    await folder.save(whole, backupText('2026-11-26T08:00:00Z', 'manual'));
    await writeFile(join(dir, cut), '{"format":"steering-desk-backup","tables":{"items":[{"id":"a"');
    await writeFile(join(dir, empty), '');
    const { backups } = await folder.list();
    expect(backups.map((b) => [b.fileName, b.incomplete ?? false])).toEqual([
      [empty, true],
      [cut, true],
      [whole, false],
    ]);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    await expect(createBackupFolder(join(dir, 'missing')).list()).resolves.toEqual({ backups: [], folder: join(dir, 'missing') });
  });

  it('applies the retention rule after a save and leaves files it does not know alone', async () => {
    const folder = createBackupFolder(dir, { now: at('2026-11-26T12:00:00Z'), policy: { keepToday: 2, keepDaily: 1, maxTotal: 5 } });
    await writeFile(join(dir, 'notes.txt'), 'mine');
    for (const time of ['2026-11-24T09:00:00Z', '2026-11-25T09:00:00Z', '2026-11-25T18:00:00Z', '2026-11-26T08:00:00Z', '2026-11-26T09:00:00Z']) {
      await writeFile(join(dir, backupFileName(time, 'scheduled')), 'x');
    }
    const result = await folder.save(backupFileName('2026-11-26T11:00:00Z', 'scheduled'), backupText('2026-11-26T11:00:00Z', 'scheduled'));
    expect(result.removed.sort()).toEqual([
      backupFileName('2026-11-24T09:00:00Z', 'scheduled'),
      backupFileName('2026-11-25T09:00:00Z', 'scheduled'),
      backupFileName('2026-11-26T08:00:00Z', 'scheduled'),
    ].sort());
    expect((await readdir(dir)).sort()).toEqual([
      'notes.txt',
      backupFileName('2026-11-25T18:00:00Z', 'scheduled'),
      backupFileName('2026-11-26T09:00:00Z', 'scheduled'),
      backupFileName('2026-11-26T11:00:00Z', 'scheduled'),
    ].sort());
  });

  it('keeps the pre-restore copy through a day of scheduled backups and the next day’s (issue 20)', async () => {
    const copy = backup('2026-11-26T09:00:00Z', 'pre-restore');
    await createBackupFolder(dir, { now: at('2026-11-26T09:00:01Z') }).save(copy.name, copy.body);
    for (const time of ['2026-11-26T13:00:00Z', '2026-11-26T17:00:00Z', '2026-11-26T21:00:00Z', '2026-11-27T09:00:00Z', '2026-11-28T09:00:00Z']) {
      const next = backup(time);
      await createBackupFolder(dir, { now: at(time) }).save(next.name, next.body);
    }
    expect((await readdir(dir))).toContain(copy.name);
  });

  it('leaves a file dated in the future alone and lets it take none of today’s places', async () => {
    const future = backupFileName('2099-01-01T00:00:00Z', 'scheduled');
    await writeFile(join(dir, future), 'x');
    const today = ['2026-11-26T09:00:00Z', '2026-11-26T10:00:00Z', '2026-11-26T11:00:00Z'].map((t) => backup(t));
    for (const b of today) await createBackupFolder(dir, { now: NOW }).save(b.name, b.body);
    expect((await readdir(dir)).sort()).toEqual([future, ...today.map((b) => b.name)].sort());
  });

  it('reads a backup back by name', async () => {
    const folder = createBackupFolder(dir, { now: NOW });
    const { name, body } = backup('2026-11-26T10:15:00Z', 'pre-restore');
    await folder.save(name, body);
    await expect(folder.read(name)).resolves.toEqual({ text: body });
  });

  it.each(['../secrets.json', '/etc/passwd', 'steering-desk-2026-11-26T10-15-00Z-manual.json/../../x', 'notes.txt'])(
    'refuses to read or write %s, which is not a backup name',
    async (name) => {
      const folder = createBackupFolder(dir, { now: NOW });
      await expect(folder.read(name)).rejects.toBeInstanceOf(BackupFolderError);
      await expect(folder.save(name, backupText('2026-11-26T10:15:00Z', 'manual'))).rejects.toMatchObject({ code: 'bad-name' });
      expect(await readdir(dir)).toEqual([]);
    },
  );

  it('says which backup is missing', async () => {
    const name = backupFileName('2026-11-26T10:15:00Z', 'manual');
    await expect(createBackupFolder(dir).read(name)).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining(name) });
  });
});
