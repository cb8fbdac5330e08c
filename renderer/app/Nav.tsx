import { useSetView, useView, type View } from '../store';

const NAV: { view: View; label: string; hint: string }[] = [
  { view: 'teams', label: 'Teams', hint: 'Each team’s latest update' },
  { view: 'items', label: 'Items', hint: 'Asks, blockers and budget requests' },
  { view: 'decisions', label: 'Decisions', hint: 'What the SC decided' },
  { view: 'meetings', label: 'Meetings', hint: 'Plans, agendas and minutes' },
  { view: 'import', label: 'Import', hint: 'Bring in team updates' },
];

export function Nav() {
  const view = useView();
  const setView = useSetView();
  return (
    <nav className="nav" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span> Steering Desk
      </div>
      <ul>
        {NAV.map((n) => (
          <li key={n.view}>
            <button type="button" className="nav-link" aria-current={view === n.view ? 'page' : undefined} title={n.hint} onClick={() => setView(n.view)}>
              {n.label}
            </button>
          </li>
        ))}
      </ul>
      <div className="nav-footer">
        <button type="button" className="nav-link" aria-current={view === 'settings' ? 'page' : undefined} onClick={() => setView('settings')}>
          Settings
        </button>
      </div>
    </nav>
  );
}
