/** The member's calendar day and zone, for "today" in exports and suggestions. */
import { dayInZone, localTimeZone } from '../../../shared/meetings/week';

export function todayHere(): string {
  return dayInZone(new Date().toISOString(), localTimeZone());
}

/** Zones offered in pickers: the runtime's list when it has one, else a few common ones. */
export function timeZoneChoices(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const list = intl.supportedValuesOf?.('timeZone') ?? ['Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo'];
  return [...new Set(['UTC', localTimeZone(), ...list])];
}
