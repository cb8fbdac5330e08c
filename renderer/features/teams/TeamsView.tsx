/**
 * The Teams view (issue 4): every team with its open asks, blockers and budget requests
 * and its SC members; the chosen team's latest update, what changed since the one before,
 * and its earlier updates across threads. A first-time member sees the welcome steps.
 */
import { useMemo } from 'react';
import type { TeamRow } from '../../../shared/model';
import { ViewHeader } from '../../components/ViewHeader';
import { useMembers, useTeams } from '../../db/hooks/live';
import { useTeamItems } from '../../db/hooks/teams';
import { useActiveTeamId, useTriageActions } from '../../store';
import { MePrompt } from '../items/MePrompt';
import { Welcome } from '../welcome/Welcome';
import { TeamDetail } from './TeamDetail';
import { groupBy } from '../../../shared/collections/group-by';
import { countOpenWork, type OpenCounts } from '../../../shared/triage/open-work';
import '../../styles/triage.css';

export function TeamsView() {
  const teams = useTeams();
  if (teams === undefined) return null;
  if (teams.length === 0) return <Welcome />;
  return <TeamsWorkspace teams={teams} />;
}

const NONE: never[] = [];

function TeamsWorkspace({ teams }: { teams: TeamRow[] }) {
  const items = useTeamItems() ?? NONE;
  const members = useMembers() ?? NONE;
  const activeTeamId = useActiveTeamId();
  const { setActiveTeam } = useTriageActions();
  const counts = useMemo(() => {
    const byTeam = groupBy(items, (item) => item.teamId);
    return new Map<string, OpenCounts>(teams.map((t) => [t.id, countOpenWork(byTeam.get(t.id) ?? [])]));
  }, [items, teams]);
  const memberName = new Map<string, string>(members.map((m) => [m.id, m.name]));
  const active = teams.find((t) => t.id === activeTeamId) ?? teams[0]!;

  return (
    <section className="view teams-view" aria-labelledby="teams-title">
      <ViewHeader id="teams-title" title="Teams" subtitle={`${teams.length} teams — their latest updates, open asks and who on the SC follows them.`} />
      <div className="teams-layout">
        <nav aria-label="Teams" className="team-nav">
          <ul className="team-list">
            {teams.map((t) => {
              const c = counts.get(t.id);
              const assignees = t.assigneeIds.map((id) => memberName.get(id)).filter(Boolean);
              return (
                <li key={t.id}>
                  <button type="button" className="team-button" aria-current={t.id === active.id ? 'true' : undefined} onClick={() => setActiveTeam(t.id)}>
                    <span className="team-name">{t.name}</span>
                    <span className="team-counts muted">
                      {c ? `${c.asks} open ${c.asks === 1 ? 'ask' : 'asks'} · ${c.blockers} ${c.blockers === 1 ? 'blocker' : 'blockers'}${c.budget ? ` · ${c.budget} budget` : ''}` : ''}
                    </span>
                    <span className="team-assignees muted">{assignees.length > 0 ? `Followed by ${assignees.join(', ')}` : 'Nobody on the SC follows this team yet'}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <TeamDetail key={active.id} team={active} members={members} />
      </div>
      <MePrompt />
    </section>
  );
}
