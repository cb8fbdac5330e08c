/**
 * Export of one decision as a vote-log file in either of the NixOS SC's layouts, named
 * `NNNN-slug.md` as in the SC's archive (issue 5). A public export of a confidential
 * decision is refused: a vote log is the decision, so there is nothing left to publish.
 */
import { voteLogFileName } from '../decisions/numbering';
import type { DecisionRow } from '../model';
import { isDecisionConfidential } from './redact';
import type { ExportAudience } from './redact';
import { VOTE_LOG_CLASSIC, VOTE_LOG_MODERN } from './templates/builtin';
import type { ExportContext } from './templates/context';
import { renderTemplate } from './templates/render';
import { buildVoteLogView } from './vote-log-view';

/** The two vote-log layouts: `classic` (vote 0018) and `modern` (vote 0030). */
export type VoteLogLayout = 'classic' | 'modern';

/** Why a decision could not be exported. */
export type DecisionExportErrorCode = 'confidential';

/** A decision that may not be exported as asked; the message names the decision. */
export class DecisionExportError extends Error {
  override readonly name = 'DecisionExportError';
  constructor(
    readonly code: DecisionExportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Options of a vote-log export. */
export interface VoteLogOptions {
  layout: VoteLogLayout;
  /** An edited template body to use instead of the built-in one of `layout`. */
  template?: string;
  /** `public` (default) refuses confidential decisions; `internal` exports them marked. */
  audience?: ExportAudience;
}

/** A vote-log file: its name and Markdown body. */
export interface VoteLogFile {
  fileName: string;
  markdown: string;
}

/**
 * One decision as a vote-log Markdown file. Throws DecisionExportError for a public export
 * of a confidential decision, and TemplateError for an invalid edited template.
 */
export function exportVoteLog(decision: DecisionRow, ctx: ExportContext, opts: VoteLogOptions): VoteLogFile {
  const audience = opts.audience ?? 'public';
  if (audience === 'public' && isDecisionConfidential(decision, ctx.today)) {
    throw new DecisionExportError('confidential', `Decision #${decision.number} “${decision.title}” is ${decision.confidentiality} and cannot be published as a vote log.`);
  }
  const body = opts.template ?? (opts.layout === 'classic' ? VOTE_LOG_CLASSIC : VOTE_LOG_MODERN);
  const view = buildVoteLogView(decision, ctx, { audience });
  const markdown = renderTemplate(body, view, opts.template ? 'custom vote log' : `vote-log-${opts.layout}`);
  return { fileName: voteLogFileName(decision), markdown: `${markdown.trimEnd()}\n` };
}
