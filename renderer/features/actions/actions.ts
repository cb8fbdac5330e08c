/** The writes a member triggers on action items, wrapped for their feedback (runAction). */
import type { ActionId, ActionStatus } from '../../../shared/model';
import { carryOverOpenActions, createAction, setActionStatus, updateAction, type ActionDraft } from '../../db/repos/actions-repo';
import { runAction } from '../../lib/run-action';
import { ACTION_STATUS_LABELS } from '../decisions/labels';

export const addAction = (draft: ActionDraft) => runAction(() => createAction(draft), { success: 'Action added.' });
export const markAction = (id: ActionId, status: ActionStatus) => runAction(() => setActionStatus(id, status), { success: `Action marked ${ACTION_STATUS_LABELS[status].toLowerCase()}.` });
export const changeDueDate = (id: ActionId, dueOn: string) => runAction(() => updateAction(id, { dueOn: dueOn || undefined }));
/** Moves open actions of past meetings on; silent unless it fails. */
export const carryOver = () => runAction(() => carryOverOpenActions());
