/**
 * Typed errors of the meetings module. Bad input (a template an SC member edited, a
 * minutes file picked from disk, an unknown time zone) is reported with a stable `code`
 * the UI can branch on and a message that names the source and what is wrong.
 */

/** Every way meetings input can be rejected. */
export type MeetingsErrorCode =
  | 'template-empty'
  | 'template-syntax'
  | 'template-timebox'
  | 'template-duplicate-section'
  | 'minutes-no-title'
  | 'minutes-no-date'
  | 'minutes-no-sections'
  | 'bad-time-zone'
  | 'bad-date';

/** A rejected template, minutes file, date or time zone. */
export class MeetingsError extends Error {
  override readonly name = 'MeetingsError';
  /** Stable machine-readable reason. */
  readonly code: MeetingsErrorCode;
  /** File or template name the problem was found in. */
  readonly source: string;
  /** 1-based line of the problem, when it has one. */
  readonly line: number | undefined;

  constructor(code: MeetingsErrorCode, source: string, detail: string, line?: number) {
    super(`${source}${line === undefined ? '' : `, line ${line}`}: ${detail}`);
    this.code = code;
    this.source = source;
    this.line = line;
  }
}
