/**
 * Minutes mode (issue 6): attendance, minutes and a conclusion per agenda entry, decisions
 * taken in place, and action items. Marking the meeting held is what lets its unfinished
 * entries and open actions carry over to the next meeting of the series.
 */
import { sectionEntries } from '../../../shared/meetings/order';
import { printableSections } from '../../../shared/meetings/render-common';
import { ATTENDANCE, type Attendance, type MeetingRow } from '../../../shared/model';
import { useMeetingRows } from '../../db/hooks/meetings';
import { updateMeeting } from '../../db/repos/meetings-repo';
import { runAction } from '../../lib/run-action';
import { ActionsPanel } from './ActionsPanel';
import { ATTENDANCE_LABELS } from './labels';
import { liveTitle } from '../../../shared/meetings/live-entry';
import { MinutesEntry } from './MinutesEntry';
import { templateOf } from '../../../shared/meetings/template-of';

export function MinutesEditor({ meeting }: { meeting: MeetingRow }) {
  const rows = useMeetingRows();
  if (!rows) return null;
  const entries = rows.agendaEntries.filter((e) => e.meetingId === meeting.id);
  const sections = printableSections(templateOf(meeting, rows.templates).sections, entries);
  const attendees = rows.members.filter((m) => meeting.memberIds.includes(m.id));
  const people = [...attendees.map((m) => ({ key: m.id as string, name: m.name })), ...meeting.teamReps.map((r) => ({ key: r, name: `${r} (team)` }))];
  const setAttendance = (key: string, value: Attendance | '') => {
    const next = { ...meeting.attendance };
    if (value) next[key] = value;
    else delete next[key];
    void runAction(() => updateMeeting(meeting.id, { attendance: next }, `attendance of ${people.find((p) => p.key === key)?.name ?? key}: ${value || 'not recorded'}`));
  };

  return (
    <div className="minutes-editor">
      <section className="card" aria-labelledby="attendance-title">
        <h3 id="attendance-title">Attendance</h3>
        {people.length === 0 ? <p className="muted">Add SC attendees or team representatives in the meeting’s details first.</p> : null}
        <div className="attendance-grid">
          {people.map((p) => (
            <label key={p.key} className="inline-field"><span>{p.name}</span>
              <select value={meeting.attendance[p.key] ?? ''} onChange={(e) => setAttendance(p.key, e.target.value as Attendance | '')}>
                <option value="">Not recorded</option>
                {ATTENDANCE.map((a) => <option key={a} value={a}>{ATTENDANCE_LABELS[a]}</option>)}
              </select>
            </label>
          ))}
        </div>
        {meeting.status === 'draft' || meeting.status === 'planned' ? (
          <button type="button" className="button primary" onClick={() => void runAction(() => updateMeeting(meeting.id, { status: 'held' }, `status: ${meeting.status} → held`), { success: 'Meeting marked as held.' })}>
            Mark the meeting as held
          </button>
        ) : null}
      </section>
      {sections.map((s) => {
        const list = sectionEntries(entries, s.title);
        if (list.length === 0) return null;
        return (
          <section key={s.title} aria-label={s.title} className="minutes-section">
            <h3>{s.title}</h3>
            <ol className="minutes-entries">
              {list.map((e) => (
                <MinutesEntry key={e.id} entry={e} title={liveTitle(e, rows)} decision={rows.decisions.find((d) => d.id === e.decisionId)} attendees={attendees} members={rows.members} />
              ))}
            </ol>
          </section>
        );
      })}
      {entries.length === 0 ? <p className="muted">The agenda is empty; add entries under Agenda first.</p> : null}
      <ActionsPanel meeting={meeting} actions={rows.actions} members={rows.members} teams={rows.teams} />
    </div>
  );
}
