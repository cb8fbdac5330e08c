/**
 * How the CLI fails (issue 20: it printed 7 stack traces on bad files): every failure is one
 * line on stderr and exit code 1 — a file that cannot be read or imported, a bad --teams
 * file, a backup that cannot be exported, and anything unexpected — and wrong usage is exit
 * 2 with the usage. A stack trace only with STEERING_DEBUG=1 in the environment.
 */
import { errorInWords } from '../shared/errors/zod-words';

/** A file the CLI was given that it cannot use (other than an import file); exit code 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** The line printed for an error that has no message of its own for the member. */
export function unexpectedError(error: unknown): string {
  return `Steering Desk stopped on an unexpected problem (${errorInWords(error, undefined).replace(/\.$/, '')}); nothing was written. Please report this with the command you ran.`;
}

/** First line of a message (listings after it stay, e.g. the meetings to choose from). */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
