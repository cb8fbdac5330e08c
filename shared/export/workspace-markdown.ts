/**
 * "Export everything as Markdown" (issue 7): the whole workspace as a folder of plain
 * Markdown files that a person can read without the app, e.g. after the app is gone.
 *
 *     README.md                     index: what the export holds, with links
 *     teams/<team>.md               each team's updates (newest first) and their items
 *     decisions/NNNN-slug.md        one vote log per decision (exportVoteLog, modern layout)
 *     decision-log.md               all decisions (exportDecisionLog)
 *     meetings/<day>-<title>.md     minutes of held meetings, agendas of the others
 *     actions.md                    every action with owner, due day and status
 *
 * Every piece of user or forum text follows the one export rule of issue 13, so a title or
 * post can never change the structure of a file (SECURITY.md check 29) or ping anyone: a
 * post, its items and its author are team text (team-text.ts); notes, decision titles and
 * action texts are member text (member-text.ts), whose mentions may ping SC members only.
 * Names inside link labels are written as inert text, since a link cannot hold a link. The default
 * audience is `internal` (this is the member's own copy): confidential records are kept
 * and marked. A `public` export leaves them out and says how many it left out.
 * Paths are ASCII slugs, unique, and match the folder-export IPC rule.
 */
import { slugify, voteLogFileName } from '../decisions/numbering';
import { exportAgenda } from '../meetings/export-agenda';
import { exportMinutes } from '../meetings/export-minutes';
import { withLiveTitles } from '../meetings/live-entry';
import { actionLine, isActionConfidential } from '../meetings/render-common';
import { BUILT_IN_TEMPLATE_IDS, NIXOS_SC_TEMPLATE, TEAM_MEETING_TEMPLATE, parseMeetingTemplate, type MeetingTemplate } from '../meetings/templates';
import { dayInZone } from '../meetings/week';
import type { ItemRow, MeetingRow, TeamRow, UpdateRow } from '../model/rows';
import type { RowOf, TableName } from '../model/tables';
import { postDateOf } from '../model/post-date';
import { exportDecisionLog } from './decision-log';
import { escapeInline, safeLinkTarget } from './escape';
import { listItem } from './md-layout';
import { memberInline, memberMarkdown } from './member-text';
import { inertMention, type Pingable } from './mentions';
import { pingableHandles } from './pingable';
import { isDecisionConfidential, withheldLine, type ExportAudience } from './redact';
import { teamInline, teamQuote } from './team-text';
import { exportVoteLog } from './vote-log';

/** The rows of every table the export reads. */
export type WorkspaceRows = { readonly [T in TableName]: readonly RowOf<T>[] };

/** One file of the export: a relative path (`/`-separated) and its Markdown. */
export interface ExportFile {
  path: string;
  body: string;
}

/** Options of {@link exportWorkspaceMarkdown}. */
export interface WorkspaceExportOptions {
  /** Day of the export (`YYYY-MM-DD`): decides embargoes and is printed in the index. */
  today: string;
  /** `internal` (default) keeps and marks confidential records; `public` leaves them out. */
  audience?: ExportAudience;
  /** App version printed in the index. */
  appVersion?: string;
}

/** Hands out unique file stems inside one folder (`xen`, `xen-2`, …). */
function uniqueNames(): (stem: string) => string {
  const used = new Set<string>();
  return (stem) => {
    let name = stem;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}`;
    used.add(name);
    return name;
  };
}

function day(instant: string | undefined): string {
  return instant ? instant.slice(0, 10) : 'undated';
}

function linkOrText(label: string, url: string | undefined): string {
  const target = url ? safeLinkTarget(url) : null;
  return target ? `[${teamInline(label)}](${target})` : teamInline(label);
}

function itemLines(item: ItemRow, rows: WorkspaceRows, pingable: Pingable): string[] {
  const tags = item.tagIds.map((id) => rows.tags.find((t) => t.id === id)?.name ?? id);
  const facts = [item.isAsk ? `ask${item.askType ? ` (${item.askType})` : ''}` : item.kind, `status: ${item.status}`, `priority: ${item.priority}`];
  if (tags.length) facts.push(`tags: ${tags.map((t) => memberInline(t)).join(', ')}`);
  if (item.isGone) facts.push('no longer in the post');
  const mark = item.confidential ? ' _(confidential)_' : '';
  const lines = [`- ${teamInline(item.text) || '(no text)'}${mark}`, `  - ${facts.join(' · ')}`];
  for (const note of item.notes) {
    const label = `Note by ${teamInline(note.by)} on ${day(note.at)}${note.shareable ? '' : ' (SC only)'}: `;
    lines.push(...listItem(memberMarkdown(note.text, { pingable }), { indent: '  ', label }));
  }
  // A decision links its items and an item its decisions; either link counts.
  for (const decision of rows.decisions.filter((d) => d.itemIds.includes(item.id) || item.decisionIds.includes(d.id))) {
    lines.push(`  - Decision #${decision.number}: ${memberInline(decision.title, { pingable })} (${decision.status})`);
  }
  return lines;
}

