import type { MemberId } from '../../../shared/model';
import { addMember, removeMember } from '../../db/repos/members-repo';
import { setMe } from '../../db/repos/settings-repo';
import { runAction } from '../../lib/run-action';

export const saveMyName = (name: string) => runAction(() => setMe(name), { success: `You are recorded as ${name.trim()}.` });
export const addScMember = (name: string, handle: string) => runAction(() => addMember({ name, handle }), { success: `${name.trim()} added to the SC roster.` });
export const removeScMember = (id: MemberId, name: string) => runAction(() => removeMember(id), { success: `${name} removed from the roster.` });
