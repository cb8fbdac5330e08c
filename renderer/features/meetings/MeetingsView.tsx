/** The Meetings screen (issue 6): tabs for upcoming meetings, round planning and templates, or one open meeting. */
import { useEffect } from 'react';
import { ViewHeader } from '../../components/ViewHeader';
import { ensureBuiltInTemplates } from '../../db/repos/meetings-repo';
import { runAction } from '../../lib/run-action';
import { useMeetingsActions, useMeetingsTab, useOpenMeetingId, type MeetingsTab } from '../../store';
import { RecordBoundary } from '../../components/ErrorBoundary';
import { MeetingPage } from './MeetingPage';
import { RoundPlanner } from './RoundPlanner';
import { TemplatesTab } from './TemplatesTab';
import { UpcomingTab } from './UpcomingTab';
import '../../styles/meetings.css';

const TABS: { id: MeetingsTab; label: string }[] = [
  { id: 'upcoming', label: 'Meetings' },
  { id: 'plan', label: 'Plan a round' },
  { id: 'templates', label: 'Templates' },
];

export function MeetingsView() {
  const tab = useMeetingsTab();
  const openId = useOpenMeetingId();
  const { setMeetingsTab } = useMeetingsActions();

  useEffect(() => {
    // The built-in templates appear the first time the screen opens; edits are kept.
    void runAction(ensureBuiltInTemplates);
  }, []);

  if (openId) {
    return (
      <RecordBoundary what="This meeting" recordKey={openId}>
        <MeetingPage meetingId={openId} />
      </RecordBoundary>
    );
  }
  return (
    <section className="view meetings" aria-labelledby="meetings-title">
      <ViewHeader id="meetings-title" title="Meetings" subtitle="Team meetings, the SC’s own meetings, agendas and minutes." />
      <div className="tabs" role="tablist" aria-label="Meetings sections">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`meetings-tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`meetings-panel-${t.id}`}
            className="tab" onClick={() => setMeetingsTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`meetings-panel-${tab}`} aria-labelledby={`meetings-tab-${tab}`}>
        {tab === 'upcoming' ? <UpcomingTab /> : tab === 'plan' ? <RoundPlanner /> : <TemplatesTab />}
      </div>
    </section>
  );
}
