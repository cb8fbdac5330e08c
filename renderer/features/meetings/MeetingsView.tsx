import { ViewHeader } from '../../components/ViewHeader';
import { EmptyState } from '../../components/EmptyState';
import { useSetView } from '../../store';

export function MeetingsView() {
  const setView = useSetView();
  return (
    <section className="view" aria-labelledby="meetings-title">
      <ViewHeader id="meetings-title" title="Meetings" subtitle="Team meetings, the SC’s own meetings, agendas and minutes." />
      <EmptyState title="Nothing here yet" action={{ label: 'Import team updates', onClick: () => setView('import') }}>
        Import a team updates thread first; its asks and blockers become the items you triage, decide on and put on agendas.
      </EmptyState>
    </section>
  );
}
