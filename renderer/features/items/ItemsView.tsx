import { ViewHeader } from '../../components/ViewHeader';
import { EmptyState } from '../../components/EmptyState';
import { useSetView } from '../../store';

export function ItemsView() {
  const setView = useSetView();
  return (
    <section className="view" aria-labelledby="items-title">
      <ViewHeader id="items-title" title="Items" subtitle="Asks, blockers and budget requests across all teams." />
      <EmptyState title="Nothing here yet" action={{ label: 'Import team updates', onClick: () => setView('import') }}>
        Import a team updates thread first; its asks and blockers become the items you triage, decide on and put on agendas.
      </EmptyState>
    </section>
  );
}
