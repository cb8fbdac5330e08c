import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { changeRecord, changeRecords, historyOf, undoLastChange } from '../../../../renderer/db/repos/history-repo';
import { setMe } from '../../../../renderer/db/repos/settings-repo';
import { HISTORY_LIMITS, historyRow, type TeamId, type TeamRow } from '../../../../shared/model';

const team = (id: string, name: string): TeamRow => ({ id: id as TeamId, name, aliases: [], groupHandles: [], members: [], assigneeIds: [], createdAt: '2024-11-25T10:00:00.000Z' });

beforeEach(async () => {
  await resetDatabaseForTests();
  await db.teams.bulkAdd([team('xen', 'Xen'), team('docs', 'Documentation')]);
});

describe('changeRecord', () => {
  it('writes the change and a history row with who, when and what', async () => {
    await setMe('Tom');
    await changeRecord<TeamRow>({ table: 'teams', id: 'xen', patch: () => ({ name: 'Xen Project' }), summary: (c, p) => `name: ${c.name} → ${p.name}` });
    expect((await db.teams.get('xen'))?.name).toBe('Xen Project');
    const [entry] = await historyOf('teams', 'xen');
    expect(entry).toMatchObject({ by: 'Tom', summary: 'name: Xen → Xen Project', before: { name: 'Xen' } });
    expect(Date.parse(entry!.at)).not.toBeNaN();
  });

  it('keeps a summary quoting long typed text within what a backup holds', async () => {
    const long = 'Write to the Xen team about the alias. '.repeat(300);
    await changeRecord<TeamRow>({ table: 'teams', id: 'xen', patch: () => ({ name: 'Xen Project' }), summary: () => `note: ${long}` });
    const [entry] = await historyOf('teams', 'xen');
    expect(entry!.summary.length).toBeLessThanOrEqual(HISTORY_LIMITS.summary);
    expect(entry!.summary.endsWith('…')).toBe(true);
    expect(historyRow.safeParse(entry).success).toBe(true);
  });

  it('writes nothing when validation fails midway through several changes', async () => {
    await expect(
      changeRecords<TeamRow>([
        { table: 'teams', id: 'xen', patch: () => ({ name: 'Changed' }), summary: () => 'rename' },
        {
          table: 'teams',
          id: 'docs',
          patch: () => ({ name: '' }),
          summary: () => 'rename',
          validate: (row) => {
            if (!row.name) throw new Error('A team needs a name.');
            return row;
          },
        },
      ]),
    ).rejects.toThrow('A team needs a name.');
    expect((await db.teams.get('xen'))?.name).toBe('Xen');
    expect(await db.history.count()).toBe(0);
  });

  it('refuses to change a record that no longer exists', async () => {
    await expect(changeRecord<TeamRow>({ table: 'teams', id: 'gone', patch: () => ({ name: 'x' }), summary: () => 'x' })).rejects.toThrow('no longer exists');
  });
});

describe('undoLastChange', () => {
  it('puts back the previous values, including fields that did not exist and null values', async () => {
    await changeRecord<TeamRow>({ table: 'teams', id: 'xen', patch: () => ({ isProposed: true, assigneeIds: [] }), summary: () => 'propose' });
    await changeRecord<TeamRow>({ table: 'teams', id: 'docs', patch: () => ({ name: 'Docs' }), summary: () => 'rename docs' });
    expect(await undoLastChange('Tom')).toBe('rename docs');
    expect((await db.teams.get('docs'))?.name).toBe('Documentation');
    expect(await undoLastChange('Tom')).toBe('propose');
    expect(await db.teams.get('xen')).not.toHaveProperty('isProposed');
    expect(await undoLastChange('Tom')).toBeNull();
    expect((await historyOf('teams', 'docs')).map((h) => h.summary)).toEqual(['undid: rename docs', 'rename docs']);
  });
});
