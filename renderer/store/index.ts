/**
 * The UI store: one bound Zustand store combined from slices. It holds UI and session
 * state only (view, selection, drafts, banners); domain data lives in Dexie.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { navigationSlice, type NavigationSlice } from './slices/navigation-slice';
import { statusSlice, type StatusSlice } from './slices/status-slice';
import { triageSlice, type TriageSlice } from './slices/triage-slice';
import { decisionsSlice, type DecisionsSlice } from './slices/decisions-slice';
import { importSlice, type ImportSlice } from './slices/import-slice';
import { meetingsSlice, type MeetingsSlice } from './slices/meetings-slice';

export type UiState = NavigationSlice & StatusSlice & DecisionsSlice & MeetingsSlice & ImportSlice & TriageSlice;

export const useUi = create<UiState>()((...a) => ({
  ...navigationSlice(...a),
  ...statusSlice(...a),
  ...decisionsSlice(...a),
  ...meetingsSlice(...a),
  ...importSlice(...a),
  ...triageSlice(...a),
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

// Decisions screen (issue 5).
export const useDecisionsTab = () => useUi((s) => s.decisionsTab);
export const useSelectedDecisionId = () => useUi((s) => s.selectedDecisionId);
export const useDecisionFilters = () => useUi(useShallow((s) => s.decisionFilters));
export const useDecisionEditor = () => useUi((s) => s.decisionEditor);
export const useActionsFilter = () => useUi((s) => s.actionsFilter);
export const useExportRequest = () => useUi((s) => s.exportRequest);
/** Opens the Decisions screen with a new decision linked to the given items (for the Items screen's toolbar). */
export const openNewDecision: DecisionsSlice['openNewDecision'] = (opts) => useUi.getState().openNewDecision(opts);
export type { ActionsFilter, DecisionEditor, DecisionFilters, DecisionsTab, ExportRequest } from './slices/decisions-slice';

// Meetings screen (issue 6).
export const useMeetingsTab = () => useUi((s) => s.meetingsTab);
export const useOpenMeetingId = () => useUi((s) => s.openMeetingId);
export const useMeetingMode = () => useUi((s) => s.meetingMode);
export const useRoundDraft = () => useUi(useShallow((s) => s.roundDraft));
export const useMeetingsActions = () =>
  useUi(useShallow((s) => ({
    setMeetingsTab: s.setMeetingsTab, openMeeting: s.openMeeting, closeMeeting: s.closeMeeting, setMeetingMode: s.setMeetingMode,
    setRoundDraft: s.setRoundDraft, clearRoundDraft: s.clearRoundDraft,
  })));
export type { MeetingMode, MeetingsTab, RoundDraft } from './slices/meetings-slice';

// Import screen (issue 3).
export const useImportPhase = () => useUi((s) => s.importPhase);
export const useImportPlan = () => useUi((s) => s.importPlan);
export const useImportFiles = () => useUi((s) => s.importFiles);
export const useImportSplits = () => useUi((s) => s.importSplits);
export type { ImportPhase } from './slices/import-slice';

// Triage workspace: Teams and Items (issue 4).
export const useItemFilter = () => useUi(useShallow((s) => s.itemFilter));
export const useSavedFilter = () => useUi((s) => s.savedFilter);
export const useItemSort = () => useUi((s) => s.itemSort);
export const useItemQuery = () => useUi((s) => s.itemQuery);
export const useActiveItemId = () => useUi((s) => s.activeItemId);
export const useSelectedItemIds = () => useUi(useShallow((s) => s.selectedItemIds));
export const useTriagePanel = () => useUi((s) => s.triagePanel);
export const useFocusRequest = () => useUi(useShallow((s) => s.focusRequest));
export const useActiveTeamId = () => useUi((s) => s.activeTeamId);
export const useMePromptOpen = () => useUi((s) => s.mePromptOpen);
export const useTriageActions = () =>
  useUi(useShallow((s) => ({
    setItemFilter: s.setItemFilter, clearItemFilter: s.clearItemFilter, applySavedFilter: s.applySavedFilter, setItemSort: s.setItemSort,
    setItemQuery: s.setItemQuery, setActiveItem: s.setActiveItem, toggleSelected: s.toggleSelected, setSelected: s.setSelected,
    setTriagePanel: s.setTriagePanel, requestFocus: s.requestFocus, setActiveTeam: s.setActiveTeam, setMePromptOpen: s.setMePromptOpen,
  })));
export type { FocusTarget, TriagePanel } from './slices/triage-slice';
