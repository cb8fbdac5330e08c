/** Triage edits of teams (issue 4): which SC members follow a team. */
import { teamRow, type MemberId, type TeamId, type TeamRow } from '../../../shared/model';
import { db } from '../instance';
import { changeRecord } from './history-repo';

/** Assigns (`on`) or unassigns an SC member to a team; returns whether anything changed. */
export async function setTeamAssignee(teamId: TeamId, memberId: MemberId, on: boolean): Promise<boolean> {
  const member = await db.members.get(memberId);
  const who = member?.name ?? 'a former member';
  return changeRecord<TeamRow>({
    table: 'teams',
    id: teamId,
    patch: (team) => {
      if (team.assigneeIds.includes(memberId) === on) return null;
      return { assigneeIds: on ? [...team.assigneeIds, memberId] : team.assigneeIds.filter((m) => m !== memberId) };
    },
    summary: () => (on ? `assigned to ${who}` : `unassigned ${who}`),
    validate: (row) => teamRow.parse(row),
  });
}
