import type { ReactNode } from 'react';

export function ViewHeader(props: { id: string; title: string; subtitle?: string; actions?: ReactNode }) {
  return (
    <header className="view-header">
      <div>
        <h1 id={props.id}>{props.title}</h1>
        {props.subtitle ? <p className="muted">{props.subtitle}</p> : null}
      </div>
      {props.actions ? <div className="view-actions">{props.actions}</div> : null}
    </header>
  );
}
