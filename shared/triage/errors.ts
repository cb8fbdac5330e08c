/**
 * The one error type of the triage rules (issue 4). Its `name` is `ValidationError` on
 * purpose: renderer/lib/run-action shows errors of that name next to the form that caused
 * them instead of raising a generic failure notice.
 */

/** What a triage rule refused. */
export type TriageErrorCode =
  | 'invalid-transition'
  | 'missing-reason'
  | 'reason-too-long'
  | 'empty-tag-name'
  | 'tag-name-too-long'
  | 'duplicate-tag-name'
  | 'invalid-tag-color'
  | 'merge-into-itself'
  | 'empty-note'
  | 'note-too-long';

/** A change the triage rules do not allow; `message` names the record and what is wrong. */
export class TriageError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly code: TriageErrorCode,
    message: string,
  ) {
    super(message);
  }
}
