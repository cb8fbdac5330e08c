/**
 * People in minutes matched to SC members (issue 15): by handle (`@K900`, `k900`, case
 * ignored), by full name, or by a first name only one member has (`John` → John Ericson),
 * which the preview asks the member to check. Nobody else is matched: `Luj` stays a name.
 */
import type { MemberRow } from '../../model/rows';
import type { Uncertain } from './types';

const GROUPS = /^(all|everyone|everybody|sc|team|us)$/;

/** Matches people to members and remembers who was matched how. */
export class Roster {
  readonly uncertain: Uncertain[] = [];
  private readonly unknown = new Set<string>();
  private readonly guessed = new Set<string>();

  constructor(private readonly members: readonly MemberRow[]) {}

  /** The member a person (`@handle` or name) is, if any. */
  find(person: string): MemberRow | undefined {
    const bare = person.replace(/^@/, '').trim().toLowerCase();
    if (!bare) return undefined;
    const byHandle = this.members.find((m) => m.handle && m.handle.toLowerCase() === bare);
    if (byHandle) return byHandle;
    const byName = this.members.find((m) => m.name.trim().toLowerCase() === bare);
    if (byName) return this.guess(person, byName, 'by name');
    const first = this.members.filter((m) => m.name.trim().split(/\s+/)[0]?.toLowerCase() === bare);
    if (first.length === 1) return this.guess(person, first[0]!, 'by first name');
    // `@all`, `@everyone`: the whole SC, not a person missing from the roster.
    if (!GROUPS.test(bare)) this.unknown.add(person);
    return undefined;
  }

  private guess(person: string, member: MemberRow, how: string): MemberRow {
    if (!this.guessed.has(person)) {
      this.guessed.add(person);
      this.uncertain.push({ what: `“${person}”`, why: `matched ${how} to ${member.name}${member.handle ? ` (@${member.handle})` : ''}` });
    }
    return member;
  }

  /** People the minutes name who are not on the roster, as written. */
  unknownPeople(): string[] {
    return [...this.unknown].sort((a, b) => a.localeCompare(b));
  }
}
