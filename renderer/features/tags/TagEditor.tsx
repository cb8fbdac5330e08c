/**
 * Tags of one item or of a multi-selection (issue 4): current tags with remove buttons, a
 * field that adds an existing tag or creates a new one, and suggested tags from the item's
 * kind and ask type (shared/triage/tags). For a selection, a tag only some items have is
 * shown apart, as "name (2 of 3)" in a dashed chip, with + to put it on all of them and ×
 * to take it off those that have it (the mixed state of Gmail's and Linear's label menus),
 * so the bar never suggests that every selected item has it.
 */
import { useState, type FormEvent, type RefObject } from 'react';
import type { ItemId, TagId, TagRow } from '../../../shared/model';
import { suggestTagNames } from '../../../shared/triage/tags';
import { addTagByName, addTags, removeTags } from '../items/actions';
import { TagChip } from './TagChip';

export type TagEditorProps = {
  itemIds: readonly ItemId[];
  /** Tags on the item (for a selection: tags on every one of them). */
  current: readonly TagId[];
  /** For a selection: tags on some of the items only, with how many carry each. */
  mixed?: readonly { tagId: TagId; count: number }[];
  tags: readonly TagRow[];
  /** For suggestions: the item's kind, ask type and text (omitted for a multi-selection). */
  suggestFor?: Parameters<typeof suggestTagNames>[0];
  inputRef?: RefObject<HTMLInputElement | null>;
  idPrefix: string;
};

export function TagEditor({ itemIds, current, mixed = [], tags, suggestFor, inputRef, idPrefix }: TagEditorProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const byId = new Map(tags.map((t) => [t.id as string, t]));
  const currentTags = current.map((id) => byId.get(id)).filter((t) => t !== undefined);
  const mixedTags = mixed.flatMap(({ tagId, count }) => {
    const tag = byId.get(tagId);
    return tag ? [{ tag, count }] : [];
  });
  const suggestions = suggestFor ? suggestTagNames(suggestFor, currentTags.map((t) => t.name)) : [];

  const add = async (tagName: string) => {
    const failure = await addTagByName(itemIds, tagName);
    setError(failure);
    if (!failure) setName('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void add(name);
  };
  const errorId = `${idPrefix}-tag-error`;

  return (
    <div className="tag-editor">
      {currentTags.length > 0 || mixedTags.length > 0 ? (
        <ul className="chip-list" aria-label="Tags">
          {currentTags.map((t) => (
            <li key={t.id}>
              <TagChip tag={t} onRemove={() => void removeTags(itemIds, [t.id]).then(setError)} />
            </li>
          ))}
          {mixedTags.map(({ tag: t, count }) => (
            <li key={t.id}>
              <TagChip
                tag={t}
                share={{ count, total: itemIds.length }}
                onAddToAll={() => void addTags(itemIds, [t.id]).then(setError)}
                onRemove={() => void removeTags(itemIds, [t.id]).then(setError)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No tags yet.</p>
      )}
      <form className="inline-form compact" onSubmit={submit}>
        <label className="field">
          <span>Add a tag</span>
          <input
            ref={inputRef}
            value={name}
            list={`${idPrefix}-tag-names`}
            onChange={(e) => setName(e.target.value)}
            placeholder="Tag name"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </label>
        <datalist id={`${idPrefix}-tag-names`}>
          {tags.map((t) => (
            <option key={t.id} value={t.name} />
          ))}
        </datalist>
        <button type="submit" className="button">
          Add tag
        </button>
      </form>
      {suggestions.length > 0 ? (
        <p className="suggestions">
          <span className="muted">Suggested:</span>{' '}
          {suggestions.map((s) => (
            <button key={s} type="button" className="button subtle suggestion" aria-label={`Add suggested tag ${s}`} onClick={() => void add(s)}>
              + {s}
            </button>
          ))}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
