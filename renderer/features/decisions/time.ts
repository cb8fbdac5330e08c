/** The member's own calendar day and time zone: due dates and "decided on" default to these. */
import { format } from 'date-fns';
import { memberTimeZone } from '../../lib/format/dates';

/** Today in the member's zone, `YYYY-MM-DD`. */
export const localToday = (now = new Date()): string => format(now, 'yyyy-MM-dd');

/** The member's IANA time zone as the runtime reports it. */
export const localTimeZone = (): string => memberTimeZone();
