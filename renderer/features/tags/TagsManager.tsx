/**
 * Managing tags (issue 4): create, rename, recolour, merge and delete. Deleting a tag that
 * items carry asks first and says how many items carry it.
 */
import { useState, type FormEvent } from 'react';
import type { TagId, TagRow } from '../../../shared/model';
import { useTagUsage, useTags } from '../../db/hooks/tags';
import { mergeInto, newTag, recolor, removeTag, renameTagTo } from './actions';

export function TagsManager({ onClose }: { onClose: () => void }) {
  const tags = useTags() ?? [];
  const usage = useTagUsage();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await newTag(name);
    setError(failure);
    if (!failure) setName('');
  };
  return (
    <div className="panel card" role="dialog" aria-modal="false" aria-labelledby="tags-manager-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="panel-head">
        <h2 id="tags-manager-title">Tags</h2>
        <button type="button" className="button subtle" onClick={onClose}>
          Close
        </button>
      </div>
      <form className="inline-form" onSubmit={create}>
        <label className="field">
          <span>New tag</span>
          <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'tags-manager-error' : undefined} />
        </label>
        <button type="submit" className="button primary">
          Create tag
        </button>
      </form>
      {error ? (
        <p id="tags-manager-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {tags.length === 0 ? <p className="muted">No tags yet.</p> : null}
      <ul className="tag-rows" aria-label="All tags">
        {tags.map((t) => (
          // Keyed by name too, so a rename from elsewhere (or an undo) resets the field.
          <TagRowEditor key={`${t.id}:${t.name}`} tag={t} others={tags.filter((o) => o.id !== t.id)} count={usage?.get(t.id) ?? 0} />
        ))}
      </ul>
    </div>
  );
}

function TagRowEditor({ tag, others, count }: { tag: TagRow; others: TagRow[]; count: number }) {
  const [name, setName] = useState(tag.name);
  const [mergeTarget, setMergeTarget] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rename = async () => {
    if (name.trim() !== tag.name) setError(await renameTagTo(tag.id, name));
  };
  const remove = async () => {
    if (count > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setError(await removeTag(tag.id));
  };
  return (
    <li className="tag-row">
      <form
        className="tag-row-form"
        onSubmit={(e) => {
          e.preventDefault();
          void rename();
        }}
      >
        <label className="field compact-field">
          <span>Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} onBlur={() => void rename()} />
        </label>
        <label className="field compact-field">
          <span>Colour</span>
          <input type="color" value={tag.color} onChange={(e) => void recolor(tag.id, e.target.value).then(setError)} />
        </label>
        <span className="muted tag-count">{count === 1 ? '1 item' : `${count} items`}</span>
        <label className="field compact-field">
          <span id={`merge-label-${tag.id}`}>Merge into</span>
          <select aria-labelledby={`merge-label-${tag.id}`} value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)}>
            <option value="">Choose a tag…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={!mergeTarget} onClick={() => void mergeInto([tag.id], mergeTarget as TagId).then(setError)}>
          Merge
        </button>
        <button type="button" className="button danger" onClick={() => void remove()}>
          Delete
        </button>
      </form>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby={`confirm-${tag.id}`}>
          <p id={`confirm-${tag.id}`}>
            {count === 1 ? '1 item carries' : `${count} items carry`} “{tag.name}”. Delete the tag and take it off {count === 1 ? 'that item' : 'those items'}?
          </p>
          <div className="button-row">
            <button type="button" className="button danger" onClick={() => void remove()}>
              Delete “{tag.name}”
            </button>
            <button type="button" className="button subtle" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
