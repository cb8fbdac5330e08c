import type { TagRow } from '../../../shared/model';

/** A tag as a small coloured chip; with `onRemove`, a button takes it off. */
export function TagChip({ tag, onRemove }: { tag: Pick<TagRow, 'name' | 'color'>; onRemove?: () => void }) {
  return (
    <span className="tag-chip" style={{ borderColor: tag.color }}>
      <span className="tag-dot" style={{ background: tag.color }} aria-hidden="true" />
      {tag.name}
      {onRemove ? (
        <button type="button" className="tag-remove" aria-label={`Remove tag ${tag.name}`} onClick={onRemove}>
          ×
        </button>
      ) : null}
    </span>
  );
}
