/**
 * The triage edits a member triggers from the Items and Teams views (issue 4). Each runs
 * through runAction (storage full → banner, rule broken → message for the form), after
 * making sure the member has said who they are: the first edit without a name opens the
 * "who are you" prompt and continues once it is answered.
 */
import type { ItemId, ItemStatus, MemberId, Priority, TagId, TeamId } from '../../../shared/model';
import { undoLastChange } from '../../db/repos/history-repo';
import {
  addItemNote, editItemTags, removeItemNote, setItemAssignee, setItemConfidential, setItemPriority, setItemSeen, setItemStatus, setNoteShareable,
} from '../../db/repos/items-repo';
import { getMe, setMe } from '../../db/repos/settings-repo';
import { findOrCreateTag } from '../../db/repos/tags-repo';
import { setTeamAssignee } from '../../db/repos/teams-repo';
import { runAction } from '../../lib/run-action';
import { useUi } from '../../store';

let waiting: ((answered: boolean) => void) | null = null;

async function ensureMe(): Promise<boolean> {
  if (await getMe()) return true;
  useUi.getState().setMePromptOpen(true);
  return new Promise((resolve) => {
    waiting?.(false);
    waiting = resolve;
  });
}

/** Saves the name given in the prompt and lets the waiting edit go ahead; returns an error message or null. */
export async function answerMePrompt(name: string): Promise<string | null> {
  if (!name.trim()) return 'Enter your name.';
  const failure = await runAction(() => setMe(name));
  if (failure) return failure;
  closeMePrompt(true);
  return null;
}

/** Closes the prompt; the waiting edit goes ahead only if the member answered. */
export function closeMePrompt(answered: boolean): void {
  useUi.getState().setMePromptOpen(false);
  const resume = waiting;
  waiting = null;
  resume?.(answered);
}

/** Runs an edit once the member is known; returns a message for the form, or null when saved. */
export async function triageEdit(work: () => Promise<unknown>, success?: string): Promise<string | null> {
  if (!(await ensureMe())) return 'Not saved: say who you are first, so the change can be recorded under your name.';
  return runAction(work, success ? { success } : {});
}

export const changeStatus = (ids: readonly ItemId[], status: ItemStatus, reason?: string) => triageEdit(() => setItemStatus(ids, status, reason));
export const changePriority = (ids: readonly ItemId[], priority: Priority) => triageEdit(() => setItemPriority(ids, priority));
export const addTags = (ids: readonly ItemId[], tagIds: readonly TagId[]) => triageEdit(() => editItemTags(ids, { add: tagIds }));
export const removeTags = (ids: readonly ItemId[], tagIds: readonly TagId[]) => triageEdit(() => editItemTags(ids, { remove: tagIds }));
/** Adds the tag called `name` to the items, creating the tag if it is new. */
export const addTagByName = (ids: readonly ItemId[], name: string) =>
  triageEdit(async () => {
    const tag = await findOrCreateTag(name);
    await editItemTags(ids, { add: [tag.id] });
  });
export const assignItems = (ids: readonly ItemId[], memberId: MemberId, on: boolean) => triageEdit(() => setItemAssignee(ids, memberId, on));
export const markConfidential = (ids: readonly ItemId[], on: boolean) => triageEdit(() => setItemConfidential(ids, on));
export const addNote = (id: ItemId, text: string, shareable: boolean) => triageEdit(() => addItemNote(id, { text, shareable }));
export const shareNote = (id: ItemId, noteId: string, shareable: boolean) => triageEdit(() => setNoteShareable(id, noteId, shareable));
export const deleteNote = (id: ItemId, noteId: string) => triageEdit(() => removeItemNote(id, noteId));
export const assignTeam = (teamId: TeamId, memberId: MemberId, on: boolean) => triageEdit(() => setTeamAssignee(teamId, memberId, on));
/** Seen/unseen is the member's reading state, not an edit: no prompt, no history. */
export const markSeen = (id: ItemId, memberId: MemberId, seen: boolean) => runAction(() => setItemSeen(id, memberId, seen));

/** Undoes the newest change and says what was undone. */
export async function undoLast(): Promise<void> {
  let summary: string | null = null;
  await runAction(async () => {
    summary = await undoLastChange();
  });
  useUi.getState().notify('info', summary ? `Undone: ${summary}` : 'There is nothing to undo.');
}
