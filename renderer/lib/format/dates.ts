/**
 * Every date the UI shows goes through this module: one display format per kind, in the
 * member's locale (issue 13, "Consistent dates"). Exports keep ISO days; they never come here.
 *
 *   formatDate(instant)                  25 Nov 2024         the calendar day of an instant
 *   formatStoredDay('2026-12-14')        14 Dec 2026         a stored day (decidedOn, dueOn…)
 *   formatDateTime(instant)              25 Nov 2024, 10:15  a moment (history, notes, backups)
 *   formatTimeOfDay(instant)             10:15
 *   formatZonedDateTime(instant, zone)   6 May 2026, 17:00 UTC (19:00 Europe/Berlin)
 *                                        a moment fixed in a zone (meetings, vote windows),
 *                                        with the member's own time when the zones differ
 *
 * (en-GB shown; en-US reads "Nov 25, 2024, 10:15 AM", de-DE "25.11.2024, 10:15".)
 *
 * A stored day is a calendar day, not an instant: it is formatted as that day whatever the
 * zone ("2026-12-14" is 14 Dec 2026 in Los Angeles too), never via `new Date(day)`, which
 * reads it as UTC midnight and shows 13 Dec west of Greenwich.
 *
 * eslint.config.js rejects toLocale*String and Intl.DateTimeFormat everywhere else in
 * renderer/, so a new screen cannot bring back its own format.
 */

/** The locale and zone to format in; each defaults to the member's (see setDateFormatDefaults). */
export type DateFormatContext = { locale?: string | readonly string[]; timeZone?: string };

let fixed: DateFormatContext = {};
let localesSeen: { key: string; valid: string[] | undefined } | undefined;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Fixes the locale and/or zone used when a call gives none (tests; `{}` goes back to the member's). */
export function setDateFormatDefaults(ctx: DateFormatContext = {}): void {
  fixed = { ...ctx };
}

/** The member's zone: the fixed default, else the runtime's (the system's in Electron). */
export function memberTimeZone(): string {
  return fixed.timeZone ?? (new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

/**
 * The member's locales, best first: navigator.languages (Chromium fills it from the OS
 * language in Electron and from the browser's settings on the web), keeping only tags Intl
 * accepts, checked once per list. Undefined lets Intl use the runtime's default.
 */
function memberLocales(): string[] | undefined {
  const list = typeof navigator !== 'undefined' && navigator.languages?.length ? navigator.languages : [];
  const key = list.join(',');
  if (localesSeen?.key !== key) localesSeen = { key, valid: validLocales(list) };
  return localesSeen.valid;
}

function validLocales(list: readonly string[]): string[] | undefined {
  const valid = list.filter((tag) => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
    } catch {
      return false;
    }
  });
  return valid.length ? valid : undefined;
}

type Style = 'date' | 'date-time' | 'time' | 'iso-day';
const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  'date-time': { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
  // Not shown: a zone-proof key to tell whether two instants fall on the same day.
  'iso-day': { year: 'numeric', month: '2-digit', day: '2-digit' },
};

function formatter(style: Style, ctx: DateFormatContext): Intl.DateTimeFormat {
  const localeOption = ctx.locale ?? fixed.locale;
  const locales = style === 'iso-day' ? ['en-CA'] : localeOption === undefined ? memberLocales() : typeof localeOption === 'string' ? [localeOption] : [...localeOption];
  const timeZone = ctx.timeZone ?? memberTimeZone();
  const key = `${style}|${locales?.join(',') ?? ''}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locales, { ...STYLES[style], timeZone });
    formatters.set(key, f);
  }
  return f;
}

type Instant = string | number | Date;

function toDate(value: Instant): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Formats `value` in `style`; a value that is not a date is shown as it is rather than as "Invalid Date". */
function show(value: Instant, style: Style, ctx: DateFormatContext): string {
  const d = toDate(value);
  if (!d) return String(value);
  try {
    return formatter(style, ctx).format(d);
  } catch {
    // An unknown zone (typed by hand into an old record): the member's zone still tells the moment.
    return formatter(style, { ...ctx, timeZone: memberTimeZone() }).format(d);
  }
}

/** The calendar day of an instant in the member's zone (or `ctx.timeZone`): `25 Nov 2024`. */
export function formatDate(instant: Instant, ctx: DateFormatContext = {}): string {
  return show(instant, 'date', ctx);
}

/** A moment, day and time of day: `25 Nov 2024, 10:15`. */
export function formatDateTime(instant: Instant, ctx: DateFormatContext = {}): string {
  return show(instant, 'date-time', ctx);
}

/** The time of day of an instant: `10:15` (`10:15 AM` in en-US). */
export function formatTimeOfDay(instant: Instant, ctx: DateFormatContext = {}): string {
  return show(instant, 'time', ctx);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A stored calendar day `YYYY-MM-DD` (a decision's day, a due day, a meeting day) as
 * `14 Dec 2026`, the same day in every zone. Anything else is returned unchanged.
 */
export function formatStoredDay(day: string, ctx: Omit<DateFormatContext, 'timeZone'> = {}): string {
  const m = DAY.exec(day);
  if (!m) return day;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // The day at UTC midnight, formatted in UTC: no zone can move it to a neighbouring day.
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return day;
  return formatter('date', { ...ctx, timeZone: 'UTC' }).format(date);
}

function zoneLabel(zone: string): string {
  return /^(utc|etc\/utc|etc\/gmt|z|gmt)$/i.test(zone) ? 'UTC' : zone;
}

/**
 * A moment fixed in `zone` (a meeting's start, a vote's close) on that zone's clock, then,
 * when the member's zone differs, on the member's, repeating the day only when it differs:
 * `6 May 2026, 17:00 UTC (19:00 Europe/Berlin)`, `6 May 2026, 17:00 UTC (7 May 2026, 02:00 Asia/Tokyo)`.
 * `ctx.timeZone` is the member's zone.
 */
export function formatZonedDateTime(instant: Instant, zone: string, ctx: DateFormatContext = {}): string {
  const d = toDate(instant);
  if (!d) return String(instant);
  const viewer = ctx.timeZone ?? memberTimeZone();
  const main = `${show(d, 'date-time', { ...ctx, timeZone: zone })} ${zoneLabel(zone)}`;
  if (zone === viewer || (zoneLabel(zone) === 'UTC' && zoneLabel(viewer) === 'UTC')) return main;
  const sameDay = show(d, 'iso-day', { timeZone: zone }) === show(d, 'iso-day', { timeZone: viewer });
  return `${main} (${show(d, sameDay ? 'time' : 'date-time', { ...ctx, timeZone: viewer })} ${zoneLabel(viewer)})`;
}
