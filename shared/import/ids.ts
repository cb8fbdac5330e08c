/**
 * Row ids derived from parse keys, so that importing the same thread again finds the same
 * rows (issue 3). A post stored from one form keeps its id when another form of it is
 * merged in (issue 14), so new items of that post are keyed on the stored update's key.
 */
export const rowIds = {
  thread: (threadKey: string) => `th:${threadKey}`,
  update: (updateKey: string) => `up:${updateKey}`,
  item: (updateKey: string, itemKey: string) => `it:${updateKey}:${itemKey}`,
  source: (sha: string) => `src:${sha}`,
};

/** The content key a stored item was created with (the last part of its id). */
export function itemKeyOfId(itemId: string): string {
  return itemId.slice(itemId.lastIndexOf(':') + 1);
}

/** The update key a stored update row was created with (its id without `up:`). */
export function updateKeyOfId(updateId: string): string {
  return updateId.startsWith('up:') ? updateId.slice(3) : updateId;
}
