/**
 * File › Import from URL… asks the "From the forum" panel to take focus. The menu command
 * may arrive while the panel is not on screen (another view, or a preview open), so the
 * request waits until the panel mounts. This is a one-shot signal, not state to keep.
 */
import { useEffect } from 'react';

let isPending = false;
const listeners = new Set<() => void>();

/** Ask the panel to focus its address field (now, or as soon as it is shown). */
export function requestUrlPanel(): void {
  if (listeners.size === 0) isPending = true;
  else listeners.forEach((listener) => listener());
}

/** Calls `onRequest` for every request, including one made before the panel mounted. */
export function useUrlPanelRequest(onRequest: () => void): void {
  useEffect(() => {
    if (isPending) {
      isPending = false;
      onRequest();
    }
    listeners.add(onRequest);
    return () => {
      listeners.delete(onRequest);
    };
  }, [onRequest]);
}
