/**
 * How a parsed post is written into the stored update it is (issue 14): the stored row is
 * updated, never twinned. The richer form fills what the row lacks (`fillsOf`) and never
 * overwrites what it has; an edit keeps the old text as a revision (issue 3); the items of
 * the new text are matched to the stored ones (`matchItems`) so that everything a member did
 * to them — tags, status, priority, assignees, notes, seen state, confidential flag,
 * decision and agenda links — stays on the same item rows. Items gone from the post are
 * marked, never deleted. Pure: renderer/db/repos/import-repo.ts writes the rows.
 */
import { matchItems } from '../parse/match-items';
import { normalizeForKey } from '../parse/hash';
import type { ParsedItem, ParsedUpdate } from '../parse/types';
import type { Entities, ItemId, ItemRow, UpdateRow } from '../model';
import { itemKeyOfId, rowIds, updateKeyOfId } from './ids';
import { boundedEntities, boundedItemFields } from './bounded-item';
import { fillsOf, textRelation } from './post-state';

/** The update row written for `fresh` (built from the parsed post) into `stored`, the row it is. */
export function mergedUpdate(stored: UpdateRow, fresh: UpdateRow, post: ParsedUpdate, now: string): UpdateRow {
  const relation = textRelation(stored, post);
  const row: UpdateRow = {
    ...stored, ...fillsOf(stored, post),
    teamId: fresh.teamId, isTeamUpdate: fresh.isTeamUpdate,
    ...(stored.sourceId === undefined && fresh.sourceId !== undefined ? { sourceId: fresh.sourceId } : {}),
    ...(stored.replyTo === undefined && fresh.replyTo !== undefined ? { replyTo: fresh.replyTo } : {}),
  };
  // A /raw/ header's only date is the latest it knows (parse/types.ts): once the creation
  // time is known, an "edit" at or before it was none.
  if (row.editedAt !== undefined && row.postedAt !== undefined && row.editedAt <= row.postedAt) delete row.editedAt;
  if (relation === 'richer') return { ...row, raw: fresh.raw, sections: fresh.sections };
  if (relation === 'same') return row;
  return {
    ...row, raw: fresh.raw, sections: fresh.sections, ...(post.editedAt !== undefined ? { editedAt: post.editedAt } : {}),
    revisions: [...stored.revisions, { raw: stored.raw, ...(stored.editedAt ? { editedAt: stored.editedAt } : {}), replacedAt: now }],
  };
}

/** A new item row of `update`. Built without a schema pass: validating tens of thousands of rows costs more than the write (bench/import-browser.ts). */
export function newItemRow(update: UpdateRow, item: ParsedItem, now: string): ItemRow {
  return {
    id: rowIds.item(updateKeyOfId(update.id), item.key) as ItemId, updateId: update.id, threadId: update.threadId, teamId: update.teamId, kind: item.kind,
    ...boundedItemFields(item), isAsk: item.isAsk, ...(item.askType ? { askType: item.askType } : {}), span: item.span,
    status: 'new', priority: 'normal', tagIds: [], assigneeIds: [], seenBy: [], confidential: false, notes: [], decisionIds: [],
    createdAt: now, updatedAt: now,
  };
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/** The entities of an item whose text did not change: what either form found (a cooked form's links stay when a /raw/ form has fewer). */
function unionEntities(prev: Entities, next: Entities): Entities {
  return { ...prev, ...next, mentions: union(prev.mentions, next.mentions), links: union(prev.links, next.links), dates: union(prev.dates, next.dates), amounts: next.amounts.length > 0 ? next.amounts : prev.amounts };
}

export type MergedItems = { items: ItemRow[]; added: number; kept: number; gone: number };

/**
 * The item rows of `row` after writing `post` into it: stored items (`previous`) matched to
 * the post's items keep their row and every member field; unmatched post items are new rows
 * keyed on the row's own key; unmatched stored items are marked gone. When the stored text
 * stays (the post came in a poorer rendering of the same words), the stored items stay as
 * they are, under the row's team.
 */
export function mergedItems(row: UpdateRow, previous: readonly ItemRow[], post: ParsedUpdate, keepsText: boolean, now: string): MergedItems {
  const out: MergedItems = { items: [], added: 0, kept: 0, gone: 0 };
  if (keepsText) {
    for (const p of previous) {
      out.items.push(p.teamId === row.teamId ? p : { ...p, teamId: row.teamId, updatedAt: now });
      if (!p.isGone) out.kept++;
    }
    return out;
  }
  const prevByKey = new Map(previous.map((p) => [itemKeyOfId(p.id), p]));
  const matches = matchItems(previous.map((p) => ({ key: itemKeyOfId(p.id), text: p.text })), post.items.map((it) => ({ key: it.key, text: it.text })));
  const kept = new Set<string>();
  for (const item of post.items) {
    const prevKey = matches.get(item.key);
    const prev = prevKey ? prevByKey.get(prevKey) : undefined;
    if (!prev) {
      out.items.push(newItemRow(row, item, now));
      out.added++;
      continue;
    }
    kept.add(prev.id);
    const bounded = boundedItemFields(item);
    const changed = prev.text !== bounded.text || prev.teamId !== row.teamId || prev.isGone;
    const { isGone: _gone, isTextCut: _cut, ...rest } = prev;
    out.items.push({
      ...rest, ...bounded, kind: item.kind, isAsk: item.isAsk, span: item.span, teamId: row.teamId,
      entities: prev.text === bounded.text ? boundedEntities(unionEntities(prev.entities, item.entities)) : bounded.entities,
      ...(item.askType ? { askType: item.askType } : {}), updatedAt: changed ? now : prev.updatedAt,
    });
    out.kept++;
  }
  for (const p of previous) {
    if (kept.has(p.id) || p.isGone) continue;
    out.items.push({ ...p, isGone: true, updatedAt: now });
    out.gone++;
  }
  return out;
}

/** The normalised texts of confidential items, for `flagTwins`. */
export type SecretTexts = Set<string>;

/** Index of confidential items by normalised text (`normalizeForKey`, the items' content key). */
export function secretTextsOf(items: Iterable<Pick<ItemRow, 'text' | 'confidential'>>): SecretTexts {
  const out: SecretTexts = new Set();
  for (const it of items) {
    const text = it.confidential ? normalizeForKey(it.text) : '';
    if (text !== '') out.add(text);
  }
  return out;
}

/**
 * Confidential stays confidential (issue 14): an item written with the text of a
 * confidential item — a copy of a post the member kept apart, or one identity could not
 * find — is flagged too, wherever it is, so that no path produces an unflagged twin that an
 * export would publish. Flags only, never unflags. Returns how many items it flagged.
 */
export function flagTwins(items: ItemRow[], secret: SecretTexts): number {
  if (secret.size === 0) return 0;
  let flagged = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.confidential || !secret.has(normalizeForKey(it.text))) continue;
    items[i] = { ...it, confidential: true };
    flagged++;
  }
  return flagged;
}
