/**
 * Dates of meetings: ISO week numbers for minutes titles (`W18`), and a meeting's time
 * shown in its own time zone and in the viewer's (issue 6: "shown in the member's local
 * time as well"). All computation goes through @date-fns/tz so that the machine's own
 * zone never leaks in (the suite runs under several `TZ` values).
 */
import { TZDate } from '@date-fns/tz';
import { format, getISOWeek } from 'date-fns';
import { MeetingsError } from './errors';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parse `YYYY-MM-DD` into numbers; throws `bad-date` on anything else (including 2026-02-30). */
function parseDay(day: string, source: string): [number, number, number] {
  const m = DAY.exec(day);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const probe = new TZDate(y, mo - 1, d, 'UTC');
  if (!m || probe.getDate() !== d || probe.getMonth() !== mo - 1) {
    throw new MeetingsError('bad-date', source, `"${day}" is not a calendar day YYYY-MM-DD`);
  }
  return [y, mo, d];
}

/** Throw `bad-time-zone` unless `zone` is an IANA zone name the runtime knows (or `UTC`). */
export function assertTimeZone(zone: string, source = 'meeting'): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone }).format(0);
  } catch {
    throw new MeetingsError('bad-time-zone', source, `"${zone}" is not a known time zone`);
  }
}

/** The zone this runtime runs in, the default viewer zone. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** ISO-8601 week number (1–53) of a calendar day `YYYY-MM-DD`. */
export function isoWeekOfDay(day: string): number {
  const [y, m, d] = parseDay(day, 'week');
  return getISOWeek(new TZDate(y, m - 1, d, 'UTC'));
}

/** The instant (`…Z`) of a wall-clock `date` + `HH:mm` in `timeZone`. */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  const [y, m, d] = parseDay(date, 'meeting');
  const t = TIME.exec(time);
  if (!t) throw new MeetingsError('bad-date', 'meeting', `"${time}" is not a time HH:mm`);
  assertTimeZone(timeZone);
  return new Date(new TZDate(y, m - 1, d, Number(t[1]), Number(t[2]), timeZone).getTime()).toISOString();
}

/** The calendar day `YYYY-MM-DD` of an instant in `timeZone`. */
export function dayInZone(instant: string, timeZone: string): string {
  return format(inZone(instant, timeZone), 'yyyy-MM-dd');
}

/** `HH:mm` of an instant in `timeZone`. */
export function timeInZone(instant: string, timeZone: string): string {
  return format(inZone(instant, timeZone), 'HH:mm');
}

/** English weekday abbreviation (`Wed`) of a calendar day `YYYY-MM-DD`. */
export function weekdayOfDay(day: string): string {
  const [y, m, d] = parseDay(day, 'meeting');
  return format(new TZDate(y, m - 1, d, 'UTC'), 'EEE');
}

/**
 * A meeting's start in its zone and, when different, in the viewer's, e.g.
 * `Wed 2026-04-29 17:00 UTC (19:00 Europe/Berlin)`; the viewer part repeats the day
 * when it differs: `(Thu 2026-04-30 02:00 Asia/Tokyo)`.
 */
export function formatMeetingTime(startsAt: string, timeZone: string, viewerZone: string = localTimeZone()): string {
  const here = inZone(startsAt, timeZone);
  const main = `${format(here, 'EEE yyyy-MM-dd HH:mm')} ${zoneLabel(timeZone)}`;
  if (sameZone(timeZone, viewerZone)) return main;
  const there = inZone(startsAt, viewerZone);
  const sameDay = format(here, 'yyyy-MM-dd') === format(there, 'yyyy-MM-dd');
  return `${main} (${format(there, sameDay ? 'HH:mm' : 'EEE yyyy-MM-dd HH:mm')} ${zoneLabel(viewerZone)})`;
}

function inZone(instant: string, timeZone: string): TZDate {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new MeetingsError('bad-date', 'meeting', `"${instant}" is not an ISO date-time`);
  assertTimeZone(timeZone);
  return new TZDate(ms, timeZone);
}

function zoneLabel(zone: string): string {
  return /^(utc|etc\/utc|z|gmt)$/i.test(zone) ? 'UTC' : zone;
}

function sameZone(a: string, b: string): boolean {
  return a === b || (zoneLabel(a) === 'UTC' && zoneLabel(b) === 'UTC');
}
