import { useSetView } from '../../store';
import { useCounts, useMe, useMembers } from '../../db/hooks/live';

/** What a first-time SC member sees: the three steps that make the workspace useful. */
export function Welcome() {
  const setView = useSetView();
  const counts = useCounts();
  const members = useMembers();
  const me = useMe();
  const steps = [
    {
      done: (counts?.updates ?? 0) > 0,
      title: 'Import the team updates',
      text: 'Open the Discourse thread where teams answered the SC’s request — a saved JSON export, the /raw/ text, RSS, Markdown files, or text copied from the browser.',
      action: { label: 'Import updates', onClick: () => setView('import') },
    },
    {
      done: Boolean(me) && (members?.length ?? 0) > 0,
      title: 'Say who you are and add the committee',
      text: 'Your name goes with every change you make. The roster is used to assign teams, record votes and pair members for team meetings.',
      action: { label: 'Open settings', onClick: () => setView('settings') },
    },
    {
      done: (counts?.meetings ?? 0) > 0,
      title: 'Triage, decide and plan the meetings',
      text: 'Tag and assign each team’s asks, record decisions with votes, and build agendas you can publish as Markdown.',
      action: { label: 'See the items', onClick: () => setView('items') },
    },
  ];
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Steering Desk</h1>
      <p className="lead">
        Your workspace is empty. Everything you import and write stays on this computer and works offline; back it up from Settings.
      </p>
      <ol className="steps">
        {steps.map((s, i) => (
          <li key={s.title} className={s.done ? 'is-done' : ''}>
            <span className="step-number" aria-hidden="true">
              {s.done ? '✓' : i + 1}
            </span>
            <div>
              <h2>
                {s.title}
                {s.done ? <span className="visually-hidden"> (done)</span> : null}
              </h2>
              <p>{s.text}</p>
              <button type="button" className={`button ${i === 0 ? 'primary' : ''}`} onClick={s.action.onClick}>
                {s.action.label}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
