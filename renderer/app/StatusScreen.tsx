import type { ReactNode } from 'react';

/**
 * A full-window message for states where the workspace cannot be shown: the title, what
 * happened (`children`), what to do (`guidance`, before the button), the button, then
 * anything else (`extra`: backups, details).
 */
export function StatusScreen(props: {
  title: string;
  children?: ReactNode;
  guidance?: ReactNode;
  tone?: 'info' | 'error';
  busy?: boolean;
  action?: { label: string; onClick: () => void; disabled?: boolean };
  extra?: ReactNode;
}) {
  return (
    <main className={`status-screen ${props.tone === 'error' ? 'is-error' : ''}`} aria-busy={props.busy ?? false}>
      <div className="status-card" role={props.tone === 'error' ? 'alert' : 'status'}>
        <h1>{props.title}</h1>
        {props.children ? <p>{props.children}</p> : null}
        {props.guidance}
        {props.action ? (
          <button type="button" className="button primary" onClick={props.action.onClick} disabled={props.action.disabled}>
            {props.action.label}
          </button>
        ) : null}
        {props.extra}
      </div>
    </main>
  );
}
