import { startNewImport } from '../actions';
import type { PostChange } from './diff-thread';
import { postsToWrite, type RefreshPreview } from './refresh-thread';
import { formatDateTime } from '../../../lib/format/dates';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function ChangeList({ label, posts, preview }: { label: string; posts: PostChange[]; preview: RefreshPreview }) {
  if (posts.length === 0) return null;
  return (
    <>
      <h4>{label}</h4>
      <ul className="change-list" aria-label={label}>
        {posts.map((p) => {
          const isWritten = preview.plan.choices[p.key]?.include === true;
          return (
            <li key={p.key}>
              <span className="change-post">{p.postNumber !== undefined ? `#${p.postNumber}` : 'Post'} by {p.author}</span>
              <span className="change-excerpt">{p.excerpt || '(empty post)'}</span>
              {isWritten ? null : <span className="muted change-note">a reply, not a team update — left out</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** What a refresh found since the thread was last brought up to date, and the choice to apply it. */
export function RefreshChanges(props: { preview: RefreshPreview; isApplying: boolean; error: string | undefined; onApply: () => void; onClose: () => void }) {
  const { preview } = props;
  const { added, edited, unchanged, completed } = preview.changes;
  const writes = postsToWrite(preview);
  const since = formatDateTime(preview.lastSync);
  return (
    <div className="refresh-changes" aria-labelledby="refresh-changes-title">
      <h3 id="refresh-changes-title">Changes in “{preview.thread.title}”</h3>
      <p role="status">
        {added.length + edited.length === 0
          ? `Nothing new or edited since ${since}.`
          : `Since ${since}: ${plural(added.length, 'new post')}, ${plural(edited.length, 'edited post')}, ${unchanged} unchanged.`}
      </p>
      {completed > 0 ? (
        <p className="muted">
          {completed === 1 ? '1 stored post gets' : `${completed} stored posts get`} the forum’s dates, post numbers and links; {completed === 1 ? 'its text is' : 'their text is'} the same.
        </p>
      ) : null}
      <ChangeList label="New posts" posts={added} preview={preview} />
      <ChangeList label="Edited posts" posts={edited} preview={preview} />
      {props.error ? (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div className="import-actions">
        {writes > 0 ? (
          <button type="button" className="button primary" disabled={props.isApplying} onClick={props.onApply}>
            {props.isApplying ? 'Applying…' : `Apply ${plural(writes, 'change')}`}
          </button>
        ) : null}
        {added.length + edited.length > 0 ? (
          <button type="button" className="button" disabled={props.isApplying} onClick={() => void startNewImport(preview.files, { baseUrl: preview.origin, ...(preview.thread.url ? { topicUrl: preview.thread.url } : {}) })}>
            Review in the import preview
          </button>
        ) : null}
        <button type="button" className="button subtle" disabled={props.isApplying} onClick={props.onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
