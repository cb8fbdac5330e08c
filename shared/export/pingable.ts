/**
 * Who an exported document means to ping (issue 13): the workspace's SC members, the group
 * handles of the teams the document addresses, and people the document already names on
 * purpose (a meeting's team representatives and observers, who its Attendees lines
 * mention). An SC member's `@handle` in minutes or a rationale stays a mention only for
 * these; any other mention-like text is written inert (mentions.ts).
 */
import type { MemberRow, TeamRow } from '../model/rows';
import { handleKey, type Pingable } from './mentions';

/** Where the handles of {@link pingableHandles} come from; every part is optional. */
export interface PingableSources {
  /** SC members: their `handle`s. */
  members?: readonly Pick<MemberRow, 'handle'>[];
  /** Teams the document addresses: their `groupHandles` (`@NixOS/xen`). */
  teams?: readonly Pick<TeamRow, 'groupHandles'>[];
  /** Further handles the document names on purpose (with or without `@`). */
  people?: readonly string[];
}

/** The set of handles a document may ping, compared case-insensitively without `@`. */
export function pingableHandles(sources: PingableSources): Pingable {
  const all = [
    ...(sources.members ?? []).map((m) => m.handle),
    ...(sources.teams ?? []).flatMap((t) => t.groupHandles),
    ...(sources.people ?? []),
  ];
  return new Set(all.map(handleKey).filter((h) => h !== ''));
}

/** Pings nobody: every mention-like text is written inert. */
export const NOBODY: Pingable = new Set<string>();
