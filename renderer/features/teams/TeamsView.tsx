import { useTeams } from '../../db/hooks/live';
import { ViewHeader } from '../../components/ViewHeader';
import { Welcome } from '../welcome/Welcome';

export function TeamsView() {
  const teams = useTeams();
  if (teams === undefined) return null;
  if (teams.length === 0) return <Welcome />;
  return (
    <section className="view" aria-labelledby="teams-title">
      <ViewHeader id="teams-title" title="Teams" subtitle={`${teams.length} teams`} />
      <ul className="team-list">
        {teams.map((t) => (
          <li key={t.id} className="card">
            <h2>{t.name}</h2>
          </li>
        ))}
      </ul>
    </section>
  );
}
