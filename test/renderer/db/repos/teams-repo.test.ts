import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { historyOf, undoLastChange } from '../../../../renderer/db/repos/history-repo';
import { setMe } from '../../../../renderer/db/repos/settings-repo';
import { setTeamAssignee } from '../../../../renderer/db/repos/teams-repo';
import type { MemberId, TeamId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

const xen = 'xen' as TeamId;

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  await setMe('Philip Taron');
});

describe('team assignment', () => {
  it('assigns two SC members to a team, recording each change', async () => {
    await setTeamAssignee(xen, 'm-tom' as MemberId, true);
    await setTeamAssignee(xen, 'm-julien' as MemberId, true);
    expect((await db.teams.get(xen))?.assigneeIds).toEqual(['m-tom', 'm-julien']);
    // Both changes may share a millisecond, so compare without relying on their order.
    expect((await historyOf('teams', xen)).map((h) => [h.by, h.summary]).sort()).toEqual([
      ['Philip Taron', 'assigned to Julien Malka'],
      ['Philip Taron', 'assigned to Tom Bereknyei'],
    ]);
  });

  it('does nothing when the member is already assigned', async () => {
    await setTeamAssignee(xen, 'm-tom' as MemberId, true);
    expect(await setTeamAssignee(xen, 'm-tom' as MemberId, true)).toBe(false);
  });

  it('undoes an assignment', async () => {
    await setTeamAssignee(xen, 'm-tom' as MemberId, true);
    await undoLastChange();
    expect((await db.teams.get(xen))?.assigneeIds).toEqual([]);
  });
});
