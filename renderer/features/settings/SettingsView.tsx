import { ViewHeader } from '../../components/ViewHeader';
import { MeForm } from './MeForm';
import { RosterEditor } from './RosterEditor';
import { BackupPanel } from '../backup/BackupPanel';

export function SettingsView() {
  return (
    <section className="view" aria-labelledby="settings-title">
      <ViewHeader id="settings-title" title="Settings" subtitle="Who you are and who sits on the Steering Committee." />
      <div className="settings-grid">
        <MeForm />
        <RosterEditor />
        <BackupPanel />
      </div>
    </section>
  );
}
