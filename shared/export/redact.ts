/**
 * Confidentiality redaction for Markdown exports (issue 5).
 *
 * Policy: a PUBLIC export (vote log, decision log, published agenda or minutes) leaves out
 * every decision that is SC-internal, or confidential and still under embargo, and every
 * item marked confidential. It never hides that it did so: a line such as
 * `_2 confidential decisions withheld._` records the count, so readers know the record
 * is incomplete rather than being misled by silence. An INTERNAL export keeps everything
 * and marks the confidential entries instead.
 *
 * Shared by the decision exports and the agenda/minutes exports in shared/meetings/.
 */
import type { DecisionRow, ItemRow } from '../model';

/** Who an export is for: `public` redacts confidential entries, `internal` keeps and marks them. */
export type ExportAudience = 'public' | 'internal';

/** The fields of a decision that decide whether it may be published. */
export type DecisionConfidentiality = Pick<DecisionRow, 'confidentiality' | 'confidentialUntil'>;

/**
 * Whether a decision must stay out of a public export on `today` (an ISO day, `YYYY-MM-DD`).
 * `confidential` decisions become public on their `confidentialUntil` day; without that day
 * they stay confidential indefinitely (an embargo with no end date must not lapse by accident).
 */
export function isDecisionConfidential(decision: DecisionConfidentiality, today: string): boolean {
  switch (decision.confidentiality) {
    case 'public':
      return false;
    case 'sc-internal':
      return true;
    case 'confidential':
      // ISO days compare correctly as strings.
      return decision.confidentialUntil === undefined || today < decision.confidentialUntil;
  }
}

/** Whether an item must stay out of a public export. */
export function isItemConfidential(item: Pick<ItemRow, 'confidential'>): boolean {
  return item.confidential;
}

/** The result of a public redaction: what may be published and how much was left out. */
export interface Redaction<T> {
  /** Entries that may be published, in their original order. */
  kept: T[];
  /** How many entries were left out. */
  withheldCount: number;
}

/** Leave out the confidential entries, keeping order, and count what was left out. */
export function redactForPublic<T>(entries: readonly T[], isConfidential: (entry: T) => boolean): Redaction<T> {
  const kept: T[] = [];
  let withheldCount = 0;
  for (const entry of entries) {
    if (isConfidential(entry)) withheldCount += 1;
    else kept.push(entry);
  }
  return { kept, withheldCount };
}

/** An entry of an export together with whether it is confidential (always false in a public export). */
export interface MarkedEntry<T> {
  entry: T;
  isConfidential: boolean;
}

/**
 * Redact for the given audience: a public export drops confidential entries; an internal
 * export keeps all of them and marks which ones are confidential so the template can flag them.
 */
export function redactFor<T>(
  entries: readonly T[],
  isConfidential: (entry: T) => boolean,
  audience: ExportAudience,
): { kept: MarkedEntry<T>[]; withheldCount: number } {
  if (audience === 'internal') {
    return { kept: entries.map((entry) => ({ entry, isConfidential: isConfidential(entry) })), withheldCount: 0 };
  }
  const { kept, withheldCount } = redactForPublic(entries, isConfidential);
  return { kept: kept.map((entry) => ({ entry, isConfidential: false })), withheldCount };
}

/**
 * The Markdown line that records withheld entries, e.g. `_2 confidential decisions withheld._`;
 * an empty string when nothing was withheld. `noun` is singular (`decision`, `item`); give
 * `pluralNoun` when adding an `s` is wrong (`agenda entries`).
 */
export function withheldLine(count: number, noun: string, pluralNoun = `${noun}s`): string {
  if (count <= 0) return '';
  // The nouns come from code, not users, but keep them inert in the Markdown all the same.
  const word = (count === 1 ? noun : pluralNoun).replace(/[^\p{L}\p{N} -]/gu, '');
  return `_${count} confidential ${word} withheld._`;
}

/**
 * A short human label for a decision's confidentiality in an internal export, or `''` when
 * the decision is public on `today`: `SC-internal`, `Confidential`, `Confidential until 2026-03-01`.
 */
export function confidentialityLabel(decision: DecisionConfidentiality, today: string): string {
  if (!isDecisionConfidential(decision, today)) return '';
  if (decision.confidentiality === 'sc-internal') return 'SC-internal';
  return decision.confidentialUntil ? `Confidential until ${decision.confidentialUntil}` : 'Confidential';
}
