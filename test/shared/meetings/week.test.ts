import { describe, expect, it } from 'vitest';
import { MeetingsError } from '../../../shared/meetings/errors';
import { dayInZone, formatMeetingTime, isoWeekOfDay, weekdayOfDay, zonedToInstant } from '../../../shared/meetings/week';

describe('isoWeekOfDay', () => {
  it.each([
    ['2026-04-29', 18],
    ['2026-05-13', 20],
    ['2026-01-01', 1],
    ['2027-01-01', 53],
    ['2024-12-30', 1],
  ])('puts %s in ISO week %i', (day, week) => {
    expect(isoWeekOfDay(day)).toBe(week);
  });

  it('rejects a day that does not exist with a typed error', () => {
    expect(() => isoWeekOfDay('2026-02-30')).toThrow(MeetingsError);
  });
});

describe('formatMeetingTime', () => {
  it('shows the meeting zone and the viewer zone side by side', () => {
    expect(formatMeetingTime('2026-04-29T17:00:00Z', 'UTC', 'Europe/Berlin')).toBe('Wed 2026-04-29 17:00 UTC (19:00 Europe/Berlin)');
  });

  it('repeats the day when the viewer is already on the next one', () => {
    expect(formatMeetingTime('2026-04-29T17:00:00Z', 'UTC', 'Asia/Tokyo')).toBe('Wed 2026-04-29 17:00 UTC (Thu 2026-04-30 02:00 Asia/Tokyo)');
  });

  it('omits the viewer part when both zones are the same', () => {
    expect(formatMeetingTime('2026-04-29T17:00:00Z', 'America/New_York', 'America/New_York')).toBe('Wed 2026-04-29 13:00 America/New_York');
  });

  it('rejects an unknown time zone with a typed error', () => {
    expect(() => formatMeetingTime('2026-04-29T17:00:00Z', 'Mars/Olympus', 'UTC')).toThrow(expect.objectContaining({ code: 'bad-time-zone' }));
  });
});

describe('zonedToInstant', () => {
  it('turns a wall-clock time in a zone into the UTC instant, across daylight saving', () => {
    expect(zonedToInstant('2026-04-29', '19:00', 'Europe/Berlin')).toBe('2026-04-29T17:00:00.000Z');
    expect(zonedToInstant('2026-01-14', '19:00', 'Europe/Berlin')).toBe('2026-01-14T18:00:00.000Z');
  });

  it('round-trips with dayInZone near midnight', () => {
    expect(dayInZone(zonedToInstant('2026-05-13', '23:30', 'Asia/Kolkata'), 'Asia/Kolkata')).toBe('2026-05-13');
  });
});

describe('weekdayOfDay', () => {
  it('names the weekday of a calendar day independently of the machine zone', () => {
    expect(weekdayOfDay('2026-05-13')).toBe('Wed');
  });
});
