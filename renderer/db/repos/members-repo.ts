/** SC members: the roster used for assignments, votes and meeting pairings. */
import { newId, memberRow, type MemberId, type MemberRow } from '../../../shared/model';
import { db } from '../instance';

export class ValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValidationError';
  }
}

export async function listMembers(): Promise<MemberRow[]> {
  return db.members.orderBy('name').toArray();
}

/** Adds a member; the name must be new (case-insensitive) and the handle is stored without `@`. */
export async function addMember(input: { name: string; handle?: string }): Promise<MemberRow> {
  const name = input.name.trim();
  if (!name) throw new ValidationError('Enter the member’s name.');
  const handle = (input.handle ?? '').trim().replace(/^@+/, '');
  if (handle && !/^[\p{L}\p{N}_.-]{1,60}$/u.test(handle)) throw new ValidationError('A handle has letters, digits, “_”, “.” or “-” only.');
  const row = memberRow.parse({ id: newId<MemberId>(), name, handle, unavailable: [], conflictTeamIds: [], isActive: true });
  await db.transaction('rw', db.members, async () => {
    const clash = await db.members.filter((m) => m.name.toLowerCase() === name.toLowerCase()).first();
    if (clash) throw new ValidationError(`${clash.name} is already on the roster.`);
    await db.members.add(row);
  });
  return row;
}

export async function updateMember(id: MemberId, patch: Partial<Omit<MemberRow, 'id'>>): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    const current = await db.members.get(id);
    if (!current) throw new ValidationError('This member no longer exists.');
    await db.members.put(memberRow.parse({ ...current, ...patch }));
  });
}

export async function removeMember(id: MemberId): Promise<void> {
  await db.members.delete(id);
}