function updateBlock(update: UpdateRow, items: readonly ItemRow[], rows: WorkspaceRows, isPublic: boolean, pingable: Pingable): string[] {
  // The author's name as text: an archive of the thread has no reason to ping them.
  const author = teamInline(update.author.replace(/^@+/, ''));
  const date = postDateOf(update);
  const out = [`## Update by ${author} ${date?.isEditDate ? 'last edited on' : 'on'} ${day(date?.at)}`, ''];
  if (update.url) out.push(linkOrText('The post on the forum', update.url), '');
  const shown = isPublic ? items.filter((i) => !i.confidential) : items;
  if (shown.length) out.push('### Items', '', ...shown.flatMap((i) => itemLines(i, rows, pingable)), '');
  if (isPublic && shown.length < items.length) out.push(withheldLine(items.length - shown.length, 'item'), '');
  // The post itself, as inert text: forum Markdown must not shape this document.
  if (update.raw.trim()) out.push('### The post', '', teamQuote(update.raw), '');
  return out;
}

function teamFile(team: Pick<TeamRow, 'name' | 'aliases' | 'members' | 'groupHandles'> & { id: string | null }, rows: WorkspaceRows, isPublic: boolean): string {
  const out = [`# ${teamInline(team.name)}`, ''];
  if (team.aliases.length) out.push(`Also called: ${team.aliases.map(teamInline).join(', ')}`, '');
  // Listed for the reader, not called on: a team file addresses nobody, so no handle pings.
  const people = [...team.groupHandles, ...team.members].map((h) => h.trim().replace(/^@+/, '')).filter(Boolean).map(inertMention);
  if (people.length) out.push(`Members: ${people.join(', ')}`, '');
  const updates = rows.updates.filter((u) => u.teamId === team.id).sort((a, b) => (postDateOf(b)?.at ?? '').localeCompare(postDateOf(a)?.at ?? ''));
  if (updates.length === 0) out.push('_No updates imported._', '');
  const pingable = pingableHandles({ members: rows.members });
  for (const update of updates) out.push(...updateBlock(update, rows.items.filter((i) => i.updateId === update.id), rows, isPublic, pingable));
  return `${out.join('\n').trimEnd()}\n`;
}

function templateFor(meeting: MeetingRow, rows: WorkspaceRows): MeetingTemplate {
  const fallbackId = meeting.teamIds.length === 0 ? BUILT_IN_TEMPLATE_IDS.nixosSc : BUILT_IN_TEMPLATE_IDS.team;
  const row = rows.templates.find((t) => t.id === (meeting.templateId ?? fallbackId));
  if (row) {
    try {
      return parseMeetingTemplate(row.body, row.name);
    } catch {
      // A broken stored template must not hide the meeting: use the built-in one.
    }
  }
  return parseMeetingTemplate(meeting.teamIds.length === 0 ? NIXOS_SC_TEMPLATE : TEAM_MEETING_TEMPLATE);
}

function meetingFile(meeting: MeetingRow, rows: WorkspaceRows, isPublic: boolean, today: string): string {
  const base = { members: rows.members, teams: rows.teams, items: rows.items, decisions: rows.decisions, public: isPublic, today, threads: rows.threads, updates: rows.updates };
  // Titles as the app shows them now: an ask's entry may still hold a title stored cut mid-word.
  const entries = withLiveTitles(rows.agendaEntries.filter((e) => e.meetingId === meeting.id), rows);
  const template = templateFor(meeting, rows);
  const isHeld = meeting.status === 'held' || meeting.status === 'minutes-published';
  if (!isHeld) return exportAgenda({ ...base, meeting, entries, template });
  const actions = rows.actions.filter((a) => a.meetingId === meeting.id || (a.origin.kind === 'meeting' && a.origin.meetingId === meeting.id));
  return exportMinutes({ ...base, meeting, entries, template, actions });
}

