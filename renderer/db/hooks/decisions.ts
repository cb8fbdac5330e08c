/** Live queries of the Decisions screens (issue 5) and of the decision badges other screens show. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { DecisionId, ItemId, TeamId } from '../../../shared/model';
import { db } from '../instance';
import { listDecisions } from '../repos/decisions-repo';
import { postRefsOf } from '../repos/threads-lookup';

/** All decisions, newest number first. */
export const useDecisions = () => useLiveQuery(() => listDecisions(), []);

export const useDecision = (id: DecisionId | null) => useLiveQuery(async () => (id ? ((await db.decisions.get(id)) ?? null) : null), [id]);

/** Decisions that decide an item, by number. */
export const useDecisionsOfItem = (itemId: ItemId) => useLiveQuery(() => db.decisions.where('itemIds').equals(itemId).sortBy('number'), [itemId]);

/** Decisions linked to a team, by number. */
export const useDecisionsOfTeam = (teamId: TeamId) => useLiveQuery(() => db.decisions.where('teamIds').equals(teamId).sortBy('number'), [teamId]);

/** Everything a decision screen or export looks names up in; threads and posts link decided asks to their posts. */
export const useDecisionLookups = () =>
  useLiveQuery(async () => {
    const items = await db.items.toArray();
    return {
      items,
      tags: await db.tags.orderBy('name').toArray(),
      meetings: await db.meetings.toArray(),
      teams: await db.teams.orderBy('name').toArray(),
      members: await db.members.orderBy('name').toArray(),
      threads: await db.threads.toArray(),
      updates: await postRefsOf(items.filter((i) => i.decisionIds.length > 0)),
    };
  }, []);
