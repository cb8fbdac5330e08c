/**
 * Which automatic backups to keep (issue 7, SECURITY.md check 41; safety copies issue 20),
 * after Actual's policy: the newest few of today, the newest one of each earlier day, and
 * never more than a maximum in total — plus the safety copies, which that rule never
 * touches. Pure and deterministic: the same set of backups gives the same answer in any
 * input order.
 *
 * Decisions:
 * - Safety copies (`pre-restore`, `pre-migration`) are what "Undo restore" and a failed
 *   upgrade fall back on. Counted with the rest, three more backups that day (or one the
 *   next) pruned them within hours. Now every safety copy is kept for `keepSafetyDays`
 *   (30) days whatever else is saved; older ones join the ordinary rule below.
 * - The newest `manual`, `pre-restore` and `pre-migration` backup is never removed, at any
 *   age; nor is the newest backup of all.
 * - The ordinary rule (today's `keepToday`, one for each of `keepDaily` days, `maxTotal`)
 *   applies to the other backups only, so safety copies never use up its places and junk
 *   saves can never push a safety copy out.
 * - "Earlier days" are the `keepDaily` most recent days that *have* a backup, not the last
 *   `keepDaily` calendar days: after a month away, the member still has two weeks of history.
 * - A backup dated more than `futureSkewMs` (5 min) after `now` is `ignored`: neither kept
 *   nor removed, and not counted. The date comes from a file name, which anything can write;
 *   one dated in 2099 would otherwise stay "newest" for ever and take today's places. (A
 *   clock that moved back leaves real backups "in the future": they are left alone too.)
 * - A backup whose `createdAt` is unreadable is `ignored` too: deleting what cannot be
 *   understood is never this function's call.
 * - A backup's kind is its `reason`, or the reason in its file name; anything else counts
 *   as `scheduled`.
 * - Days are calendar days in `timeZone` (default UTC), so "today" matches the member's day.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { MAX_CLOCK_SKEW_MS } from './auto-backup-check';
import { parseBackupFileName } from './file-name';
import type { BackupReason } from './format';

/** How many backups to keep. */
export interface RetentionPolicy {
  /** Newest backups of today to keep. */
  keepToday: number;
  /** Earlier days of which the newest backup is kept. */
  keepDaily: number;
  /** Most backups kept by the rule above; safety copies and the newest of each kind come on top. */
  maxTotal: number;
  /** Days every pre-restore and pre-migration backup is kept (default 30). */
  keepSafetyDays?: number;
}

/** 3 of today, 1 for each of 14 earlier days, 20 at most; safety copies for 30 days. */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = { keepToday: 3, keepDaily: 14, maxTotal: 20, keepSafetyDays: 30 };

/** Kinds whose newest backup is never removed. */
const NEWEST_ALWAYS_KEPT: readonly BackupReason[] = ['manual', 'pre-restore', 'pre-migration'];
/** Kinds kept for `keepSafetyDays` whatever else is saved. */
const SAFETY_COPIES: readonly BackupReason[] = ['pre-restore', 'pre-migration'];
const DAY_MS = 86_400_000;

/** A backup as the retention rule sees it. */
export interface BackupEntry {
  name: string;
  /** ISO-8601 instant. */
  createdAt: string;
  /** Why it was made; read from `name` when absent. */
  reason?: BackupReason;
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
  options: { timeZone?: string; futureSkewMs?: number } = {},
): RetentionResult {
  checkPolicy(policy);
  const dayOf = dayKeyIn(options.timeZone ?? 'UTC');
  const nowTime = typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (Number.isNaN(nowTime)) throw new RetentionError('bad-date', `"${String(now)}" is not a date and time.`);
  const today = dayOf(nowTime);
  const latest = nowTime + (options.futureSkewMs ?? MAX_CLOCK_SKEW_MS);

  const ignored: string[] = [];
  const byName = new Map<string, Dated>();
  for (const entry of backups) {
    const time = Date.parse(entry.createdAt);
    if (Number.isNaN(time) || time > latest) {
      ignored.push(entry.name);
      continue;
    }
    // The same name twice is one file; its latest date wins, whatever the input order.
    const known = byName.get(entry.name);
    if (!known || time > known.time) byName.set(entry.name, { name: entry.name, time, day: dayOf(time), reason: kindOf(entry) });
  }
  const sorted = [...byName.values()].sort(newestFirst);

  const safe = new Set<string>();
  for (const reason of NEWEST_ALWAYS_KEPT) {
    const newest = sorted.find((b) => b.reason === reason);
    if (newest) safe.add(newest.name);
  }
  const safetySince = nowTime - (policy.keepSafetyDays ?? 30) * DAY_MS;
  for (const b of sorted) if (SAFETY_COPIES.includes(b.reason) && b.time >= safetySince) safe.add(b.name);

  const kept = new Set([...safe, ...ordinaryKeep(sorted.filter((b) => !safe.has(b.name)), today, policy)]);
  return {
    keep: sorted.filter((b) => kept.has(b.name)).map((b) => b.name),
    remove: sorted.filter((b) => !kept.has(b.name)).map((b) => b.name),
    ignored: [...new Set(ignored)].filter((n) => !byName.has(n)).sort(),
  };
}

type Dated = { name: string; time: number; day: string; reason: BackupReason };

/** The rule of issue 7 over `sorted` (newest first): its newest, today's newest few, each earlier day's newest, at most maxTotal. */
function ordinaryKeep(sorted: readonly Dated[], today: string, policy: RetentionPolicy): string[] {
  const chosen = new Set<string>();
  if (sorted[0]) chosen.add(sorted[0].name);
  // Within the skew a backup "from the future" is today's.
  const todays = sorted.filter((b) => b.day >= today);
  for (const b of todays.slice(0, policy.keepToday)) chosen.add(b.name);
  const seenDays = new Set<string>();
  for (const b of sorted) {
    if (b.day >= today || seenDays.has(b.day)) continue;
    if (seenDays.size >= policy.keepDaily) break;
    seenDays.add(b.day);
    chosen.add(b.name);
  }
  return sorted.filter((b) => chosen.has(b.name)).slice(0, policy.maxTotal).map((b) => b.name);
}

function kindOf(entry: BackupEntry): BackupReason {
  return entry.reason ?? parseBackupFileName(entry.name)?.reason ?? 'scheduled';
}

function newestFirst(a: { name: string; time: number }, b: { name: string; time: number }): number {
  return b.time - a.time || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
}

function checkPolicy(policy: RetentionPolicy): void {
  const { keepToday, keepDaily, maxTotal, keepSafetyDays = 30 } = policy;
  if (![keepToday, keepDaily, maxTotal, keepSafetyDays].every((n) => Number.isInteger(n) && n >= 0) || maxTotal < 1) {
    throw new RetentionError('bad-policy', `The backup retention policy needs whole numbers ≥ 0 and a maximum of at least 1 (got ${keepToday}/${keepDaily}/${maxTotal}/${keepSafetyDays}).`);
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
