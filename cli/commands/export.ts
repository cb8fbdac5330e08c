/**
 * `export agenda|minutes|vote-log|decision-log --backup <file> …`: render, from a full
 * backup file (File › Back up…), exactly the Markdown the app exports (issue 6). The app's
 * pure export code (shared/meetings, shared/export) does the rendering; this file reads
 * the backup, finds the meeting, decision or team asked for and maps problems to messages.
 * Meeting documents are assembled by shared/meetings/meeting-documents.ts, the same code
 * the app's export panel uses, so both give the same text.
 */
import { exportDecisionLog } from '../../shared/export/decision-log';
import type { ExportContext } from '../../shared/export/templates/context';
import { DecisionExportError, exportVoteLog, type VoteLogLayout } from '../../shared/export/vote-log';
import { validateBackup } from '../../shared/backup/validate';
import type { BackupTables } from '../../shared/backup/format';
import { meetingDocument } from '../../shared/meetings/meeting-documents';
import { dayInZone, localTimeZone } from '../../shared/meetings/week';
import type { MeetingRow, TeamId } from '../../shared/model';
import { UsageError } from '../args';
import type { Io } from '../io';

/** Printed with `export --help` and appended to the CLI's usage. */
export const EXPORT_USAGE = `  export agenda|minutes --backup FILE --meeting ID|TITLE [--public]
                        The agenda or minutes of one meeting, as the app exports them.
  export vote-log --backup FILE --decision ID|NUMBER [--layout classic|modern] [--public]
  export decision-log --backup FILE [--team NAME|ID] [--public]
    --public            apply the redaction rules (confidential entries withheld)
    --today YYYY-MM-DD  the day embargoes are judged on (default: today)
`;

/** Why an export could not be made; exit code 1. */
export type ExportErrorCode = 'unreadable-backup' | 'bad-backup' | 'no-meeting' | 'ambiguous-meeting' | 'no-decision' | 'no-team' | 'confidential' | 'bad-template';

/** A backup or a name that does not lead to an export; the message names the file or the value. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const KINDS = ['agenda', 'minutes', 'vote-log', 'decision-log'] as const;
type Kind = (typeof KINDS)[number];
const VALUE_FLAGS = ['backup', 'meeting', 'decision', 'team', 'layout', 'today'] as const;
type Flags = Partial<Record<(typeof VALUE_FLAGS)[number], string>> & { public: boolean };

/** Largest backup read; the app writes far smaller ones. */
const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

/** Parse `export <kind> --flag value | --flag=value | --public`. */
export function parseExportArgs(argv: readonly string[]): { kind: Kind; flags: Flags } {
  const flags: Flags = { public: false };
  let kind: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      if (kind !== undefined) throw new UsageError(`export takes one document kind, got "${kind}" and "${arg}"`);
      kind = arg;
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (name === 'public') flags.public = true;
    else if ((VALUE_FLAGS as readonly string[]).includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--') || value === '') throw new UsageError(`--${name} needs a value`);
      flags[name as (typeof VALUE_FLAGS)[number]] = value;
    } else throw new UsageError(`export does not know --${name}`);
  }
  if (kind === undefined || !(KINDS as readonly string[]).includes(kind)) throw new UsageError(`export needs one of ${KINDS.join(', ')}${kind ? `, not "${kind}"` : ''}`);
  if (!flags.backup) throw new UsageError('export needs --backup FILE (a backup made with File › Back up…)');
  if ((kind === 'agenda' || kind === 'minutes') && !flags.meeting) throw new UsageError(`export ${kind} needs --meeting ID or TITLE`);
  if (kind === 'vote-log' && !flags.decision) throw new UsageError('export vote-log needs --decision ID or NUMBER');
  if (flags.layout !== undefined && flags.layout !== 'classic' && flags.layout !== 'modern') throw new UsageError(`--layout must be classic or modern, not ${flags.layout}`);
  if (flags.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.today)) throw new UsageError(`--today must be a day YYYY-MM-DD, not ${flags.today}`);
  return { kind: kind as Kind, flags };
}

/** Read and check the backup; every table is present afterwards. */
export function readBackupTables(path: string, io: Io): BackupTables {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(io.readFile(path));
  } catch (e) {
    throw new ExportError('unreadable-backup', `${path}: cannot be read as a UTF-8 text file (${e instanceof Error ? e.message : String(e)}).`);
  }
  // Any schema version is fine here: the CLI only reads rows, through the model's loose schemas.
  const checked = validateBackup(text, { maxBytes: MAX_BACKUP_BYTES, currentSchemaVersion: Number.MAX_SAFE_INTEGER, fileName: path });
  if (!checked.ok) throw new ExportError('bad-backup', checked.error.message);
  return checked.backup.tables;
}

