/** The list of meetings, newest round first, with the forms to plan one meeting or import past minutes. */
import { DateText } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { useMeetings } from '../../db/hooks/meetings';
import { useMembers, useTeams } from '../../db/hooks/live';
import { useMeetingsActions } from '../../store';
import type { MeetingRow, MemberRow, TeamRow } from '../../../shared/model';
import { ImportMinutes } from './ImportMinutes';
import { NewMeetingForm } from './NewMeetingForm';
import { RoundExport } from './RoundExport';
import { STATUS_LABELS } from './labels';

/** When a meeting starts, in its zone and the member's. */
export function MeetingWhen({ meeting }: { meeting: Pick<MeetingRow, 'startsAt' | 'timeZone'> }) {
  return meeting.startsAt ? <DateText kind="zoned" value={meeting.startsAt} zone={meeting.timeZone} /> : <>Date not set</>;
}

function MeetingCard({ meeting, teams, members }: { meeting: MeetingRow; teams: readonly TeamRow[]; members: readonly MemberRow[] }) {
  const { openMeeting } = useMeetingsActions();
  const teamNames = meeting.teamIds.map((id) => teams.find((t) => t.id === id)?.name ?? id).join(', ') || 'SC meeting';
  const who = meeting.memberIds.map((id) => members.find((m) => m.id === id)?.name ?? 'unknown member').join(', ') || 'no SC members yet';
  return (
    <li className="meeting-card card">
      <div>
        <h3>
          <button type="button" className="link-button" onClick={() => openMeeting(meeting.id)}>{meeting.title}</button>
        </h3>
        <p className="muted"><MeetingWhen meeting={meeting} /> · {meeting.durationMin} min · {teamNames}</p>
        <p className="muted">SC: {who}</p>
      </div>
      <span className={`status-badge is-${meeting.status}`}>{STATUS_LABELS[meeting.status]}</span>
    </li>
  );
}

export function UpcomingTab() {
  const meetings = useMeetings();
  const teams = useTeams() ?? [];
  const members = useMembers() ?? [];
  if (!meetings) return null;
  const now = new Date().toISOString();
  const upcoming = meetings.filter((m) => !m.startsAt || m.startsAt >= now || m.status === 'draft' || m.status === 'planned');
  const past = meetings.filter((m) => !upcoming.includes(m)).reverse();
  const rounds = [...new Set(meetings.map((m) => m.roundId).filter((r): r is string => r !== undefined))];
  const list = (rows: MeetingRow[], label: string) => (
    <ul className="meeting-list" aria-label={label}>
      {rows.map((m) => <MeetingCard key={m.id} meeting={m} teams={teams} members={members} />)}
    </ul>
  );
  return (
    <div className="meetings-upcoming">
      <div className="meetings-columns">
        <div>
          <h2>Coming up</h2>
          {upcoming.length ? list(upcoming, 'Meetings coming up') : (
            <EmptyState title="No meetings planned">Plan one meeting below, or a whole round of team meetings under “Plan a round”.</EmptyState>
          )}
          {past.length ? (<><h2>Held</h2>{list(past, 'Meetings held')}</>) : null}
        </div>
        <div className="meetings-side">
          <NewMeetingForm />
          {rounds.map((r) => <RoundExport key={r} roundId={r} />)}
          <ImportMinutes />
        </div>
      </div>
    </div>
  );
}
