/** A labelled group of checkboxes (teams, tags, linked asks) that edits a list of ids. */
export function CheckList(props: { legend: string; options: { id: string; label: string }[]; selected: string[]; onChange: (ids: string[]) => void; empty?: string }) {
  const toggle = (id: string, on: boolean) => props.onChange(on ? [...props.selected, id] : props.selected.filter((x) => x !== id));
  return (
    <fieldset className="check-list">
      <legend>{props.legend}</legend>
      {props.options.length === 0 ? <p className="muted">{props.empty ?? 'None yet.'}</p> : null}
      {props.options.map((o) => (
        <label key={o.id} className="check">
          <input type="checkbox" checked={props.selected.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} /> <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
