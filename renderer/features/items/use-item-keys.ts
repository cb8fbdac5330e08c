/**
 * Keyboard shortcuts of the Items view (issue 4): j/k move, x selects, t/a/s focus the
 * tag, assignee and status controls, / searches, ? lists the shortcuts, Ctrl/Cmd+Z undoes.
 * Single letters are ignored while the member types in a field.
 */
import { useEffect } from 'react';
import type { ItemId } from '../../../shared/model';
import { useUi } from '../../store';
import { undoLast } from './actions';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export type ItemKeysOptions = {
  visibleIds: () => readonly ItemId[];
  focusSearch: () => void;
  focusList: () => void;
};

export function useItemKeys({ visibleIds, focusSearch, focusList }: ItemKeysOptions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const ui = useUi.getState();
      if (event.defaultPrevented || ui.mePromptOpen) return;
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        // In a text field, Ctrl+Z undoes typing, not the last saved change.
        if (isTyping(event.target)) return;
        event.preventDefault();
        void undoLast();
        return;
      }
      if (event.key === 'Escape') {
        if (ui.triagePanel !== 'none') ui.setTriagePanel('none');
        else if (ui.selectedItemIds.length > 0) ui.setSelected([]);
        else return;
        focusList();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const ids = visibleIds();
      const at = ui.activeItemId === null ? -1 : ids.indexOf(ui.activeItemId);
      const move = (to: number) => {
        const id = ids[Math.max(0, Math.min(ids.length - 1, to))];
        if (id !== undefined) ui.setActiveItem(id);
        focusList();
      };
      const actions: Record<string, () => void> = {
        j: () => move(at + 1),
        k: () => move(at < 0 ? 0 : at - 1),
        x: () => {
          if (ui.activeItemId !== null) ui.toggleSelected(ui.activeItemId);
        },
        t: () => ui.requestFocus('tags'),
        a: () => ui.requestFocus('assignees'),
        s: () => ui.requestFocus('status'),
        '/': focusSearch,
        '?': () => ui.setTriagePanel(ui.triagePanel === 'shortcuts' ? 'none' : 'shortcuts'),
      };
      const run = actions[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [visibleIds, focusSearch, focusList]);
}
