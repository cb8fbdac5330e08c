/**
 * Copy or save the agendas of a whole round of team meetings as one Markdown document, or
 * open it in a dialog — Markdown beside its rendering — first (issue 13). The card sits in
 * the narrow side column, so the preview gets a dialog of its own rather than the card.
 * Copy goes through the one clipboard helper (features/export/deliver.ts), like every export.
 */
import { useState } from 'react';
import { localTimeZone } from '../../../shared/meetings/week';
import { MarkdownPreview } from '../../components/MarkdownPreview';
import { useMeetingRows } from '../../db/hooks/meetings';
import { platform } from '../../lib/platform';
import { runAction } from '../../lib/run-action';
import { roundDay, roundDocument } from '../../../shared/meetings/meeting-documents';
import { formatStoredDay } from '../../lib/format/dates';
import { copyMarkdown } from '../export/deliver';
import { Dialog } from '../export/Dialog';
import { todayHere } from './today';

export function RoundExport({ roundId }: { roundId: string }) {
  const rows = useMeetingRows();
  const [isPublic, setPublic] = useState(true);
  const [isOpen, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (!rows) return null;
  const meetings = rows.meetings.filter((m) => m.roundId === roundId);
  // The document says the day as exports do (ISO); the card says it as the rest of the UI does.
  const day = roundDay(meetings);
  const title = day ? `Team meetings of ${day}` : 'Team meetings';
  const heading = day ? `Team meetings of ${formatStoredDay(day)}` : 'Team meetings';
  const doc = () => roundDocument(rows, roundId, { isPublic, today: todayHere(), viewerZone: localTimeZone(), title });
  const copy = async () => setMessage(await copyMarkdown(doc().markdown));
  const save = () => void runAction(async () => { const d = doc(); await platform.saveTextFile({ suggestedName: d.fileName, body: d.markdown }); });
  const headingId = `round-${roundId}-title`;
  const close = () => {
    setOpen(false);
    setMessage(null);
  };
  // Built only while the dialog is open: a round's agendas are long, and the list may hold many rounds.
  const shown = isOpen ? doc() : null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="muted">{meetings.length} meetings in this round.</p>
      <label className="check"><input type="checkbox" checked={isPublic} onChange={(e) => setPublic(e.target.checked)} /> Public version (confidential entries withheld)</label>
      {message && !isOpen ? <p className="field-error" role="alert">{message}</p> : null}
      <div className="button-row">
        <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>Preview round agenda…</button>
        <button type="button" className="button" onClick={copy}>Copy round agenda</button>
        <button type="button" className="button" onClick={save}>Save round agenda…</button>
      </div>
      {shown ? (
        <Dialog titleId={`${headingId}-dialog`} title={`Round agenda: ${heading}`} onClose={close} wide>
          <p className="muted">{isPublic ? 'Public version' : 'SC-internal version'} · File: <code>{shown.fileName}</code></p>
          <MarkdownPreview label={`Preview of ${shown.fileName}`} renderedLabel={`Rendered ${shown.fileName}`} markdown={shown.markdown} />
          {message ? <p className="field-error" role="alert">{message}</p> : null}
          <div className="button-row">
            <button type="button" className="button primary" onClick={copy}>Copy to clipboard</button>
            <button type="button" className="button" onClick={save}>Save as file…</button>
            <button type="button" className="button subtle" onClick={close}>Close</button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
