/**
 * The one error type the importer throws. Bad input must give a message a person can act
 * on — naming the file, the post or field, the limit, and that nothing was imported — never
 * a stack trace from JSON.parse or a validator's JSON (issues 3 and 20).
 */

/** Machine-readable reasons an import can fail. */
export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'invalid-json'
  | 'html-page'
  | 'wrong-shape'
  | 'invalid-csv'
  | 'invalid-xml'
  | 'no-files'
  /** A post or thread holds a value no workspace row can (text over a limit, a date past 9999). */
  | 'over-limit'
  /** One file holds the same Discourse post id twice with different content. */
  | 'duplicate-post';

/** Said after every refusal: a refused import writes nothing (issue 3's atomic write). */
export const NOTHING_IMPORTED = 'Nothing was imported.';

/**
 * A file the importer cannot read. `message` is for humans: `{file}[, {where}]: {problem}
 * Nothing was imported.` — e.g. "topic.json, post #4: its text is 1,203,441 characters long;
 * at most 1,000,000 are allowed. Nothing was imported."
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly fileName: string;

  constructor(code: ImportErrorCode, fileName: string, problem: string, where?: string) {
    super(`${fileName}${where ? `, ${where}` : ''}: ${problem} ${NOTHING_IMPORTED}`);
    this.code = code;
    this.fileName = fileName;
  }
}
