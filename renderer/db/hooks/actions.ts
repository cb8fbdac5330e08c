/** Live queries of the action items (issue 5). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { DecisionId } from '../../../shared/model';
import { db } from '../instance';

/** All actions, soonest due first (undated last). */
export const useActions = () =>
  useLiveQuery(async () => (await db.actions.toArray()).sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.createdAt.localeCompare(b.createdAt)), []);

/** Actions created from one decision. */
export const useActionsOfDecision = (id: DecisionId) =>
  useLiveQuery(() => db.actions.filter((a) => a.origin.kind === 'decision' && a.origin.decisionId === id).toArray(), [id]);
