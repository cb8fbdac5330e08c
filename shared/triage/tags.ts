/**
 * Tag rules (issue 4): names, colours, merging and the tags suggested for an item.
 * Tag names compare case-insensitively so that `Budget` and `budget` cannot both exist.
 */
import type { ItemRow, TagId, TagRow } from '../model';
import { TriageError } from './errors';

/** Longest tag name (the row schema's limit). */
export const MAX_TAG_NAME = 100;

/** Colours offered for new tags; each reads on both the light and the dark surface. */
export const TAG_PALETTE = ['#3558d4', '#b3261e', '#1f7a3d', '#8a5a00', '#7b3fb5', '#0f7c8c', '#c2410c', '#5a6475'] as const;

/** A tag name with its spaces collapsed and trimmed. */
export function cleanTagName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** The key two tag names are compared by. */
export function tagKey(name: string): string {
  return cleanTagName(name).toLocaleLowerCase();
}

/**
 * A checked tag name for a new or renamed tag. `others` are the existing tags (the tag
 * being renamed may be among them: it does not clash with itself).
 */
export function checkTagName(name: string, others: readonly Pick<TagRow, 'id' | 'name'>[], self?: TagId): string {
  const clean = cleanTagName(name);
  if (!clean) throw new TriageError('empty-tag-name', 'Enter a name for the tag.');
  if (clean.length > MAX_TAG_NAME) throw new TriageError('tag-name-too-long', `The tag name “${clean.slice(0, 30)}…” is longer than ${MAX_TAG_NAME} characters.`);
  const clash = others.find((t) => t.id !== self && tagKey(t.name) === tagKey(clean));
  if (clash) throw new TriageError('duplicate-tag-name', `A tag named “${clash.name}” already exists.`);
  return clean;
}

/** A checked `#rrggbb` colour. */
export function checkTagColor(color: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) throw new TriageError('invalid-tag-color', `“${color}” is not a colour of the form #rrggbb.`);
  return color.toLowerCase();
}

/** The palette colour for the n-th tag, so new tags do not all look the same. */
export function paletteColor(n: number): string {
  return TAG_PALETTE[Math.abs(Math.trunc(n)) % TAG_PALETTE.length]!;
}

/**
 * The tag ids of an item after merging the `from` tags into `into`: every `from` id is
 * replaced by `into` (once, at the place of the first tag of the group), order otherwise kept.
 * Returns null when the item carries none of the `from` tags.
 */
export function mergedTagIds(tagIds: readonly TagId[], from: readonly TagId[], into: TagId): TagId[] | null {
  if (from.includes(into)) throw new TriageError('merge-into-itself', 'A tag cannot be merged into itself.');
  if (!tagIds.some((id) => from.includes(id))) return null;
  const out: TagId[] = [];
  for (const id of tagIds) {
    const next = from.includes(id) ? into : id;
    if (!out.includes(next)) out.push(next);
  }
  return out;
}

/** `tagIds` with `add` added (once each) and `remove` removed; null when nothing changes. */
export function editedTagIds(tagIds: readonly TagId[], add: readonly TagId[], remove: readonly TagId[]): TagId[] | null {
  const out = tagIds.filter((id) => !remove.includes(id));
  for (const id of add) if (!out.includes(id)) out.push(id);
  const same = out.length === tagIds.length && out.every((id, i) => id === tagIds[i]);
  return same ? null : out;
}

/** The tags of a multi-selection: those every item carries, and those only some carry. */
export type SelectionTags = {
  /** On every item. */
  all: TagId[];
  /** On some items only, with how many carry each (the mixed state of Gmail's or Linear's label menus). */
  some: { tagId: TagId; count: number }[];
};

/** Splits the tags of `items` into {@link SelectionTags}, each list in the order the tags first appear. */
export function selectionTags(items: readonly Pick<ItemRow, 'tagIds'>[]): SelectionTags {
  const counts = new Map<TagId, number>();
  for (const item of items) for (const id of new Set(item.tagIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const out: SelectionTags = { all: [], some: [] };
  for (const [tagId, count] of counts) {
    if (count === items.length) out.all.push(tagId);
    else out.some.push({ tagId, count });
  }
  return out;
}

const SECURITY_WORDS = /\b(security|embargo|disclosure|vulnerab\w*|cve|exploit|confidential)/i;
const INFRA_WORDS = /\b(infra\w*|server|machine|hosting|hydra|ci|dns|domain|e-?mail alias|matrix room|cache|build farm)\b/i;

/**
 * Tag names worth suggesting for an item, from its kind, ask type and a few words of its
 * text (e.g. a budget request → `budget`; an access ask → `infra`; an approval →
 * `needs-decision`). Names the item already carries (`current`) are left out.
 */
export function suggestTagNames(item: Pick<ItemRow, 'kind' | 'askType' | 'isAsk' | 'text'>, current: readonly string[] = []): string[] {
  const names: string[] = [];
  if (item.kind === 'budget' || item.askType === 'budget') names.push('budget');
  if (item.askType === 'access' || INFRA_WORDS.test(item.text)) names.push('infra');
  if (SECURITY_WORDS.test(item.text)) names.push('security');
  if (item.askType === 'approval' || item.askType === 'process' || item.kind === 'blocker') names.push('needs-decision');
  if (item.askType === 'people' || item.kind === 'people') names.push('people');
  const have = new Set(current.map(tagKey));
  return [...new Set(names)].filter((n) => !have.has(tagKey(n)));
}
