/**
 * Turns an export request into a file name and Markdown, through the shared exporters
 * (issue 5). Errors a member can fix (a confidential decision in a public vote log, a
 * broken template) come back as messages instead of throwing.
 */
import { slugify } from '../../../shared/decisions/numbering';
import { exportDecisionLog } from '../../../shared/export/decision-log';
import type { ExportContext } from '../../../shared/export/templates/context';
import { exportVoteLog, type VoteLogLayout } from '../../../shared/export/vote-log';
import type { PostRef } from '../../../shared/export/post-link';
import type { DecisionRow, ItemRow, MeetingRow, MemberRow, TeamId, TeamRow, ThreadRow } from '../../../shared/model';

export type ExportOutcome = { ok: true; fileName: string; markdown: string } | { ok: false; message: string };

/** `threads` and `updates` (optional) link each exported ask to its forum post. */
export type ExportLookups = { members: MemberRow[]; teams: TeamRow[]; items: ItemRow[]; meetings: MeetingRow[]; threads?: ThreadRow[]; updates?: PostRef[] };

export type VoteLogChoice = { kind: 'vote-log'; decision: DecisionRow; layout: VoteLogLayout; template?: string; isPublic: boolean };
export type DecisionLogChoice = { kind: 'decision-log'; from: string; to: string; teamId: string; template?: string; isPublic: boolean };

export function exportContext(lookups: ExportLookups, decisions: readonly DecisionRow[], today: string): ExportContext {
  return { ...lookups, decisions, today };
}

/** `decision-log[-team][-from-…][-to-…].md` */
export function decisionLogFileName(choice: Pick<DecisionLogChoice, 'from' | 'to'>, teamName: string): string {
  const parts = ['decision-log', teamName ? slugify(teamName) : '', choice.from ? `from-${choice.from}` : '', choice.to ? `to-${choice.to}` : ''];
  return `${parts.filter(Boolean).join('-')}.md`;
}

export function buildExport(choice: VoteLogChoice | DecisionLogChoice, ctx: ExportContext): ExportOutcome {
  try {
    if (choice.kind === 'vote-log') {
      const file = exportVoteLog(choice.decision, ctx, { layout: choice.layout, template: choice.template, audience: choice.isPublic ? 'public' : 'internal' });
      return { ok: true, ...file };
    }
    const teamId = choice.teamId ? (choice.teamId as TeamId) : undefined;
    const markdown = exportDecisionLog(ctx.decisions ?? [], ctx, {
      period: { from: choice.from || undefined, to: choice.to || undefined },
      teamId,
      public: choice.isPublic,
      template: choice.template,
    });
    const teamName = teamId ? (ctx.teams.find((t) => t.id === teamId)?.name ?? '') : '';
    return { ok: true, fileName: decisionLogFileName(choice, teamName), markdown };
  } catch (error) {
    // DecisionExportError and TemplateError carry a message that names the decision or line.
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
