import type { RefObject } from 'react';
import type { MemberId, MemberRow } from '../../../shared/model';

/** SC members as checkboxes; used for items and for teams. */
export function AssigneeChecklist(props: {
  legend: string;
  members: readonly MemberRow[];
  assigned: readonly MemberId[];
  onChange: (memberId: MemberId, on: boolean) => void;
  firstRef?: RefObject<HTMLInputElement | null>;
}) {
  const active = props.members.filter((m) => m.isActive || props.assigned.includes(m.id));
  return (
    <fieldset className="checklist">
      <legend>{props.legend}</legend>
      {active.length === 0 ? <p className="muted">No SC members yet — add the committee in Settings.</p> : null}
      {active.map((m, i) => (
        <label key={m.id} className="check">
          <input
            ref={i === 0 ? props.firstRef : undefined}
            type="checkbox"
            checked={props.assigned.includes(m.id)}
            onChange={(e) => props.onChange(m.id, e.target.checked)}
          />
          {m.name}
        </label>
      ))}
    </fieldset>
  );
}
