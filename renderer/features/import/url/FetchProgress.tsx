/** "20 of 45 posts fetched", a progress bar and Cancel — shown while a thread is fetched or refreshed. */
export function FetchProgress({ fetched, total, onCancel }: { fetched: number; total: number; onCancel: () => void }) {
  return (
    <div className="fetch-progress" role="status" aria-live="polite">
      <p>{total > 0 ? `${fetched} of ${total} posts fetched` : 'Connecting to the forum…'}</p>
      <progress max={Math.max(total, 1)} value={fetched} aria-label="Posts fetched" />
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
