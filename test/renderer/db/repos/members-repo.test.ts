import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { addMember, listMembers, removeMember, updateMember } from '../../../../renderer/db/repos/members-repo';
import type { MemberId } from '../../../../shared/model';

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('members repo', () => {
  it('adds members with handles stored without @, sorted by name', async () => {
    await addMember({ name: 'Tom Bereknyei', handle: '@tomberek' });
    await addMember({ name: 'Julien Malka' });
    expect((await listMembers()).map((m) => [m.name, m.handle])).toEqual([
      ['Julien Malka', ''],
      ['Tom Bereknyei', 'tomberek'],
    ]);
  });

  it.each([
    [{ name: '   ' }, 'Enter the member’s name.'],
    [{ name: 'Ada', handle: 'a b' }, 'A handle has letters'],
  ])('refuses %j with a clear message and writes nothing', async (input, message) => {
    await expect(addMember(input)).rejects.toThrow(message);
    expect(await db.members.count()).toBe(0);
  });

  it('refuses a second member with the same name', async () => {
    await addMember({ name: 'Ada' });
    await expect(addMember({ name: 'ada' })).rejects.toThrow('Ada is already on the roster.');
    expect(await db.members.count()).toBe(1);
  });

  it('updates and removes members', async () => {
    const ada = await addMember({ name: 'Ada' });
    await updateMember(ada.id, { unavailable: ['2024-12-09'] });
    expect((await db.members.get(ada.id))?.unavailable).toEqual(['2024-12-09']);
    await removeMember(ada.id);
    expect(await db.members.count()).toBe(0);
    await expect(updateMember('gone' as MemberId, { name: 'x' })).rejects.toThrow('no longer exists');
  });
});