/** The meeting named by id, or by title (case-insensitive) when that is unique. */
export function findMeeting(tables: BackupTables, wanted: string): MeetingRow {
  const byId = tables.meetings.find((m) => m.id === wanted);
  if (byId) return byId;
  const byTitle = tables.meetings.filter((m) => m.title.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (byTitle.length === 1) return byTitle[0]!;
  const list = (rows: readonly MeetingRow[]) => rows.slice(0, 10).map((m) => `  ${m.id}  ${m.startsAt?.slice(0, 10) ?? 'undated'}  ${m.title}`).join('\n');
  if (byTitle.length > 1) throw new ExportError('ambiguous-meeting', `${byTitle.length} meetings are titled "${wanted}"; pass one of their ids with --meeting:\n${list(byTitle)}`);
  throw new ExportError('no-meeting', `no meeting has the id or title "${wanted}"${tables.meetings.length ? `; the backup holds:\n${list(tables.meetings)}` : '; the backup holds no meetings.'}`);
}

function meetingMarkdown(kind: 'agenda' | 'minutes', tables: BackupTables, flags: Flags, today: string): string {
  const meeting = findMeeting(tables, flags.meeting ?? '');
  return meetingDocument(tables, meeting, kind, { isPublic: flags.public, today, viewerZone: localTimeZone() }).markdown;
}

/** An edited copy of a built-in export template in the backup is what the app renders with. */
function storedBody(tables: BackupTables, id: string): string | undefined {
  return tables.templates.find((t) => t.id === id && t.kind === 'export')?.body;
}

function decisionMarkdown(kind: 'vote-log' | 'decision-log', tables: BackupTables, flags: Flags, today: string): string {
  const ctx: ExportContext = {
    members: tables.members, teams: tables.teams, items: tables.items, meetings: tables.meetings, decisions: tables.decisions, today,
    threads: tables.threads, updates: tables.updates,
  };
  if (kind === 'vote-log') {
    const wanted = flags.decision ?? '';
    const decision = tables.decisions.find((d) => d.id === wanted) ?? (/^\d+$/.test(wanted) ? tables.decisions.find((d) => d.number === Number(wanted)) : undefined);
    if (!decision) throw new ExportError('no-decision', `no decision has the id or number "${wanted}"; the backup holds ${tables.decisions.length} decision(s).`);
    const layout: VoteLogLayout = flags.layout === 'classic' ? 'classic' : 'modern';
    const template = storedBody(tables, `vote-log-${layout}`);
    return exportVoteLog(decision, ctx, { layout, audience: flags.public ? 'public' : 'internal', ...(template ? { template } : {}) }).markdown;
  }
  let teamId: TeamId | undefined;
  if (flags.team) {
    const wanted = flags.team.trim().toLowerCase();
    const team = tables.teams.find((t) => t.id === flags.team || t.name.toLowerCase() === wanted || t.aliases.some((a) => a.toLowerCase() === wanted));
    if (!team) throw new ExportError('no-team', `no team is named "${flags.team}"; the backup knows: ${tables.teams.map((t) => t.name).join(', ') || 'no teams'}.`);
    teamId = team.id;
  }
  const template = storedBody(tables, 'decision-log');
  return exportDecisionLog(tables.decisions, ctx, { public: flags.public, ...(teamId ? { teamId } : {}), ...(template ? { template } : {}) });
}

/** Run `export …` (argv after the word `export`); returns the exit code. Usage errors are thrown for the caller to print with the usage. */
export function runExport(argv: readonly string[], io: Io): number {
  const { kind, flags } = parseExportArgs(argv);
  try {
    const tables = readBackupTables(flags.backup ?? '', io);
    const today = flags.today ?? dayInZone(new Date().toISOString(), localTimeZone());
    const markdown = kind === 'agenda' || kind === 'minutes' ? meetingMarkdown(kind, tables, flags, today) : decisionMarkdown(kind, tables, flags, today);
    io.stdout(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ExportError || e instanceof DecisionExportError || (e instanceof Error && e.name === 'TemplateError')) {
      io.stderr(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
