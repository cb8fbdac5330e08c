// The SC of 2025/26 as a roster: handles as the minutes mention them, names as the vote
// logs and minutes write them in full. "Luj" (Julien's nickname) is deliberately not a
// name here: the importer must say it does not know who that is, not guess.
import type { MemberId, MemberRow } from '../../../../shared/model';

export const SC: readonly [handle: string, name: string][] = [
  ['tomberek', 'Tom Bereknyei'], ['JulienMalka', 'Julien Malka'], ['philiptaron', 'Philip Taron'], ['roberth', 'Robert Hensing'],
  ['Ericson2314', 'John Ericson'], ['K900', 'K900'], ['cafkafk', 'Christina Sørensen'],
];

export const scMembers: MemberRow[] = SC.map(([handle, name]) => ({ id: `m-${handle}` as MemberId, name, handle, unavailable: [], conflictTeamIds: [], isActive: true }));

/** The member id of a handle of the roster. */
export const mid = (handle: string) => `m-${handle}` as MemberId;

export const FIXTURE_FILES = [
  '2025-11-05.md', '2025-11-13.md', '2025-12-04.md', '2025-12-10.md', '2025-12-31.md', '2026-01-07.md', '2026-03-04.md', '2026-03-11.md',
  '2026-03-18.md', '2026-03-25.md', '2026-04-08.md', '2026-04-15.md', '2026-04-22.md', '2026-04-29.md', '2026-05-13.md', '2026-05-20.md',
] as const;

export const NOW = '2026-06-01T00:00:00.000Z';
