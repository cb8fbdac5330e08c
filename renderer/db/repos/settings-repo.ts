/** Small typed settings kept in the `settings` table. */
import { z } from 'zod';
import { db } from '../instance';

/** "Who are you": the name recorded in every change's history. */
export const meSetting = z.object({ name: z.string().min(1).max(200) });
export type MeSetting = z.infer<typeof meSetting>;

export async function getMe(): Promise<MeSetting | null> {
  const row = await db.settings.get('me');
  const parsed = meSetting.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function setMe(name: string): Promise<void> {
  const value = meSetting.parse({ name: name.trim() });
  await db.settings.put({ key: 'me', value });
}
