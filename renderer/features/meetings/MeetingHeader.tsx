/**
 * A meeting's details (issue 6): title, when (in its zone and the member's), length,
 * status, SC attendees, chair, recorder, team representatives, observers and template.
 * Text fields are saved together with "Save details"; pickers save at once.
 */
import { useState } from 'react';
import { MEETING_STATUSES, type MeetingRow, type MemberId, type TemplateId } from '../../../shared/model';
import { MeetingsError } from '../../../shared/meetings/errors';
import { dayInZone, timeInZone, zonedToInstant } from '../../../shared/meetings/week';
import { useMembers } from '../../db/hooks/live';
import { useMeetingTemplates } from '../../db/hooks/meetings';
import { MeetingInputError, updateMeeting, type MeetingEdit } from '../../db/repos/meetings-repo';
import { runAction } from '../../lib/run-action';
import { STATUS_LABELS } from './labels';
import { timeZoneChoices } from './today';
import { MeetingWhen } from './UpcomingTab';

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

export function MeetingHeader({ meeting }: { meeting: MeetingRow }) {
  const members = useMembers() ?? [];
  const templates = useMeetingTemplates() ?? [];
  const [title, setTitle] = useState(meeting.title);
  const [date, setDate] = useState(meeting.startsAt ? dayInZone(meeting.startsAt, meeting.timeZone) : '');
  const [time, setTime] = useState(meeting.startsAt ? timeInZone(meeting.startsAt, meeting.timeZone) : '17:00');
  const [zone, setZone] = useState(meeting.timeZone);
  const [duration, setDuration] = useState(String(meeting.durationMin));
  const [reps, setReps] = useState(meeting.teamReps.join(', '));
  const [observers, setObservers] = useState(meeting.observers.join(', '));
  const [error, setError] = useState<string | null>(null);

  const save = (edit: MeetingEdit, summary: string) => runAction(() => updateMeeting(meeting.id, edit, summary)).then(setError);

  async function saveDetails() {
    const message = await runAction(async () => {
      let startsAt: string | undefined;
      try {
        startsAt = date ? zonedToInstant(date, time || '12:00', zone) : undefined;
      } catch (error) {
        // A typed date or zone the member can fix: show it next to the form, not as a failure.
        if (error instanceof MeetingsError) throw new MeetingInputError('bad-date', error.message);
        throw error;
      }
      await updateMeeting(meeting.id, {
        title, timeZone: zone, durationMin: Number(duration), teamReps: list(reps), observers: list(observers), ...(startsAt ? { startsAt } : {}),
      }, `edited the details of “${title}”`);
    });
    setError(message);
  }
  const toggleMember = (id: MemberId, on: boolean) =>
    void save({ memberIds: on ? [...meeting.memberIds, id] : meeting.memberIds.filter((x) => x !== id) }, `${on ? 'added' : 'removed'} ${members.find((m) => m.id === id)?.name ?? 'a member'}`);

  return (
    <header className="meeting-header card">
      <div className="meeting-title-row">
        <h1 id="meeting-title">{meeting.title}</h1>
        <label className="inline-field"><span>Status</span>
          <select value={meeting.status} onChange={(e) => void save({ status: e.target.value as MeetingRow['status'] }, `status: ${meeting.status} → ${e.target.value}`)}>
            {MEETING_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </label>
      </div>
      <p className="muted meeting-when"><MeetingWhen meeting={meeting} /> · {meeting.durationMin} min</p>
      <details className="meeting-details">
        <summary>Edit details</summary>
        <div className="field-grid">
          <label className="field"><span>Title</span><input value={title} onChange={(e) => setTitle(e.target.value)} /></label>
          <label className="field"><span>Date</span><input type="date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
          <label className="field"><span>Time</span><input type="time" value={time} onChange={(e) => setTime(e.target.value)} /></label>
          <label className="field"><span>Time zone</span>
            <select value={zone} onChange={(e) => setZone(e.target.value)}>{timeZoneChoices().map((z) => <option key={z} value={z}>{z}</option>)}</select>
          </label>
          <label className="field"><span>Length (minutes)</span><input type="number" min={1} max={1440} value={duration} onChange={(e) => setDuration(e.target.value)} /></label>
          <label className="field"><span>Team representatives (comma-separated)</span><input value={reps} onChange={(e) => setReps(e.target.value)} /></label>
          <label className="field"><span>Observers (comma-separated)</span><input value={observers} onChange={(e) => setObservers(e.target.value)} /></label>
        </div>
        <button type="button" className="button primary" onClick={() => void saveDetails()}>Save details</button>
      </details>
      <div className="field-grid">
        <fieldset className="member-picks">
          <legend>SC attendees</legend>
          {members.map((m) => (
            <label key={m.id} className="check"><input type="checkbox" checked={meeting.memberIds.includes(m.id)} onChange={(e) => toggleMember(m.id, e.target.checked)} /> {m.name}</label>
          ))}
        </fieldset>
        <label className="field"><span>Chair</span>
          <select value={meeting.chairId ?? ''} onChange={(e) => void save({ chairId: (e.target.value || undefined) as MemberId | undefined }, 'chair changed')}>
            <option value="">Not chosen</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </label>
        <label className="field"><span>Recorder</span>
          <select value={meeting.recorderId ?? ''} onChange={(e) => void save({ recorderId: (e.target.value || undefined) as MemberId | undefined }, 'recorder changed')}>
            <option value="">Not chosen</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </label>
        <label className="field"><span>Template</span>
          <select value={meeting.templateId ?? ''} onChange={(e) => void save({ templateId: e.target.value as TemplateId }, 'template changed')}>
            {templates.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </label>
      </div>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </header>
  );
}
