/**
 * Export of one meeting (issue 6): agenda, minutes or team reply, public or internal, shown as
 * Markdown beside its rendering (issue 13), copied or saved. Copy goes through the one
 * clipboard helper (features/export/deliver.ts), like every other export.
 */
import { useState } from 'react';
import { localTimeZone } from '../../../shared/meetings/week';
import type { MeetingRow } from '../../../shared/model';
import { MarkdownPreview } from '../../components/MarkdownPreview';
import { useMeetingRows } from '../../db/hooks/meetings';
import { platform } from '../../lib/platform';
import { runAction } from '../../lib/run-action';
import { useUi } from '../../store';
import { meetingDocument, type MeetingDocKind } from '../../../shared/meetings/meeting-documents';
import { copyMarkdown } from '../export/deliver';
import { todayHere } from './today';

const KINDS: { id: MeetingDocKind; label: string }[] = [
  { id: 'agenda', label: 'Agenda' },
  { id: 'minutes', label: 'Minutes' },
  { id: 'team-reply', label: 'Reply to the team' },
];

export function ExportPanel({ meeting }: { meeting: MeetingRow }) {
  const rows = useMeetingRows();
  const [kind, setKind] = useState<MeetingDocKind>('agenda');
  const [isPublic, setPublic] = useState(true);
  const [message, setMessage] = useState<string | null>(null);
  if (!rows) return null;
  const doc = meetingDocument(rows, meeting, kind, { isPublic, today: todayHere(), viewerZone: localTimeZone() });

  return (
    <section className="card export-panel" aria-labelledby="export-title">
      <h3 id="export-title">Export</h3>
      <div className="export-options">
        <fieldset>
          <legend>Document</legend>
          {KINDS.map((k) => (
            <label key={k.id} className="check"><input type="radio" name="export-kind" checked={kind === k.id} onChange={() => setKind(k.id)} /> {k.label}</label>
          ))}
        </fieldset>
        <fieldset disabled={kind === 'team-reply'}>
          <legend>For</legend>
          <label className="check"><input type="radio" name="export-audience" checked={isPublic} onChange={() => setPublic(true)} /> Public (confidential entries withheld)</label>
          <label className="check"><input type="radio" name="export-audience" checked={!isPublic} onChange={() => setPublic(false)} /> SC internal</label>
        </fieldset>
      </div>
      <p className="muted">File: <code>{doc.fileName}</code></p>
      {/* Keyed by the file, so another document opens at its top rather than at the last one's scroll. */}
      <MarkdownPreview key={doc.fileName} label={`Preview of ${doc.fileName}`} renderedLabel={`Rendered ${doc.fileName}`} markdown={doc.markdown} />
      {message ? <p className="field-error" role="alert">{message}</p> : null}
      <div className="button-row">
        <button type="button" className="button primary" onClick={async () => setMessage(await copyMarkdown(doc.markdown))}>Copy Markdown</button>
        <button type="button" className="button" onClick={() => void runAction(async () => {
          const result = await platform.saveTextFile({ suggestedName: doc.fileName, body: doc.markdown, filters: [{ name: 'Markdown', extensions: ['md'] }] });
          if (result.status === 'saved') useUi.getState().notify('success', `Saved ${result.fileName}.`);
        })}>Save as file…</button>
      </div>
    </section>
  );
}
