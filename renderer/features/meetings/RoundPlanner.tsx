/**
 * "Plan a round" (issue 6): pick the teams, the day and the times, let the planner propose
 * two SC members per meeting, override any choice (the planner then keeps it and says which
 * rule it breaks), and create the meetings as planned.
 */
import { useMemo, useState } from 'react';
import { planPairings } from '../../../shared/meetings/planner';
import { hardRuleBroken } from '../../../shared/meetings/planner-rules';
import { newId, type MemberId, type TeamId } from '../../../shared/model';
import { useMeetings } from '../../db/hooks/meetings';
import { useMembers, useTeams } from '../../db/hooks/live';
import { createMeetings } from '../../db/repos/meetings-repo';
import { runAction } from '../../lib/run-action';
import { useMeetingsActions, useRoundDraft } from '../../store';
import { planHistory, planMeetings, roundTimes, withTeamNames } from './round-plan';
import { timeZoneChoices } from './today';

/** The other meetings' members: whether a member may sit in a meeting does not depend on who else is in it. */
function othersOf(assignments: Record<string, MemberId[]>, key: string): Record<string, MemberId[]> {
  return Object.fromEntries(Object.entries(assignments).filter(([k]) => k !== key));
}

export function RoundPlanner() {
  const draft = useRoundDraft();
  const { setRoundDraft, clearRoundDraft, setMeetingsTab } = useMeetingsActions();
  const teams = useTeams() ?? [];
  const members = useMembers();
  const meetings = useMeetings();
  const [pinned, setPinned] = useState<Record<string, MemberId[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [isPlanned, setPlanned] = useState(false);

  const activeCount = (members ?? []).filter((m) => m.isActive).length;
  const planned = useMemo(() => planMeetings(draft, activeCount), [draft, activeCount]);
  const times = useMemo(() => roundTimes(draft, activeCount), [draft, activeCount]);
  const plan = useMemo(
    () => (isPlanned && draft.date ? planPairings({ meetings: planned, members: members ?? [], history: planHistory(meetings ?? []), pinned }) : null),
    [isPlanned, draft.date, planned, members, meetings, pinned],
  );
  const byKey = useMemo(() => new Map(planned.map((m) => [m.key, m])), [planned]);

  const toggleTeam = (id: string, on: boolean) => {
    setRoundDraft({ teamIds: on ? [...draft.teamIds, id] : draft.teamIds.filter((t) => t !== id) });
    setPlanned(false);
  };
  const toggleMember = (key: string, id: MemberId, on: boolean) => {
    const current = pinned[key] ?? plan?.assignments[key] ?? [];
    setPinned({ ...pinned, [key]: on ? [...current, id] : current.filter((x) => x !== id) });
  };

  async function create() {
    if (!plan) return;
    const roundId = newId<string>();
    const message = await runAction(
      () => createMeetings(planned.map((m) => ({
        title: `${teams.find((t) => t.id === m.teamId)?.name ?? m.teamId} meeting`, teamIds: [m.teamId as TeamId], date: m.date, time: m.time ?? '16:00',
        timeZone: draft.timeZone, durationMin: draft.durationMin, memberIds: plan.assignments[m.key] ?? [], status: 'planned', roundId,
      }))),
      { success: `Created ${planned.length} meetings.` },
    );
    setError(message);
    if (!message) {
      clearRoundDraft();
      setPinned({});
      setPlanned(false);
      setMeetingsTab('upcoming');
    }
  }

  return (
    <div className="round-planner">
      <form className="card" aria-labelledby="round-title" onSubmit={(e) => { e.preventDefault(); setPinned({}); setPlanned(true); }}>
        <h2 id="round-title">Teams, day and times</h2>
        <div className="field-row">
          <label className="field"><span>Day</span><input type="date" value={draft.date} onChange={(e) => { setRoundDraft({ date: e.target.value }); setPlanned(false); }} /></label>
          <label className="field"><span>Time zone</span>
            <select value={draft.timeZone} onChange={(e) => setRoundDraft({ timeZone: e.target.value })}>
              {timeZoneChoices().map((z) => <option key={z} value={z}>{z}</option>)}
            </select>
          </label>
          <label className="field"><span>Length (minutes)</span>
            <input type="number" min={1} max={1440} value={draft.durationMin} onChange={(e) => setRoundDraft({ durationMin: Number(e.target.value) })} />
          </label>
        </div>
        <fieldset className="team-picks">
          <legend>Teams to meet</legend>
          {teams.map((t) => {
            const on = draft.teamIds.includes(t.id);
            return (
              <div key={t.id} className="team-pick">
                <label className="check"><input type="checkbox" checked={on} onChange={(e) => toggleTeam(t.id, e.target.checked)} /> {t.name}</label>
                {on ? (
                  <label className="inline-field"><span className="visually-hidden">Start time for {t.name}</span>
                    <input type="time" value={times[t.id] ?? ''} onChange={(e) => { setRoundDraft({ times: { ...draft.times, [t.id]: e.target.value } }); setPlanned(false); }} />
                  </label>
                ) : null}
              </div>
            );
          })}
        </fieldset>
        <div className="button-row">
          <button type="button" className="button subtle" onClick={() => { setRoundDraft({ teamIds: teams.map((t) => t.id) }); setPlanned(false); }}>Select all teams</button>
          <button type="submit" className="button primary" disabled={!draft.date || draft.teamIds.length === 0}>Propose SC members</button>
        </div>
        {!draft.date ? <p className="muted">Pick the day of the round first.</p> : null}
      </form>

      {plan ? (
        <section className="card" aria-labelledby="proposal-title">
          <h2 id="proposal-title">Proposed pairings</h2>
          {plan.unsatisfied.length ? (
            <div className="plan-warnings" role="status">
              <h3>Rules the plan could not keep</h3>
              <ul>{plan.unsatisfied.map((u, i) => <li key={i}>{withTeamNames(u.message, teams)}</li>)}</ul>
            </div>
          ) : <p className="muted">Every rule is kept: at least two SC members per meeting, loads balanced, no conflicts.</p>}
          <table className="plan-table">
            <thead><tr><th scope="col">Team</th><th scope="col">Time</th><th scope="col">SC members</th><th scope="col">Why</th></tr></thead>
            <tbody>
              {planned.map((m) => {
                const team = teams.find((t) => t.id === m.teamId);
                const chosen = plan.assignments[m.key] ?? [];
                return (
                  <tr key={m.key}>
                    <th scope="row">{team?.name ?? m.teamId}{pinned[m.key] ? <span className="muted"> (chosen by hand)</span> : null}</th>
                    <td>{m.time}</td>
                    <td>
                      <fieldset className="member-picks">
                        <legend className="visually-hidden">SC members for {team?.name}</legend>
                        {(members ?? []).filter((x) => x.isActive).map((x) => {
                          const broken = hardRuleBroken(x, m, othersOf(plan.assignments, m.key), byKey);
                          return (
                            <label key={x.id} className="check" title={broken ? `${x.name} ${withTeamNames(broken.reason, teams)}` : undefined}>
                              <input type="checkbox" checked={chosen.includes(x.id)} onChange={(e) => toggleMember(m.key, x.id, e.target.checked)} /> {x.name}
                              {broken ? <span className="muted"> ({withTeamNames(broken.reason, teams)})</span> : null}
                            </label>
                          );
                        })}
                      </fieldset>
                    </td>
                    <td><ul className="explanations">{(plan.explanations[m.key] ?? []).map((line, i) => <li key={i}>{withTeamNames(line, teams)}</li>)}</ul></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {error ? <p className="field-error" role="alert">{error}</p> : null}
          <button type="button" className="button primary" onClick={() => void create()}>Create {planned.length} meetings</button>
        </section>
      ) : null}
    </div>
  );
}
