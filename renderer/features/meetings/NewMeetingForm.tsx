/** Plans one meeting: a team's, or the SC's own (no team). Opens it once created. */
import { useState, type FormEvent } from 'react';
import type { MeetingId, TeamId } from '../../../shared/model';
import { localTimeZone } from '../../../shared/meetings/week';
import { useTeams } from '../../db/hooks/live';
import { createMeetings } from '../../db/repos/meetings-repo';
import { runAction } from '../../lib/run-action';
import { useMeetingsActions } from '../../store';
import { timeZoneChoices } from './today';

export function NewMeetingForm() {
  const teams = useTeams() ?? [];
  const { openMeeting } = useMeetingsActions();
  const [title, setTitle] = useState('');
  const [teamId, setTeamId] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('17:00');
  const [zone, setZone] = useState(localTimeZone);
  const [duration, setDuration] = useState('60');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    let id: MeetingId | undefined;
    const message = await runAction(async () => {
      const teamName = teams.find((t) => t.id === teamId)?.name;
      const [row] = await createMeetings([{
        title: title || (teamName ? `${teamName} meeting` : 'SC meeting'), teamIds: teamId ? [teamId as TeamId] : [],
        ...(date ? { date, time } : {}), timeZone: zone, durationMin: Number(duration), status: date ? 'planned' : 'draft',
      }]);
      id = row?.id;
    });
    setError(message);
    if (!message && id) openMeeting(id);
  }

  return (
    <form className="card" aria-labelledby="new-meeting-title" onSubmit={(e) => void submit(e)}>
      <h2 id="new-meeting-title">Plan a meeting</h2>
      <label className="field"><span>Team</span>
        <select value={teamId} onChange={(e) => setTeamId(e.target.value)}>
          <option value="">None — the SC’s own meeting</option>
          {teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
      </label>
      <label className="field"><span>Title (optional)</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Xen team meeting" />
      </label>
      <div className="field-row">
        <label className="field"><span>Date</span><input type="date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
        <label className="field"><span>Time</span><input type="time" value={time} onChange={(e) => setTime(e.target.value)} /></label>
      </div>
      <div className="field-row">
        <label className="field"><span>Time zone</span>
          <select value={zone} onChange={(e) => setZone(e.target.value)}>
            {timeZoneChoices().map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
        </label>
        <label className="field"><span>Length (minutes)</span>
          <input type="number" min={1} max={1440} value={duration} onChange={(e) => setDuration(e.target.value)} />
        </label>
      </div>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <button type="submit" className="button primary">Create meeting</button>
    </form>
  );
}
