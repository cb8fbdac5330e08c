/** Words for the Backup & restore panel: tables as SC members call them, sizes and dates. */
import type { BackupReason } from '../../../shared/backup/format';
import { parseBackupFileName } from '../../../shared/backup/file-name';
import type { TableName } from '../../../shared/model';
import { formatDateTime } from '../../lib/format/dates';

export const TABLE_LABELS: Record<TableName, string> = {
  teams: 'Teams',
  threads: 'Update threads',
  sources: 'Imported files',
  updates: 'Team updates',
  items: 'Items and asks',
  tags: 'Tags',
  decisions: 'Decisions',
  actions: 'Action items',
  meetings: 'Meetings',
  agendaEntries: 'Agenda entries',
  members: 'SC members',
  settings: 'Settings',
  templates: 'Templates',
  history: 'Change history',
};

export const REASON_LABELS: Record<BackupReason, string> = {
  manual: 'made by you',
  scheduled: 'automatic',
  'pre-migration': 'before an app update',
  'pre-restore': 'before a restore',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** "26 Nov 2026, 10:15 — before a restore" for a backup file name. */
export function describeBackupName(fileName: string): string {
  const parsed = parseBackupFileName(fileName);
  return parsed ? `${formatDateTime(parsed.createdAt)} — ${REASON_LABELS[parsed.reason]}` : fileName;
}
