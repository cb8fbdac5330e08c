import { useNotices, useStorageFull, useUi } from '../store';

/** Persistent warnings (storage full) and short notices (saved, imported…). */
export function Banners() {
  const storageFull = useStorageFull();
  const notices = useNotices();
  const { setStorageFull, dismissNotice } = useUi.getState();
  return (
    <div className="banners">
      {storageFull ? (
        <div className="banner is-error" role="alert">
          <strong>Your disk or browser storage is full — the last change was not saved.</strong> What you typed is still on screen. Free some disk space (or
          export a backup and remove old imports), then try again.
          <button type="button" className="button" onClick={() => setStorageFull(false)}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div className="notices" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice is-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
            <span>{n.text}</span>
            <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismissNotice(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
