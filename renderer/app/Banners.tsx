import { useEffect } from 'react';
import { useNotices, useStorageFull, useUi, type Notice } from '../store';

/** How long a confirmation stays; errors stay until dismissed. */
export const NOTICE_MS = 8000;

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  useEffect(() => {
    if (notice.tone === 'error') return undefined;
    const timer = setTimeout(() => onDismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);
  return (
    <div className={`notice is-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => onDismiss(notice.id)}>
        ×
      </button>
    </div>
  );
}

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
        {notices.slice(-3).map((n) => (
          <NoticeItem key={n.id} notice={n} onDismiss={dismissNotice} />
        ))}
      </div>
    </div>
  );
}
