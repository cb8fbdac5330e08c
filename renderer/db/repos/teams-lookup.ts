/** Read-only team lookups shared by several screens. */
import type { TeamRow } from '../../../shared/model';
import { db } from '../instance';

export async function listTeams(): Promise<TeamRow[]> {
  return db.teams.orderBy('name').toArray();
}
