/**
 * Decisions (issue 5): create, edit, vote and change status. Every edit goes through the
 * history repo. A status change updates the decision AND its items (`status`,
 * `decisionIds`) in ONE transaction, so an item can never show a decision that was not
 * saved, nor the other way round.
 */
import { asyncVoteWindow } from '../../../shared/decisions/async-vote';
import { nextDecisionNumber } from '../../../shared/decisions/numbering';
import { applyDecisionStatus, applyDecisionToItems, type StatusChangeOptions } from '../../../shared/decisions/status-rules';
import {
  decisionRow, itemRow, newId, type DecisionId, type DecisionRow, type DecisionStatus, type ItemId, type ItemRow, type MemberId,
  type Vote,
} from '../../../shared/model';
import { db } from '../instance';
import { changeRecords, currentActor, type Change } from './history-repo';

export type DecisionInputErrorCode = 'missing-title' | 'invalid-field' | 'invalid-vote-window' | 'status-refused' | 'not-found' | 'missing-text' | 'invalid-template' | 'built-in-template';

/**
 * Input an SC member gave that cannot be saved. Named `ValidationError` so that runAction
 * shows the message next to the form; `code` says which rule was broken.
 */
export class DecisionInputError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly code: DecisionInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The first problem of a failed zod parse, as a sentence naming the field. */
export function describeIssue(what: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  const field = first ? first.path.map(String).join('.') || 'value' : 'value';
  return `The ${what}’s “${field}” is not valid${first ? `: ${first.message}` : ''}.`;
}

/** What the decision form edits. */
export type DecisionDraft = Pick<
  DecisionRow,
  'title' | 'motion' | 'options' | 'proposerId' | 'venue' | 'rationale' | 'confidentiality' | 'confidentialUntil' | 'reviewOn' | 'itemIds' | 'teamIds' | 'tagIds' | 'meetingId' | 'threadId'
>;

type Row = Record<string, unknown> & { id: string };
// changeRecords takes one row type per call; a status change writes decisions and items together.
const anyRow = <T extends Row>(change: Change<T>) => change as unknown as Change<Row>;

function validDecision(row: DecisionRow): DecisionRow {
  if (!row.title.trim()) throw new DecisionInputError('missing-title', 'Give the decision a title.');
  const parsed = decisionRow.safeParse(row);
  if (!parsed.success) throw new DecisionInputError('invalid-field', describeIssue(`decision “${row.title}”`, parsed.error.issues));
  if (row.venue.kind === 'async') {
    try {
      asyncVoteWindow(row.venue.opensAt, row.venue.closesAt, row.venue.timeZone);
    } catch (error) {
      throw new DecisionInputError('invalid-vote-window', error instanceof Error ? error.message : String(error));
    }
  }
  return parsed.data;
}

const validItem = (row: ItemRow): ItemRow => itemRow.parse(row);

/** Item changes that link `decision` to its items (and give them the status that follows from it). */
function itemChanges(items: readonly ItemRow[], decision: DecisionRow, at: string): Change<Row>[] {
  return applyDecisionToItems(items, decision, at).map((next) =>
    anyRow<ItemRow>({
      table: 'items',
      id: next.id,
      patch: (current) => ({ status: next.status, decisionIds: [...new Set([...current.decisionIds, decision.id])], updatedAt: at }),
      summary: (current) => (current.status === next.status ? `linked to decision #${decision.number}` : `status: ${current.status} → ${next.status} (decision #${decision.number})`),
      validate: validItem,
    }),
  );
}

/** Changes that remove the link to `decision` from items it no longer covers (their status stays). */
function unlinkChanges(items: readonly ItemRow[], decision: DecisionRow, at: string): Change<Row>[] {
  return items
    .filter((i) => i.decisionIds.includes(decision.id) && !decision.itemIds.includes(i.id))
    .map((i) =>
      anyRow<ItemRow>({
        table: 'items',
        id: i.id,
        patch: (current) => ({ decisionIds: current.decisionIds.filter((d) => d !== decision.id), updatedAt: at }),
        summary: () => `unlinked from decision #${decision.number}`,
        validate: validItem,
      }),
    );
}

async function linkedItems(ids: readonly ItemId[]): Promise<ItemRow[]> {
  return (await db.items.bulkGet([...ids])).filter((i): i is ItemRow => i !== undefined);
}

/** Creates a proposed decision with the next number and links its items, in one transaction. */
export async function createDecision(draft: DecisionDraft, actor?: string): Promise<DecisionRow> {
  const by = actor ?? (await currentActor());
  const at = new Date().toISOString();
  return db.transaction('rw', [db.decisions, db.items, db.history], async () => {
    const items = await linkedItems(draft.itemIds);
    const number = nextDecisionNumber(await db.decisions.toArray());
    const teamIds = [...new Set([...draft.teamIds, ...items.flatMap((i) => (i.teamId ? [i.teamId] : []))])];
    const decision = validDecision({
      ...draft,
      id: newId<DecisionId>(),
      number,
      title: draft.title.trim(),
      options: draft.options.map((o) => o.trim()).filter(Boolean),
      status: 'proposed',
      votes: [],
      teamIds,
      threadId: draft.threadId ?? items[0]?.threadId,
      createdAt: at,
      updatedAt: at,
    });
    await db.decisions.add(decision);
    await db.history.add({ id: newId(), table: 'decisions', recordId: decision.id, at, by, summary: `created decision #${number} “${decision.title}”` });
    await changeRecords(itemChanges(items, decision, at), by);
    return decision;
  });
}

