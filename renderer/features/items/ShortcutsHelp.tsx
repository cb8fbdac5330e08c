import { useEffect, useRef } from 'react';

export const SHORTCUTS: [string, string][] = [
  ['j / ↓', 'Next item'],
  ['k / ↑', 'Previous item'],
  ['x / Space', 'Select or unselect the item (for changes to several items)'],
  ['t', 'Tag the item (or the selection)'],
  ['a', 'Assign SC members'],
  ['s', 'Change the status'],
  ['/', 'Search'],
  ['Ctrl+Z / ⌘Z', 'Undo the last change'],
  ['Esc', 'Close this list or clear the selection'],
  ['?', 'Show this list'],
];

/** The list of keyboard shortcuts (?); every shortcut also has a button or control. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="panel card" role="dialog" aria-modal="false" aria-labelledby="shortcuts-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="panel-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button ref={closeRef} type="button" className="button subtle" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
