/** Tag management edits (issue 4), each through the "who are you" check and runAction. */
import type { TagId } from '../../../shared/model';
import { countItemsWithTag, createTag, deleteTag, mergeTags, recolorTag, renameTag } from '../../db/repos/tags-repo';
import { triageEdit } from '../items/actions';

export const newTag = (name: string, color?: string) => triageEdit(() => createTag(color ? { name, color } : { name }), `Tag “${name.trim()}” created.`);
export const renameTagTo = (id: TagId, name: string) => triageEdit(() => renameTag(id, name));
export const recolor = (id: TagId, color: string) => triageEdit(() => recolorTag(id, color));
export const mergeInto = (from: readonly TagId[], into: TagId) => triageEdit(() => mergeTags(from, into), 'Tags merged.');
export const removeTag = (id: TagId) => triageEdit(() => deleteTag(id), 'Tag deleted.');
export { countItemsWithTag };
