/**
 * Which automatic backups to keep (issue 7, SECURITY.md check 41), after Actual's policy:
 * the newest few of today, the newest one of each earlier day, and never more than a
 * maximum in total. Pure and deterministic: the same set of backups gives the same answer
 * in any input order.
 *
 * Decisions:
 * - "Earlier days" are the `keepDaily` most recent days that *have* a backup, not the last
 *   `keepDaily` calendar days: after a month away, the member still has two weeks of history.
 * - The newest backup is always kept, whatever the policy says.
 * - Backups dated after `now` (a clock that moved back) count as today.
 * - A backup whose `createdAt` is unreadable is neither kept nor removed but `ignored`:
 *   deleting what cannot be understood is never this function's call.
 * - Days are calendar days in `timeZone` (default UTC), so "today" matches the member's day.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

/** How many backups to keep. */
export interface RetentionPolicy {
  /** Newest backups of today to keep. */
  keepToday: number;
  /** Earlier days of which the newest backup is kept. */
  keepDaily: number;
  /** Most backups kept in all. */
  maxTotal: number;
}

/** 3 of today, 1 for each of 14 earlier days, 20 at most. */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = { keepToday: 3, keepDaily: 14, maxTotal: 20 };

/** A backup as the retention rule sees it. */
export interface BackupEntry {
  name: string;
  /** ISO-8601 instant. */
  createdAt: string;
}

/** Names to keep and to delete (each sorted newest first), and names left alone. */
export interface RetentionResult {
  keep: string[];
  remove: string[];
  ignored: string[];
}

/** A policy or time zone the rule cannot use. */
export class RetentionError extends Error {
  override readonly name = 'RetentionError';
  readonly code: 'bad-policy' | 'bad-time-zone' | 'bad-date';

  constructor(code: RetentionError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Split `backups` into those to keep and those to remove at time `now`.
 * @throws {RetentionError} for a policy with negative or fractional numbers or `maxTotal` < 1, an unknown time zone, or an invalid `now`.
 */
export function selectBackupsToKeep(
  backups: readonly BackupEntry[],
  now: Date | string,
  policy: RetentionPolicy = DEFAULT_RETENTION_POLICY,
  options: { timeZone?: string } = {},
): RetentionResult {
  checkPolicy(policy);
  const dayOf = dayKeyIn(options.timeZone ?? 'UTC');
  const nowTime = typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (Number.isNaN(nowTime)) throw new RetentionError('bad-date', `"${String(now)}" is not a date and time.`);
  const today = dayOf(nowTime);

  const ignored: string[] = [];
  const byName = new Map<string, number>();
  for (const { name, createdAt } of backups) {
    const time = Date.parse(createdAt);
    if (Number.isNaN(time)) ignored.push(name);
    // The same name twice is one file; its latest date wins, whatever the input order.
    else byName.set(name, Math.max(time, byName.get(name) ?? -Infinity));
  }
  const sorted = [...byName].map(([name, time]) => ({ name, time, day: dayOf(time) })).sort(newestFirst);

  const chosen = new Set<string>();
  if (sorted[0]) chosen.add(sorted[0].name);
  const todays = sorted.filter((b) => b.day >= today);
  for (const b of todays.slice(0, policy.keepToday)) chosen.add(b.name);
  const seenDays = new Set<string>();
  for (const b of sorted) {
    if (b.day >= today || seenDays.has(b.day)) continue;
    if (seenDays.size >= policy.keepDaily) break;
    seenDays.add(b.day);
    chosen.add(b.name);
  }

  const keep = sorted.filter((b) => chosen.has(b.name)).slice(0, policy.maxTotal).map((b) => b.name);
  const kept = new Set(keep);
  return { keep, remove: sorted.filter((b) => !kept.has(b.name)).map((b) => b.name), ignored: [...new Set(ignored)].filter((n) => !byName.has(n)).sort() };
}

function newestFirst(a: { name: string; time: number }, b: { name: string; time: number }): number {
  return b.time - a.time || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
}

function checkPolicy(policy: RetentionPolicy): void {
  const { keepToday, keepDaily, maxTotal } = policy;
  if (![keepToday, keepDaily, maxTotal].every((n) => Number.isInteger(n) && n >= 0) || maxTotal < 1) {
    throw new RetentionError('bad-policy', `The backup retention policy needs whole numbers ≥ 0 and a maximum of at least 1 (got ${keepToday}/${keepDaily}/${maxTotal}).`);
  }
}

/** `yyyy-MM-dd` of an instant in `timeZone`; such keys compare correctly as strings. */
function dayKeyIn(timeZone: string): (time: number) => string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new RetentionError('bad-time-zone', `"${timeZone}" is not a time zone.`);
  }
  const zone = tz(timeZone);
  return (time) => format(time, 'yyyy-MM-dd', { in: zone });
}
