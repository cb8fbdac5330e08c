/**
 * The list of domain tables and the schema of a row in each. Backups, restores and the
 * Dexie schema all iterate this one map, so a table added here is backed up everywhere.
 */
import type { z } from 'zod';
import {
  actionRow, agendaEntryRow, decisionRow, historyRow, itemRow, meetingRow, memberRow, settingRow, sourceRow,
  tagRow, teamRow, templateRow, threadRow, updateRow,
} from './rows';

export const TABLE_SCHEMAS = {
  sources: sourceRow,
  threads: threadRow,
  teams: teamRow,
  updates: updateRow,
  items: itemRow,
  tags: tagRow,
  decisions: decisionRow,
  actions: actionRow,
  meetings: meetingRow,
  agendaEntries: agendaEntryRow,
  members: memberRow,
  settings: settingRow,
  templates: templateRow,
  history: historyRow,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];
export type RowOf<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>;
/** Primary key field of each table (all `id` except settings). */
export const PRIMARY_KEYS: Record<TableName, string> = Object.fromEntries(
  TABLE_NAMES.map((t) => [t, t === 'settings' ? 'key' : 'id']),
) as Record<TableName, string>;
