/** The Decisions screen (issue 5): the decision log, the action items and the export templates as tabs. */
import type { KeyboardEvent } from 'react';
import { ViewHeader } from '../../components/ViewHeader';
import { useDecisionsTab, useExportRequest, useUi, type DecisionsTab } from '../../store';
import { ActionsPanel } from '../actions/ActionsPanel';
import { ExportDialog } from '../export/ExportDialog';
import { TemplateEditor } from '../export/TemplateEditor';
import { DecisionLog } from './DecisionLog';
import '../../styles/decisions.css';

const TABS: { id: DecisionsTab; label: string }[] = [
  { id: 'log', label: 'Decision log' },
  { id: 'actions', label: 'Action items' },
  { id: 'templates', label: 'Export templates' },
];

export function DecisionsView() {
  const tab = useDecisionsTab();
  const exportRequest = useExportRequest();
  const ui = useUi.getState();

  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  const onKeyDown = (event: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(i + step + TABS.length) % TABS.length]!;
    ui.setDecisionsTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <section className="view decisions-view" aria-labelledby="decisions-title">
      <ViewHeader
        id="decisions-title"
        title="Decisions"
        subtitle="What the committee decided, why, and who does what by when."
        actions={
          <>
            <button type="button" className="button primary" onClick={() => ui.openNewDecision()}>
              New decision
            </button>
            <button type="button" className="button" onClick={() => ui.openExport({ kind: 'decision-log' })}>
              Export decision log…
            </button>
          </>
        }
      />
      <div className="tabs" role="tablist" aria-label="Decisions and actions" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="tab"
            onClick={() => ui.setDecisionsTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'log' ? <DecisionLog /> : tab === 'actions' ? <ActionsPanel /> : <TemplateEditor />}
      </div>
      {exportRequest ? <ExportDialog request={exportRequest} /> : null}
    </section>
  );
}
