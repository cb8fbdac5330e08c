import type { TagRow } from '../../../shared/model';

/** How many items of a multi-selection carry a tag that only some of them have. */
export type TagShare = { count: number; total: number };

type TagChipProps = {
  tag: Pick<TagRow, 'name' | 'color'>;
  /** With `onRemove`, a button takes the tag off (for a mixed tag: off the items that have it). */
  onRemove?: () => void;
  /** Set for a tag only some selected items have: shown as "name (2 of 3)", dashed. */
  share?: TagShare;
  /** For a mixed tag, a button puts it on every selected item. */
  onAddToAll?: () => void;
};

const items = (n: number) => `${n} selected ${n === 1 ? 'item' : 'items'}`;

/** A tag as a small coloured chip; with `onRemove`, a button takes it off. */
export function TagChip({ tag, onRemove, share, onAddToAll }: TagChipProps) {
  const removeLabel = share ? `Remove tag ${tag.name} from the ${items(share.count)} that ${share.count === 1 ? 'has' : 'have'} it` : `Remove tag ${tag.name}`;
  return (
    <span className={share ? 'tag-chip is-mixed' : 'tag-chip'} style={{ borderColor: tag.color }} title={share ? `On ${share.count} of the ${items(share.total)}` : undefined}>
      <span className="tag-dot" style={{ background: tag.color }} aria-hidden="true" />
      {tag.name}
      {share ? <span className="tag-share">{` (${share.count} of ${share.total})`}</span> : null}
      {share && onAddToAll ? (
        <button type="button" className="tag-add-all" aria-label={`Add tag ${tag.name} to all ${items(share.total)}`} onClick={onAddToAll}>
          +
        </button>
      ) : null}
      {onRemove ? (
        <button type="button" className="tag-remove" aria-label={removeLabel} onClick={onRemove}>
          ×
        </button>
      ) : null}
    </span>
  );
}
