/**
 * UI state of the triage workspace (issue 4): the Items filters, sort and search words,
 * the active and selected items, the open panel, and the team shown in the Teams view.
 * Domain data stays in Dexie; this is only what the member is looking at.
 */
import type { StateCreator } from 'zustand';
import type { ItemId, TeamId } from '../../../shared/model';
import type { ItemFilter, ItemSort, SavedFilterId } from '../../../shared/triage/filters';

/** Panels of the Items view that take the keyboard: the tag manager and the shortcut list. */
export type TriagePanel = 'none' | 'tags' | 'shortcuts';

/** A control the keyboard shortcuts t, a and s move the focus to. */
export type FocusTarget = 'tags' | 'assignees' | 'status' | null;

export type TriageSlice = {
  itemFilter: ItemFilter;
  savedFilter: SavedFilterId | null;
  itemSort: ItemSort;
  itemQuery: string;
  activeItemId: ItemId | null;
  selectedItemIds: ItemId[];
  triagePanel: TriagePanel;
  focusRequest: { target: FocusTarget; seq: number };
  activeTeamId: TeamId | null;
  /** Set while an edit waits for the member to say who they are (issue 4: prompt on first edit). */
  mePromptOpen: boolean;
  setItemFilter: (patch: Partial<ItemFilter>) => void;
  clearItemFilter: () => void;
  applySavedFilter: (id: SavedFilterId | null, filter: ItemFilter | null) => void;
  setItemSort: (sort: ItemSort) => void;
  setItemQuery: (query: string) => void;
  setActiveItem: (id: ItemId | null) => void;
  toggleSelected: (id: ItemId) => void;
  setSelected: (ids: ItemId[]) => void;
  setTriagePanel: (panel: TriagePanel) => void;
  requestFocus: (target: FocusTarget) => void;
  setActiveTeam: (id: TeamId | null) => void;
  setMePromptOpen: (open: boolean) => void;
};

export const triageSlice: StateCreator<TriageSlice, [], [], TriageSlice> = (set) => ({
  itemFilter: {},
  savedFilter: null,
  itemSort: 'team',
  itemQuery: '',
  activeItemId: null,
  selectedItemIds: [],
  triagePanel: 'none',
  focusRequest: { target: null, seq: 0 },
  activeTeamId: null,
  mePromptOpen: false,
  setItemFilter: (patch) =>
    set((s) => {
      const next: ItemFilter = { ...s.itemFilter, ...patch };
      for (const key of Object.keys(next) as (keyof ItemFilter)[]) if (next[key] === undefined || next[key] === false) delete next[key];
      return { itemFilter: next, savedFilter: null };
    }),
  clearItemFilter: () => set({ itemFilter: {}, savedFilter: null }),
  applySavedFilter: (savedFilter, filter) => set({ savedFilter, itemFilter: filter ?? {} }),
  setItemSort: (itemSort) => set({ itemSort }),
  setItemQuery: (itemQuery) => set({ itemQuery }),
  setActiveItem: (activeItemId) => set({ activeItemId }),
  toggleSelected: (id) => set((s) => ({ selectedItemIds: s.selectedItemIds.includes(id) ? s.selectedItemIds.filter((x) => x !== id) : [...s.selectedItemIds, id] })),
  setSelected: (selectedItemIds) => set({ selectedItemIds }),
  setTriagePanel: (triagePanel) => set({ triagePanel }),
  requestFocus: (target) => set((s) => ({ focusRequest: { target, seq: s.focusRequest.seq + 1 } })),
  setActiveTeam: (activeTeamId) => set({ activeTeamId }),
  setMePromptOpen: (mePromptOpen) => set({ mePromptOpen }),
});
