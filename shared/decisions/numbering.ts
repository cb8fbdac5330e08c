/**
 * Decision numbers and vote-log file names, as in the SC's archive: `0031-approve-xen-pre-disclosure.md`
 * (issue 5). The slug is plain ASCII so that the file name is the same on every file system
 * and in every URL.
 */
import type { DecisionRow } from '../model';

/** Longest slug in a file name; cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

/** The number for a new decision: one more than the highest so far, 1 for the first. */
export function nextDecisionNumber(decisions: readonly Pick<DecisionRow, 'number'>[]): number {
  return decisions.reduce((max, d) => Math.max(max, d.number), 0) + 1;
}

/** A decision number as four digits (`0031`); larger numbers keep all their digits. */
export function padDecisionNumber(n: number): string {
  return String(Math.trunc(n)).padStart(4, '0');
}

/**
 * An ASCII, lower-case, hyphen-separated slug of `title`, at most `maxLength` characters,
 * cut at a hyphen when possible. Accents are dropped (`Zürich` → `zurich`); a title with
 * nothing left gives `decision`.
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!ascii) return 'decision';
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // Cut at the last word boundary unless that would leave almost nothing.
  const slug = lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : ascii.slice(0, maxLength);
  return slug.replace(/-+$/g, '');
}

/** The vote-log file name of a decision: `NNNN-slug.md`. */
export function voteLogFileName(decision: Pick<DecisionRow, 'number' | 'title'>): string {
  return `${padDecisionNumber(decision.number)}-${slugify(decision.title)}.md`;
}
