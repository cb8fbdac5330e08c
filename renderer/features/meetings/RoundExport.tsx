/** Copy or save the agendas of a whole round of team meetings as one Markdown document. */
import { useState } from 'react';
import { localTimeZone } from '../../../shared/meetings/week';
import { useMeetingRows } from '../../db/hooks/meetings';
import { platform } from '../../lib/platform';
import { runAction } from '../../lib/run-action';
import { roundDocument } from '../../../shared/meetings/meeting-documents';
import { todayHere } from './today';

export function RoundExport({ roundId }: { roundId: string }) {
  const rows = useMeetingRows();
  const [isPublic, setPublic] = useState(true);
  if (!rows) return null;
  const meetings = rows.meetings.filter((m) => m.roundId === roundId);
  const title = meetings[0]?.startsAt ? `Team meetings of ${meetings[0].startsAt.slice(0, 10)}` : 'Team meetings';
  const doc = () => roundDocument(rows, roundId, { isPublic, today: todayHere(), viewerZone: localTimeZone(), title });
  const headingId = `round-${roundId}-title`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{meetings.length} meetings in this round.</p>
      <label className="check"><input type="checkbox" checked={isPublic} onChange={(e) => setPublic(e.target.checked)} /> Public version (confidential entries withheld)</label>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void runAction(() => navigator.clipboard.writeText(doc().markdown), { success: 'Round agenda copied.' })}>Copy round agenda</button>
        <button type="button" className="button" onClick={() => void runAction(async () => { const d = doc(); await platform.saveTextFile({ suggestedName: d.fileName, body: d.markdown }); })}>Save round agenda…</button>
      </div>
    </section>
  );
}
