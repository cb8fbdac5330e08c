/**
 * What a template editor shows about its built-in (issue 13): "A newer built-in version is
 * available" over a copy the member edited, with "Use the new built-in" and "Keep mine";
 * and, right after the member's text was replaced by the built-in, "Put my version back".
 * Presentational: the editor owns the writes (meetings and export templates alike).
 */
import '../styles/built-in-update.css';

/** The newer built-in offered over the member's edit. */
export function BuiltInUpdateNotice(props: { templateName: string; newBody: string; isBusy?: boolean; onUse: () => void; onKeep: () => void }) {
  return (
    <div className="built-in-update" role="group" aria-label={`Newer built-in version of “${props.templateName}”`}>
      <p>
        <strong>A newer built-in version is available.</strong> You edited this template, so your version is used until you choose.
      </p>
      <details>
        <summary>Show the new built-in</summary>
        <pre className="mono">{props.newBody}</pre>
      </details>
      <div className="button-row">
        <button type="button" className="button" disabled={props.isBusy} onClick={props.onUse}>
          Use the new built-in
        </button>
        <button type="button" className="button subtle" disabled={props.isBusy} onClick={props.onKeep}>
          Keep mine
        </button>
      </div>
    </div>
  );
}

/** Offered after the member's text was replaced by the built-in, so the replacement can be taken back. */
export function ReplacedByBuiltInNotice(props: { isBusy?: boolean; onPutBack: () => void; onDismiss: () => void }) {
  return (
    <div className="built-in-update" role="status">
      <p>This template now uses the built-in text; your version was replaced.</p>
      <div className="button-row">
        <button type="button" className="button" disabled={props.isBusy} onClick={props.onPutBack}>
          Put my version back
        </button>
        <button type="button" className="button subtle" disabled={props.isBusy} onClick={props.onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
