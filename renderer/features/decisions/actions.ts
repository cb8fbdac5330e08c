/** The writes a member triggers on the Decisions screen, wrapped for their feedback (runAction). */
import type { StatusChangeOptions } from '../../../shared/decisions/status-rules';
import type { DecisionId, DecisionStatus, MemberId, Vote } from '../../../shared/model';
import { changeDecisionStatus, createDecision, setVote, updateDecision, type DecisionDraft } from '../../db/repos/decisions-repo';
import { runAction } from '../../lib/run-action';
import { useUi } from '../../store';
import { DECISION_STATUS_LABELS } from './labels';

/** Saves a new decision and opens it; returns a message to show by the form, or null. */
export const saveNewDecision = (draft: DecisionDraft) =>
  runAction(async () => {
    const d = await createDecision(draft);
    useUi.getState().selectDecision(d.id);
  }, { success: `Decision “${draft.title.trim()}” recorded.` });

export const saveDecisionEdit = (id: DecisionId, edit: Partial<DecisionDraft>) =>
  runAction(async () => {
    await updateDecision(id, edit);
    useUi.getState().closeDecisionEditor();
  }, { success: 'Decision saved.' });

export const castVote = (id: DecisionId, memberId: MemberId, vote: Vote, rationale: string) => runAction(() => setVote(id, memberId, vote, rationale));

export const moveDecision = (id: DecisionId, next: DecisionStatus, opts: StatusChangeOptions = {}) =>
  runAction(() => changeDecisionStatus(id, next, opts), { success: `Decision marked ${DECISION_STATUS_LABELS[next].toLowerCase()}.` });
