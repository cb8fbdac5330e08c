/**
 * The decision log: all decisions of a period and/or team in one Markdown document
 * (issue 5). A public log leaves out confidential decisions and says how many it left out.
 */
import { decisionDay } from '../decisions/decision-day';
import type { DecisionRow, TeamId } from '../model';
import { isDecisionConfidential, redactFor, withheldLine } from './redact';
import { DECISION_LOG } from './templates/builtin';
import type { ExportContext } from './templates/context';
import { renderTemplate } from './templates/render';
import { buildVoteLogView } from './vote-log-view';
import type { DecisionView } from './vote-log-view';

/** Which decisions a decision log covers and who it is for. */
export interface DecisionLogOptions {
  /** Inclusive day range (`YYYY-MM-DD`) on the decision day (a meeting's day for a decision taken there; the creation day when undecided). */
  period?: { from?: string; to?: string };
  /** Only decisions linked to this team. */
  teamId?: TeamId;
  /** Public (default) leaves confidential decisions out; `false` keeps and marks them. */
  public?: boolean;
  /** An edited template body to use instead of the built-in one. */
  template?: string;
}

/** Everything the decision-log template can print. */
export interface DecisionLogView {
  teamName: string;
  periodLabel: string;
  isPublic: boolean;
  today: string;
  decisions: DecisionView[];
  hasDecisions: boolean;
  withheldCount: number;
  withheldMd: string;
}

/** The day a decision belongs to in a period: its decision day (decision-day.ts), else the day it was created (UTC). */
function dayOf(decision: DecisionRow, ctx: ExportContext): string {
  return decisionDay(decision, ctx.meetings) ?? decision.createdAt.slice(0, 10);
}

function periodLabel(period: DecisionLogOptions['period']): string {
  const from = period?.from;
  const to = period?.to;
  if (from && to) return `Decisions from ${from} to ${to}.`;
  if (from) return `Decisions from ${from}.`;
  if (to) return `Decisions up to ${to}.`;
  return 'All decisions.';
}

/** The view of a decision log: the decisions of the period/team in number order, redacted for a public log. */
export function buildDecisionLogView(decisions: readonly DecisionRow[], ctx: ExportContext, opts: DecisionLogOptions = {}): DecisionLogView {
  const isPublic = opts.public ?? true;
  const { from, to } = opts.period ?? {};
  const inScope = decisions
    .filter((d) => (!from || dayOf(d, ctx) >= from) && (!to || dayOf(d, ctx) <= to))
    .filter((d) => !opts.teamId || d.teamIds.includes(opts.teamId))
    .sort((a, b) => a.number - b.number);
  const audience = isPublic ? 'public' : 'internal';
  const { kept, withheldCount } = redactFor(inScope, (d) => isDecisionConfidential(d, ctx.today), audience);
  const lookup = { ...ctx, decisions: ctx.decisions ?? decisions };
  const views = kept.map((k) => buildVoteLogView(k.entry, lookup, { audience }));
  return {
    teamName: opts.teamId ? (ctx.teams.find((t) => t.id === opts.teamId)?.name ?? opts.teamId) : '',
    periodLabel: periodLabel(opts.period),
    isPublic,
    today: ctx.today,
    decisions: views,
    hasDecisions: views.length > 0,
    withheldCount,
    withheldMd: withheldLine(withheldCount, 'decision'),
  };
}

/** The decision log as Markdown. Throws TemplateError for an invalid edited template. */
export function exportDecisionLog(decisions: readonly DecisionRow[], ctx: ExportContext, opts: DecisionLogOptions = {}): string {
  const view = buildDecisionLogView(decisions, ctx, opts);
  const markdown = renderTemplate(opts.template ?? DECISION_LOG, view, opts.template ? 'custom decision log' : 'decision-log');
  return `${markdown.trimEnd()}\n`;
}