function actionsFile(rows: WorkspaceRows, isPublic: boolean, today: string): string {
  const ctx = { members: rows.members, teams: rows.teams, items: rows.items, decisions: rows.decisions, today };
  const shown = rows.actions.filter((a) => !isPublic || !isActionConfidential(a, ctx));
  const sorted = [...shown].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  // actionLine escapes the text and ticks done actions; dropped ones say so.
  const lines = sorted.map((a) => `${actionLine(a, rows)}${a.status === 'dropped' ? ' _(dropped)_' : ''}`);
  const withheld = withheldLine(rows.actions.length - shown.length, 'action');
  return `${['# Actions', '', ...(lines.length ? lines : ['_No actions._']), ...(withheld ? ['', withheld] : [])].join('\n')}\n`;
}

/**
 * The whole workspace as Markdown files (layout in the module comment). Pure: the same
 * rows and options give the same files, in the same order.
 */
export function exportWorkspaceMarkdown(rows: WorkspaceRows, opts: WorkspaceExportOptions): ExportFile[] {
  const isPublic = opts.audience === 'public';
  const audience: ExportAudience = isPublic ? 'public' : 'internal';
  const files: ExportFile[] = [];
  const index: string[] = [];

  const teamName = uniqueNames();
  const teams = [...rows.teams].sort((a, b) => a.name.localeCompare(b.name));
  const teamLinks: string[] = [];
  for (const team of teams) {
    const path = `teams/${teamName(slugify(team.name, 50).replace(/^decision$/, 'team'))}.md`;
    files.push({ path, body: teamFile(team, rows, isPublic) });
    teamLinks.push(`- [${teamInline(team.name)}](${path})`);
  }
  if (rows.updates.some((u) => u.teamId === null)) {
    const path = `teams/${teamName('no-team')}.md`;
    files.push({ path, body: teamFile({ id: null, name: 'Posts without a team', aliases: [], members: [], groupHandles: [] }, rows, isPublic) });
    teamLinks.push(`- [Posts without a team](${path})`);
  }

  const decisionLinks: string[] = [];
  const decisionName = uniqueNames();
  let withheldDecisions = 0;
  const ctx = {
    members: rows.members, teams: rows.teams, items: rows.items, meetings: rows.meetings, decisions: rows.decisions, today: opts.today,
    threads: rows.threads, updates: rows.updates,
  };
  for (const decision of [...rows.decisions].sort((a, b) => a.number - b.number)) {
    if (isPublic && isDecisionConfidential(decision, opts.today)) {
      withheldDecisions++;
      continue;
    }
    const { markdown } = exportVoteLog(decision, ctx, { layout: 'modern', audience });
    const path = `decisions/${decisionName(voteLogFileName(decision).replace(/\.md$/, ''))}.md`;
    files.push({ path, body: markdown });
    decisionLinks.push(`- [#${decision.number} ${teamInline(decision.title)}](${path}) — ${decision.status}`);
  }
  files.push({ path: 'decision-log.md', body: exportDecisionLog(rows.decisions, ctx, { public: isPublic }) });

  const meetingName = uniqueNames();
  const meetingLinks: string[] = [];
  const meetings = [...rows.meetings].sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
  for (const meeting of meetings) {
    const when = meeting.startsAt ? dayInZone(meeting.startsAt, meeting.timeZone) : 'undated';
    const path = `meetings/${meetingName(`${when}-${slugify(meeting.title, 50).replace(/^decision$/, 'meeting')}`)}.md`;
    files.push({ path, body: meetingFile(meeting, rows, isPublic, opts.today) });
    meetingLinks.push(`- [${when}: ${teamInline(meeting.title)}](${path}) — ${meeting.status}`);
  }
  files.push({ path: 'actions.md', body: actionsFile(rows, isPublic, opts.today) });

  index.push('# Steering Desk export', '');
  index.push(`Exported on ${opts.today}${opts.appVersion ? ` by Steering Desk ${escapeInline(opts.appVersion)}` : ''}, ${isPublic ? 'for the public (confidential records left out)' : 'for the Steering Committee (confidential records included and marked)'}.`, '');
  index.push(`Holds ${rows.teams.length} teams, ${rows.updates.length} updates, ${rows.items.length} items, ${rows.decisions.length} decisions, ${rows.meetings.length} meetings and ${rows.actions.length} actions.`, '');
  index.push('## Teams', '', ...(teamLinks.length ? teamLinks : ['_None._']), '');
  index.push('## Decisions', '', '- [Decision log](decision-log.md)', ...decisionLinks, '');
  if (withheldDecisions) index.push(withheldLine(withheldDecisions, 'decision'), '');
  index.push('## Meetings', '', ...(meetingLinks.length ? meetingLinks : ['_None._']), '');
  index.push('## Actions', '', '- [All actions](actions.md)', '');
  return [{ path: 'README.md', body: `${index.join('\n').trimEnd()}\n` }, ...files];
}
