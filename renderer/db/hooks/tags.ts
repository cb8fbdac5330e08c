/** Live tag queries (issue 4). */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { tagUsage } from '../repos/tags-repo';

/** Every tag by name. */
export const useTags = () => useLiveQuery(() => db.tags.orderBy('name').toArray(), []);

/** How many items carry each tag. */
export const useTagUsage = () => useLiveQuery(() => tagUsage(), []);
