/**
 * The one error type the importer throws. Bad input must give a message a person can act
 * on — naming the file and what is wrong — never a stack trace from JSON.parse (issue 3).
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
  | 'no-files';

/** A file the importer cannot read. `message` is for humans and names the file. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly fileName: string;

  constructor(code: ImportErrorCode, fileName: string, problem: string) {
    super(`${fileName}: ${problem}`);
    this.code = code;
    this.fileName = fileName;
  }
}
