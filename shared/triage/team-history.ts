/**
 * A team's history across threads (issue 4): its updates oldest to newest, and what
 * changed between the latest update and the one before it. Teams keep their id across
 * threads, so "the one before" is simply the previous team update of the same team by date.
 * Items are compared by normalised text, since the same ask is rarely copied byte for byte.
 */
import { postDateOf, type ItemRow, type UpdateRow } from '../model';

/** Lower case, no accents, punctuation, list markers or repeated spaces. */
export function normalizeItemText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type TimelineUpdate = Pick<UpdateRow, 'id' | 'postedAt' | 'isTeamUpdate'> & Partial<Pick<UpdateRow, 'editedAt'>>;

/**
 * The team updates of a team, oldest first, by the date each post shows (its edit date when
 * its form carried no other, shared/model/post-date.ts); updates without a date keep their
 * order, last.
 */
export function teamTimeline<U extends TimelineUpdate>(updates: readonly U[]): U[] {
  const dated = updates.filter((u) => u.isTeamUpdate);
  const at = (u: U) => postDateOf(u)?.at ?? '\uffff';
  return dated
    .map((u, i) => ({ u, i }))
    .sort((a, b) => at(a.u).localeCompare(at(b.u)) || a.i - b.i)
    .map(({ u }) => u);
}

type DiffItem = Pick<ItemRow, 'id' | 'text' | 'kind' | 'isAsk'>;

/** What changed between two updates of one team. */
export type UpdateDiff<T extends DiffItem> = {
  /** Blockers in the latest update that the previous one did not have. */
  newBlockers: T[];
  /** Asks in the latest update that the previous one did not have. */
  newAsks: T[];
  /** Asks of the latest update that the previous one already made. */
  repeatedAsks: T[];
  /** Asks of the previous update that the latest one no longer makes (items of the previous update). */
  resolvedAsks: T[];
};

/** Compares the items of the previous update with those of the latest one. */
export function diffUpdates<T extends DiffItem>(previous: readonly T[], latest: readonly T[]): UpdateDiff<T> {
  const before = new Set(previous.map((i) => normalizeItemText(i.text)));
  const after = new Set(latest.map((i) => normalizeItemText(i.text)));
  const isNew = (i: T) => !before.has(normalizeItemText(i.text));
  return {
    newBlockers: latest.filter((i) => i.kind === 'blocker' && isNew(i)),
    newAsks: latest.filter((i) => i.isAsk && isNew(i)),
    repeatedAsks: latest.filter((i) => i.isAsk && !isNew(i)),
    resolvedAsks: previous.filter((i) => i.isAsk && !after.has(normalizeItemText(i.text))),
  };
}

/** The latest team update and the one before it, or nulls. */
export function latestTwo<U extends TimelineUpdate>(updates: readonly U[]): { latest: U | null; previous: U | null } {
  const timeline = teamTimeline(updates);
  return { latest: timeline.at(-1) ?? null, previous: timeline.at(-2) ?? null };
}
