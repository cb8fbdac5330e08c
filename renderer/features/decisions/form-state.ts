/**
 * The decision form's state and its conversion to a DecisionDraft. Async votes are entered
 * as a day and a wall-clock time in the vote's time zone and stored as UTC instants.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { AsyncVoteError, instantFromZoned, isValidTimeZone } from '../../../shared/decisions/async-vote';
import type { Confidentiality, DecisionRow, ItemId, MeetingId, MemberId, TagId, TeamId } from '../../../shared/model';
import { shortLabel } from '../../../shared/text/short-label';
import type { DecisionDraft } from '../../db/repos/decisions-repo';
import { localTimeZone, localToday } from './time';

export type DecisionFormState = {
  title: string;
  motion: string;
  /** One option per line. */
  options: string;
  proposerId: string;
  venueKind: 'meeting' | 'async';
  meetingId: string;
  opensDay: string;
  opensTime: string;
  closesDay: string;
  closesTime: string;
  timeZone: string;
  channel: string;
  rationale: string;
  confidentiality: Confidentiality;
  confidentialUntil: string;
  reviewOn: string;
  itemIds: string[];
  teamIds: string[];
  tagIds: string[];
};

function wallClock(instant: string, zone: string): { day: string; time: string } {
  const d = new TZDate(Date.parse(instant), zone);
  return { day: format(d, 'yyyy-MM-dd'), time: format(d, 'HH:mm') };
}

/**
 * The title a new decision on exactly one ask starts with: the ask's first whole sentence
 * (shared/text/short-label.ts), never a cut word. Several asks get no title: the first
 * one's would misname the decision.
 */
export function titleFromAsks(askTexts: readonly string[]): string {
  return askTexts.length === 1 ? shortLabel(askTexts[0] ?? '') : '';
}

/** A blank form; an async vote defaults to a week from today in the member's zone. */
export function emptyForm(itemIds: readonly string[] = [], teamIds: readonly string[] = [], now = new Date()): DecisionFormState {
  const today = localToday(now);
  return {
    title: '', motion: '', options: '', proposerId: '', venueKind: 'meeting', meetingId: '',
    opensDay: today, opensTime: '10:00', closesDay: format(addDays(now, 7), 'yyyy-MM-dd'), closesTime: '10:00', timeZone: localTimeZone(), channel: '',
    rationale: '', confidentiality: 'public', confidentialUntil: '', reviewOn: '', itemIds: [...itemIds], teamIds: [...new Set(teamIds)], tagIds: [],
  };
}

/** The form filled in from a stored decision. */
export function formFromDecision(d: DecisionRow): DecisionFormState {
  const base = emptyForm(d.itemIds, d.teamIds);
  const venue = d.venue;
  const asyncPart =
    venue.kind === 'async'
      ? (() => {
          const o = wallClock(venue.opensAt, venue.timeZone);
          const c = wallClock(venue.closesAt, venue.timeZone);
          return { opensDay: o.day, opensTime: o.time, closesDay: c.day, closesTime: c.time, timeZone: venue.timeZone, channel: venue.channel ?? '' };
        })()
      : { meetingId: venue.meetingId ?? '' };
  return {
    ...base,
    ...asyncPart,
    title: d.title, motion: d.motion, options: d.options.join('\n'), proposerId: d.proposerId ?? '', venueKind: venue.kind,
    rationale: d.rationale, confidentiality: d.confidentiality, confidentialUntil: d.confidentialUntil ?? '', reviewOn: d.reviewOn ?? '', tagIds: [...d.tagIds],
  };
}

function venueOf(s: DecisionFormState): DecisionRow['venue'] {
  if (s.venueKind === 'meeting') return s.meetingId ? { kind: 'meeting', meetingId: s.meetingId as MeetingId } : { kind: 'meeting' };
  const zone = s.timeZone.trim();
  if (!isValidTimeZone(zone)) throw new AsyncVoteError('invalid-time-zone', `“${zone}” is not a time zone; use a name such as Europe/Berlin or UTC.`);
  const channel = s.channel.trim();
  return {
    kind: 'async',
    opensAt: instantFromZoned(s.opensDay, s.opensTime, zone),
    closesAt: instantFromZoned(s.closesDay, s.closesTime, zone),
    timeZone: zone,
    ...(channel ? { channel } : {}),
  };
}

/** The draft to save, or the message to show next to the form. */
export function draftFromForm(s: DecisionFormState): { ok: true; draft: DecisionDraft } | { ok: false; message: string } {
  if (!s.title.trim()) return { ok: false, message: 'Give the decision a title.' };
  if (s.confidentiality === 'confidential' && !s.confidentialUntil) return { ok: false, message: 'Choose the day until which the decision stays confidential.' };
  let venue: DecisionRow['venue'];
  try {
    venue = venueOf(s);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return {
    ok: true,
    draft: {
      title: s.title.trim(),
      motion: s.motion,
      options: s.options.split('\n').map((o) => o.trim()).filter(Boolean),
      proposerId: s.proposerId ? (s.proposerId as MemberId) : undefined,
      venue,
      rationale: s.rationale,
      confidentiality: s.confidentiality,
      confidentialUntil: s.confidentiality === 'confidential' ? s.confidentialUntil : undefined,
      reviewOn: s.reviewOn || undefined,
      itemIds: s.itemIds as ItemId[],
      teamIds: s.teamIds as TeamId[],
      tagIds: s.tagIds as TagId[],
    },
  };
}
