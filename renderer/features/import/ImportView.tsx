import { ViewHeader } from '../../components/ViewHeader';

export function ImportView() {
  return (
    <section className="view" aria-labelledby="import-title">
      <ViewHeader id="import-title" title="Import" subtitle="Bring in a team updates thread." />
    </section>
  );
}
