import { ViewHeader } from '../../components/ViewHeader';
import { EmptyState } from '../../components/EmptyState';
import { useSetView } from '../../store';

export function DecisionsView() {
  const setView = useSetView();
  return (
    <section className="view" aria-labelledby="decisions-title">
      <ViewHeader id="decisions-title" title="Decisions" subtitle="What the committee decided, why, and who does what by when." />
      <EmptyState title="Nothing here yet" action={{ label: 'Import team updates', onClick: () => setView('import') }}>
        Import a team updates thread first; its asks and blockers become the items you triage, decide on and put on agendas.
      </EmptyState>
    </section>
  );
}
