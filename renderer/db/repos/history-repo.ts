/**
 * Per-record change history (issue 4: who, when, what) and undo of the last change.
 *
 * Every edit an SC member makes goes through `changeRecord`, which writes the new values
 * and a history row in ONE transaction, so the history can never disagree with the data.
 * The history row keeps the previous values of the changed fields; `undoLastChange`
 * puts them back (and records that it did).
 */
import type { Table } from 'dexie';
import { cutText } from '../../../shared/text/cut-text';
import { HISTORY_LIMITS, historyRow, newId, type HistoryRow, type TableName } from '../../../shared/model';
import { db } from '../instance';
import { getMe } from './settings-repo';

export const UNKNOWN_ACTOR = 'Unknown member';

/** Tables whose records SC members edit and whose history is kept. */
export type EditableTable = Extract<TableName, 'items' | 'teams' | 'tags' | 'decisions' | 'actions' | 'meetings' | 'agendaEntries' | 'members' | 'templates'>;

type Row = Record<string, unknown> & { id: string };

function table(name: EditableTable): Table<Row, string> {
  return db.table(name);
}

/** The name recorded with changes: the "who are you" setting. */
export async function currentActor(): Promise<string> {
  return (await getMe())?.name ?? UNKNOWN_ACTOR;
}

export type Change<T> = {
  table: EditableTable;
  id: string;
  /** Returns the fields to change (the patch), given the current record; null for "nothing to do". */
  patch: (current: T) => Partial<T> | null;
  /** Human-readable summary, e.g. `status: new → triaged`. */
  summary: (current: T, patch: Partial<T>) => string;
  /** Validates the merged row (e.g. a zod schema's parse); throws on bad data. */
  validate?: (row: T) => T;
};

/**
 * A history row within its limits and checked as a restore checks it (issue 20): the
 * summary quotes what the member typed, which may be longer than a summary holds.
 */
function historyEntry(row: HistoryRow): HistoryRow {
  return historyRow.parse({ ...row, summary: cutText(row.summary, HISTORY_LIMITS.summary), by: cutText(row.by, HISTORY_LIMITS.by) }) as HistoryRow;
}

/** Previous values of `keys`; keys the record did not have are listed in `absent` (null is a real value). */
function pick(row: Row, keys: string[]): { before: Record<string, unknown>; absent: string[] } {
  const before: Record<string, unknown> = {};
  const absent: string[] = [];
  for (const k of keys) {
    if (row[k] === undefined) absent.push(k);
    else before[k] = structuredClone(row[k]);
  }
  return { before, absent };
}

/**
 * Applies several record changes and their history rows in one transaction. Use it inside
 * an outer `db.transaction` too (Dexie nests it); nothing outside Dexie is awaited.
 */
export async function changeRecords<T extends Row>(changes: Change<T>[], actor?: string): Promise<number> {
  const by = actor ?? (await currentActor());
  const tables = [...new Set(changes.map((c) => table(c.table)))];
  let changed = 0;
  await db.transaction('rw', [...tables, db.history], async () => {
    const at = new Date().toISOString();
    for (const change of changes) {
      const current = (await table(change.table).get(change.id)) as T | undefined;
      if (!current) throw Object.assign(new Error('This record no longer exists; it may have been deleted in another window.'), { name: 'ValidationError' });
      const patch = change.patch(current);
      if (!patch || Object.keys(patch).length === 0) continue;
      const merged = { ...current, ...patch } as T;
      const next = change.validate ? change.validate(merged) : merged;
      await table(change.table).put(next);
      const { before, absent } = pick(current, Object.keys(patch));
      await db.history.add(historyEntry({ id: newId(), table: change.table, recordId: change.id, at, by, summary: change.summary(current, patch), before, absent }));
      changed++;
    }
  });
  return changed;
}

/** One record change with history; see changeRecords. */
export async function changeRecord<T extends Row>(change: Change<T>, actor?: string): Promise<boolean> {
  return (await changeRecords([change], actor)) > 0;
}

/** Records the creation of a record (no undo data: undoing a creation is a delete, done explicitly). */
export async function recordCreation(tableName: EditableTable, id: string, summary: string, actor?: string): Promise<void> {
  const by = actor ?? (await currentActor());
  await db.history.add(historyEntry({ id: newId(), table: tableName, recordId: id, at: new Date().toISOString(), by, summary }));
}

/** The history of one record, newest first. */
export async function historyOf(tableName: EditableTable, recordId: string): Promise<HistoryRow[]> {
  const rows = await db.history.where('[table+recordId]').equals([tableName, recordId]).toArray();
  return rows.sort((a, b) => b.at.localeCompare(a.at));
}

/** The newest change that can be undone (has previous values and was not undone yet). */
export async function lastUndoableChange(): Promise<HistoryRow | undefined> {
  return db.history
    .orderBy('at')
    .reverse()
    .filter((h) => h.before !== undefined && h.undoneAt === undefined && h.undoOf === undefined)
    .first();
}

/** Puts back the previous values of the newest change; returns its summary, or null if there is nothing to undo. */
export async function undoLastChange(actor?: string): Promise<string | null> {
  const by = actor ?? (await currentActor());
  return db.transaction('rw', [db.history, ...Object.values(EDITABLE).map((n) => table(n))], async () => {
    const last = await lastUndoableChange();
    if (!last || !last.before) return null;
    const target = table(last.table as EditableTable);
    const current = await target.get(last.recordId);
    if (!current) return null;
    const restored: Row = { ...current };
    for (const [k, v] of Object.entries(last.before)) restored[k] = v;
    for (const k of (last.absent as string[] | undefined) ?? []) delete restored[k];
    await target.put(restored);
    const at = new Date().toISOString();
    await db.history.update(last.id, { undoneAt: at });
    await db.history.add({ id: newId(), table: last.table, recordId: last.recordId, at, by, summary: `undid: ${last.summary}`, undoOf: last.id });
    return last.summary;
  });
}

const EDITABLE: Record<EditableTable, EditableTable> = {
  items: 'items',
  teams: 'teams',
  tags: 'tags',
  decisions: 'decisions',
  actions: 'actions',
  meetings: 'meetings',
  agendaEntries: 'agendaEntries',
  members: 'members',
  templates: 'templates',
};
