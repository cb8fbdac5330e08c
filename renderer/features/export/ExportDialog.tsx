/**
 * Export of one decision as a vote log (either NixOS SC layout) or of the decision log for
 * a period or team, previewed as Markdown and rendered (issue 13); saved through the save dialog or copied (issue 5).
 * Public exports leave confidential decisions and items out and say so.
 */
import { useState } from 'react';
import { MarkdownPreview } from '../../components/MarkdownPreview';
import type { VoteLogLayout } from '../../../shared/export/vote-log';
import { useDecisionLookups, useDecisions } from '../../db/hooks/decisions';
import { useExportTemplates } from '../../db/hooks/templates';
import { useUi, type ExportRequest } from '../../store';
import { localToday } from '../decisions/time';
import { buildExport, exportContext } from './build-export';
import { copyMarkdown, saveMarkdown } from './deliver';
import { Dialog } from './Dialog';

export function ExportDialog({ request }: { request: Exclude<ExportRequest, null> }) {
  const decisions = useDecisions();
  const lookups = useDecisionLookups();
  const templates = useExportTemplates();
  const target = request.kind;
  const [templateId, setTemplateId] = useState(target === 'vote-log' ? 'vote-log-modern' : 'decision-log');
  const [isPublic, setIsPublic] = useState(true);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [teamId, setTeamId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const close = () => useUi.getState().closeExport();

  const choices = (templates ?? []).filter((t) => t.target === target);
  const template = choices.find((t) => t.id === templateId);
  const decision = request.kind === 'vote-log' ? decisions?.find((d) => d.id === request.decisionId) : undefined;
  const ready = decisions && lookups && templates && (request.kind === 'decision-log' || decision);
  const ctx = ready ? exportContext(lookups, decisions, localToday()) : null;
  const layout: VoteLogLayout = templateId === 'vote-log-classic' ? 'classic' : 'modern';
  const outcome = !ctx
    ? null
    : decision
      ? buildExport({ kind: 'vote-log', decision, layout, template: template?.body, isPublic }, ctx)
      : buildExport({ kind: 'decision-log', from, to, teamId, template: template?.body, isPublic }, ctx);

  const title = decision ? `Export vote log #${String(decision.number).padStart(4, '0')}` : 'Export the decision log';
  return (
    <Dialog titleId="export-title" title={title} onClose={close} wide>
      <div className="export-options">
        <label className="field">
          <span>Layout</span>
          <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            {choices.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend>Who it is for</legend>
          <label className="check">
            <input type="radio" name="audience" checked={isPublic} onChange={() => setIsPublic(true)} /> Public (confidential entries left out)
          </label>
          <label className="check">
            <input type="radio" name="audience" checked={!isPublic} onChange={() => setIsPublic(false)} /> SC only (everything, marked)
          </label>
        </fieldset>
        {request.kind === 'decision-log' ? (
          <>
            <label className="field">
              <span>From</span>
              <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <label className="field">
              <span>To</span>
              <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </label>
            <label className="field">
              <span>Team</span>
              <select value={teamId} onChange={(e) => setTeamId(e.target.value)}>
                <option value="">All teams</option>
                {lookups?.teams.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : null}
      </div>
      {outcome?.ok ? (
        <>
          <p className="muted">
            File: <code>{outcome.fileName}</code>
          </p>
          {/* Keyed by layout and file, so another document opens at its top rather than at the last one's scroll. */}
          <MarkdownPreview key={`${templateId}:${isPublic}:${outcome.fileName}`} label="Preview" markdown={outcome.markdown} />
        </>
      ) : outcome ? (
        <p className="field-error" role="alert">
          {outcome.message}
        </p>
      ) : (
        <p className="muted">Preparing…</p>
      )}
      {message ? (
        <p className="field-error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button primary" disabled={!outcome?.ok} onClick={async () => outcome?.ok && setMessage(await saveMarkdown(outcome.fileName, outcome.markdown))}>
          Save as file…
        </button>
        <button type="button" className="button" disabled={!outcome?.ok} onClick={async () => outcome?.ok && setMessage(await copyMarkdown(outcome.markdown))}>
          Copy to clipboard
        </button>
        <button type="button" className="button subtle" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
