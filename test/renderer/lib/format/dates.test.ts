// One display format per kind of date, in the member's locale (issue 13), and a stored day
// that no time zone can move to its neighbour.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatStoredDay, formatTimeOfDay, formatZonedDateTime, memberTimeZone, setDateFormatDefaults } from '../../../../renderer/lib/format/dates';

// ICU puts a narrow no-break space before AM/PM; the words are what matter here.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const POSTED = '2024-11-25T10:15:00.000Z';

afterEach(() => {
  setDateFormatDefaults();
  vi.unstubAllGlobals();
});

describe('formatDate (the day of an instant)', () => {
  it.each([
    ['en-GB', '25 Nov 2024'],
    ['en-US', 'Nov 25, 2024'],
    ['de-DE', '25.11.2024'],
  ])('reads %s as %s', (locale, expected) => {
    expect(formatDate(POSTED, { locale, timeZone: 'UTC' })).toBe(expected);
  });

  it('is the day in the member’s zone: late on the 25th in Los Angeles is the 26th in Tokyo', () => {
    const late = '2024-11-26T05:00:00.000Z';
    expect(formatDate(late, { locale: 'en-GB', timeZone: 'America/Los_Angeles' })).toBe('25 Nov 2024');
    expect(formatDate(late, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('26 Nov 2024');
  });

  it('shows a value that is not a date as it is, not as “Invalid Date”', () => {
    expect(formatDate('soon', { locale: 'en-GB' })).toBe('soon');
  });
});

describe('formatDateTime (a moment)', () => {
  it.each([
    ['en-GB', '25 Nov 2024, 10:15'],
    ['en-US', 'Nov 25, 2024, 10:15 AM'],
    ['de-DE', '25.11.2024, 10:15'],
  ])('reads %s as %s', (locale, expected) => {
    expect(plain(formatDateTime(POSTED, { locale, timeZone: 'UTC' }))).toBe(expected);
  });

  it('is on the member’s clock', () => {
    expect(formatDateTime(POSTED, { locale: 'en-GB', timeZone: 'Europe/Berlin' })).toBe('25 Nov 2024, 11:15');
  });
});

describe('formatTimeOfDay', () => {
  it.each([
    ['en-GB', '10:15'],
    ['en-US', '10:15 AM'],
    ['de-DE', '10:15'],
  ])('reads %s as %s', (locale, expected) => {
    expect(plain(formatTimeOfDay(POSTED, { locale, timeZone: 'UTC' }))).toBe(expected);
  });
});

describe('formatStoredDay (a day stored as YYYY-MM-DD)', () => {
  it.each([
    ['en-GB', '14 Dec 2026'],
    ['en-US', 'Dec 14, 2026'],
    ['de-DE', '14.12.2026'],
  ])('reads %s as %s', (locale, expected) => {
    expect(formatStoredDay('2026-12-14', { locale })).toBe(expected);
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'UTC'])('stays 14 Dec 2026 for a member in %s', (timeZone) => {
    setDateFormatDefaults({ locale: 'en-GB', timeZone });
    expect(formatStoredDay('2026-12-14')).toBe('14 Dec 2026');
  });

  it('shows what is not a calendar day unchanged', () => {
    expect(formatStoredDay('2026-02-30', { locale: 'en-GB' })).toBe('2026-02-30');
    expect(formatStoredDay('next week', { locale: 'en-GB' })).toBe('next week');
  });
});

describe('formatZonedDateTime (a moment fixed in a zone)', () => {
  const start = '2026-05-06T17:00:00.000Z';

  it('gives only the zone’s clock when the member is in that zone', () => {
    expect(formatZonedDateTime(start, 'UTC', { locale: 'en-GB', timeZone: 'Etc/UTC' })).toBe('6 May 2026, 17:00 UTC');
  });

  it('adds the member’s time, without the day when it is the same day', () => {
    expect(formatZonedDateTime(start, 'UTC', { locale: 'en-GB', timeZone: 'Europe/Berlin' })).toBe('6 May 2026, 17:00 UTC (19:00 Europe/Berlin)');
  });

  it('repeats the day when it differs for the member', () => {
    expect(formatZonedDateTime(start, 'UTC', { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('6 May 2026, 17:00 UTC (7 May 2026, 02:00 Asia/Tokyo)');
  });

  it('follows the member’s locale', () => {
    expect(plain(formatZonedDateTime(start, 'Europe/Berlin', { locale: 'en-US', timeZone: 'America/New_York' }))).toBe('May 6, 2026, 7:00 PM Europe/Berlin (1:00 PM America/New_York)');
  });
});

describe('the member’s locale and zone', () => {
  it('come from navigator.languages, skipping tags Intl does not accept', () => {
    vi.stubGlobal('navigator', { languages: ['not a tag!', 'de-DE', 'en'] });
    expect(formatDate(POSTED, { timeZone: 'UTC' })).toBe('25.11.2024');
  });

  it('can be fixed for a test, and a call can still override them', () => {
    setDateFormatDefaults({ locale: 'en-US', timeZone: 'Asia/Kolkata' });
    expect(memberTimeZone()).toBe('Asia/Kolkata');
    expect(formatDate(POSTED)).toBe('Nov 25, 2024');
    expect(formatDate(POSTED, { locale: 'en-GB' })).toBe('25 Nov 2024');
  });
});
