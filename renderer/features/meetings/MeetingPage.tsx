/** One meeting: its details, then the agenda, the minutes or the export. Opening it carries over what the last meeting left open. */
import { useEffect } from 'react';
import type { MeetingId } from '../../../shared/model';
import { useMeeting } from '../../db/hooks/meetings';
import { ensureCarriedOver } from '../../db/repos/meetings-repo';
import { runAction } from '../../lib/run-action';
import { useMeetingMode, useMeetingsActions, type MeetingMode } from '../../store';
import { AgendaEditor } from './AgendaEditor';
import { ExportPanel } from './ExportPanel';
import { MeetingHeader } from './MeetingHeader';
import { MinutesEditor } from './MinutesEditor';
import '../../styles/meetings.css';

const MODES: { id: MeetingMode; label: string }[] = [
  { id: 'agenda', label: 'Agenda' },
  { id: 'minutes', label: 'Minutes' },
  { id: 'export', label: 'Export' },
];

export function MeetingPage({ meetingId }: { meetingId: MeetingId }) {
  const meeting = useMeeting(meetingId);
  const mode = useMeetingMode();
  const { closeMeeting, setMeetingMode } = useMeetingsActions();

  useEffect(() => {
    void runAction(() => ensureCarriedOver(meetingId));
  }, [meetingId]);

  if (meeting === undefined) return null;
  if (meeting === null) {
    return (
      <section className="view meetings">
        <p>This meeting no longer exists.</p>
        <button type="button" className="button" onClick={closeMeeting}>Back to meetings</button>
      </section>
    );
  }
  return (
    <section className="view meetings" aria-labelledby="meeting-title">
      <button type="button" className="button subtle back-link" onClick={closeMeeting}>← All meetings</button>
      <MeetingHeader meeting={meeting} />
      <div className="tabs" role="tablist" aria-label="Meeting sections">
        {MODES.map((m) => (
          <button key={m.id} type="button" role="tab" id={`meeting-tab-${m.id}`} aria-selected={mode === m.id} aria-controls={`meeting-panel-${m.id}`}
            className="tab" onClick={() => setMeetingMode(m.id)}>{m.label}</button>
        ))}
      </div>
      <div role="tabpanel" id={`meeting-panel-${mode}`} aria-labelledby={`meeting-tab-${mode}`}>
        {mode === 'agenda' ? <AgendaEditor meeting={meeting} /> : mode === 'minutes' ? <MinutesEditor meeting={meeting} /> : <ExportPanel meeting={meeting} />}
      </div>
    </section>
  );
}
