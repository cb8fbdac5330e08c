/**
 * The UI store: one bound Zustand store combined from slices. It holds UI and session
 * state only (view, selection, drafts, banners); domain data lives in Dexie.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { navigationSlice, type NavigationSlice } from './slices/navigation-slice';
import { statusSlice, type StatusSlice } from './slices/status-slice';

export type UiState = NavigationSlice & StatusSlice;

export const useUi = create<UiState>()((...a) => ({
  ...navigationSlice(...a),
  ...statusSlice(...a),
}));

const initialState = useUi.getState();
/** Restores the initial state (tests call this after each test). */
export function resetUiStore(): void {
  useUi.setState(initialState, true);
}

export const useView = () => useUi((s) => s.view);
export const useSetView = () => useUi((s) => s.setView);
export const useDbStatus = () => useUi((s) => s.dbStatus);
export const useNotices = () => useUi(useShallow((s) => s.notices));
export const useStorageFull = () => useUi((s) => s.storageFull);
export { VIEWS, type View } from './slices/navigation-slice';
export type { DbStatus, Notice } from './slices/status-slice';