/** Saves edited fields of a decision; a changed list of items is re-linked in the same transaction. */
export async function updateDecision(id: DecisionId, edit: Partial<DecisionDraft>, actor?: string): Promise<void> {
  const by = actor ?? (await currentActor());
  const at = new Date().toISOString();
  await db.transaction('rw', [db.decisions, db.items, db.history], async () => {
    const current = await db.decisions.get(id);
    if (!current) throw new DecisionInputError('not-found', 'This decision no longer exists; it may have been deleted in another window.');
    const next = validDecision({ ...current, ...edit, updatedAt: at });
    const changed = (Object.keys(edit) as (keyof DecisionDraft)[]).filter((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
    if (changed.length === 0) return;
    const decisionChange = anyRow<DecisionRow>({
      table: 'decisions',
      id,
      patch: () => ({ ...Object.fromEntries(changed.map((k) => [k, next[k]])), updatedAt: at }),
      summary: () => `edited ${changed.join(', ')}`,
      validate: validDecision,
    });
    const touched = await linkedItems([...new Set([...current.itemIds, ...next.itemIds])]);
    await changeRecords([decisionChange, ...itemChanges(touched, next, at), ...unlinkChanges(touched, next, at)], by);
  });
}

/** Records (or replaces) one member's vote; `none` without a rationale removes the record. */
export async function setVote(id: DecisionId, memberId: MemberId, vote: Vote, rationale = '', actor?: string): Promise<void> {
  const by = actor ?? (await currentActor());
  const text = rationale.trim();
  await changeRecords(
    [
      anyRow<DecisionRow>({
        table: 'decisions',
        id,
        patch: (current) => {
          const previous = current.votes.find((v) => v.memberId === memberId);
          if ((previous?.vote ?? 'none') === vote && (previous?.rationale ?? '') === text) return null;
          const others = current.votes.filter((v) => v.memberId !== memberId);
          const record = text ? { memberId, vote, rationale: text } : { memberId, vote };
          return { votes: vote === 'none' && !text ? others : [...others, record], updatedAt: new Date().toISOString() };
        },
        summary: (current) => `vote of ${memberId}: ${current.votes.find((v) => v.memberId === memberId)?.vote ?? 'none'} → ${vote}`,
        validate: validDecision,
      }),
    ],
    by,
  );
}

/**
 * Moves a decision to `next` and updates its items in one transaction (decision, items and
 * history rows all or nothing). Refused transitions throw DecisionInputError('status-refused').
 */
export async function changeDecisionStatus(id: DecisionId, next: DecisionStatus, opts: StatusChangeOptions = {}, actor?: string): Promise<DecisionRow> {
  const by = actor ?? (await currentActor());
  return db.transaction('rw', [db.decisions, db.items, db.meetings, db.history], async () => {
    const current = await db.decisions.get(id);
    if (!current) throw new DecisionInputError('not-found', 'This decision no longer exists; it may have been deleted in another window.');
    const at = new Date().toISOString();
    // A decision taken at a meeting carries the meeting's day (shared/decisions/decision-day.ts).
    const meetingId = current.venue.kind === 'meeting' ? (current.venue.meetingId ?? current.meetingId) : undefined;
    const meeting = opts.meeting ?? (meetingId ? await db.meetings.get(meetingId) : undefined);
    const result = applyDecisionStatus(current, next, at, { ...opts, ...(meeting ? { meeting } : {}) });
    if (!result.ok) throw new DecisionInputError('status-refused', result.error.message);
    if (opts.supersededBy && !(await db.decisions.get(opts.supersededBy))) {
      throw new DecisionInputError('not-found', `The decision that supersedes #${current.number} does not exist.`);
    }
    const updated = result.decision;
    const decisionChange = anyRow<DecisionRow>({
      table: 'decisions',
      id,
      patch: () => ({ status: updated.status, supersededBy: updated.supersededBy, decidedOn: updated.decidedOn, updatedAt: updated.updatedAt }),
      summary: (c) => `status: ${c.status} → ${updated.status}`,
      validate: validDecision,
    });
    await changeRecords([decisionChange, ...itemChanges(await linkedItems(current.itemIds), updated, at)], by);
    return updated;
  });
}

/** All decisions, newest number first. */
export async function listDecisions(): Promise<DecisionRow[]> {
  return (await db.decisions.orderBy('number').toArray()).reverse();
}
