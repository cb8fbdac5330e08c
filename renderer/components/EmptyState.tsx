import type { ReactNode } from 'react';

export function EmptyState(props: { title: string; children: ReactNode; action?: { label: string; onClick: () => void } }) {
  return (
    <div className="empty-state">
      <h2>{props.title}</h2>
      <p>{props.children}</p>
      {props.action ? (
        <button type="button" className="button primary" onClick={props.action.onClick}>
          {props.action.label}
        </button>
      ) : null}
    </div>
  );
}
