import { ViewHeader } from '../../components/ViewHeader';
import { useImportPhase } from '../../store';
import { cancelImport } from './actions';
import { ImportPreview } from './ImportPreview';
import { ImportSources } from './ImportSources';
import '../../styles/import.css';

/** Import: choose or drop files, paste text, then check the preview before anything is written. */
export function ImportView() {
  const phase = useImportPhase();
  return (
    <section className="view import-view" aria-labelledby="import-title">
      <ViewHeader id="import-title" title="Import team updates" subtitle="Nothing is saved until you have checked the preview." />
      {phase.kind === 'idle' ? <ImportSources /> : null}
      {phase.kind === 'parsing' ? (
        <div className="card import-progress" role="status" aria-live="polite">
          <p>
            Reading the updates… {phase.total > 0 ? `${phase.done} of ${phase.total}` : ''}
          </p>
          <progress max={Math.max(phase.total, 1)} value={phase.done} aria-label="Import progress" />
          <button type="button" className="button" onClick={cancelImport}>
            Cancel
          </button>
        </div>
      ) : null}
      {phase.kind === 'failed' ? (
        <div className="card import-error" role="alert">
          <h2>{phase.fileName ? `${phase.fileName} could not be imported` : 'The import could not be read'}</h2>
          <p>{phase.message}</p>
          <p className="muted">Nothing was changed in your workspace.</p>
          <button type="button" className="button primary" onClick={cancelImport}>
            Choose other files
          </button>
        </div>
      ) : null}
      {phase.kind === 'preview' || phase.kind === 'writing' ? <ImportPreview isWriting={phase.kind === 'writing'} /> : null}
    </section>
  );
}
