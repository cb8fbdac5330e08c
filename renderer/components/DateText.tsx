/**
 * A date shown on its own: a `<time>` whose machine-readable value is the stored ISO text
 * and whose words come from renderer/lib/format/dates.ts (issue 13). Inside a string (an
 * option, an aria-label, a joined line) call the formatters directly instead.
 */
import { formatDate, formatDateTime, formatStoredDay, formatTimeOfDay, formatZonedDateTime } from '../lib/format/dates';

type Props =
  /** `date`: the day of an instant; `date-time`: a moment; `time`: its time of day. `timeZone` overrides the member's. */
  | { kind: 'date' | 'date-time' | 'time'; value: string; timeZone?: string | undefined }
  /** A stored calendar day `YYYY-MM-DD`, never shifted by a zone. */
  | { kind: 'day'; value: string }
  /** A moment fixed in `zone` (a meeting, a vote window), with the member's time when it differs. */
  | { kind: 'zoned'; value: string; zone: string };

export function DateText(props: Props) {
  return <time dateTime={props.value}>{dateWords(props)}</time>;
}

function dateWords(props: Props): string {
  switch (props.kind) {
    case 'day':
      return formatStoredDay(props.value);
    case 'zoned':
      return formatZonedDateTime(props.value, props.zone);
    case 'date':
      return formatDate(props.value, props.timeZone ? { timeZone: props.timeZone } : {});
    case 'date-time':
      return formatDateTime(props.value, props.timeZone ? { timeZone: props.timeZone } : {});
    case 'time':
      return formatTimeOfDay(props.value, props.timeZone ? { timeZone: props.timeZone } : {});
  }
}
