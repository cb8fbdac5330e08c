/**
 * UI state of the Decisions screen (issue 5): which tab and decision are open, the log's
 * filters, the decision editor, the action list's view and the export dialog. Domain data
 * (decisions, votes, actions, templates) stays in Dexie.
 */
import type { StateCreator } from 'zustand';
import type { DecisionId, DecisionStatus, ItemId } from '../../../shared/model';
import type { NavigationSlice } from './navigation-slice';

export type DecisionsTab = 'log' | 'actions' | 'templates';
export type ActionsFilter = 'overdue' | 'week' | 'open' | 'all';

export type DecisionFilters = {
  teamId: string;
  status: DecisionStatus | '';
  /** Inclusive day range (`YYYY-MM-DD`, empty for open-ended). */
  from: string;
  to: string;
  tagId: string;
  query: string;
};

export const NO_DECISION_FILTERS: DecisionFilters = { teamId: '', status: '', from: '', to: '', tagId: '', query: '' };

/** The decision form: a new decision (optionally from items) or an edit of an existing one. */
export type DecisionEditor = { mode: 'new'; itemIds: ItemId[] } | { mode: 'edit'; decisionId: DecisionId } | null;

/** What the export dialog is exporting. */
export type ExportRequest = { kind: 'vote-log'; decisionId: DecisionId } | { kind: 'decision-log' } | null;

export type DecisionsSlice = {
  decisionsTab: DecisionsTab;
  selectedDecisionId: DecisionId | null;
  decisionFilters: DecisionFilters;
  decisionEditor: DecisionEditor;
  actionsFilter: ActionsFilter;
  exportRequest: ExportRequest;
  setDecisionsTab: (tab: DecisionsTab) => void;
  selectDecision: (id: DecisionId | null) => void;
  setDecisionFilters: (patch: Partial<DecisionFilters>) => void;
  clearDecisionFilters: () => void;
  /** Opens the Decisions screen with a new-decision form, linked to `itemIds` (the Items screen's toolbar calls this). */
  openNewDecision: (opts?: { itemIds?: readonly ItemId[] }) => void;
  editDecision: (id: DecisionId) => void;
  closeDecisionEditor: () => void;
  setActionsFilter: (filter: ActionsFilter) => void;
  openExport: (request: Exclude<ExportRequest, null>) => void;
  closeExport: () => void;
};

export const decisionsSlice: StateCreator<DecisionsSlice & NavigationSlice, [], [], DecisionsSlice> = (set) => ({
  decisionsTab: 'log',
  selectedDecisionId: null,
  decisionFilters: NO_DECISION_FILTERS,
  decisionEditor: null,
  actionsFilter: 'open',
  exportRequest: null,
  setDecisionsTab: (decisionsTab) => set({ decisionsTab }),
  selectDecision: (selectedDecisionId) => set({ selectedDecisionId, decisionEditor: null }),
  setDecisionFilters: (patch) => set((s) => ({ decisionFilters: { ...s.decisionFilters, ...patch } })),
  clearDecisionFilters: () => set({ decisionFilters: NO_DECISION_FILTERS }),
  openNewDecision: (opts = {}) => set({ view: 'decisions', decisionsTab: 'log', decisionEditor: { mode: 'new', itemIds: [...(opts.itemIds ?? [])] } }),
  editDecision: (decisionId) => set({ decisionEditor: { mode: 'edit', decisionId } }),
  closeDecisionEditor: () => set({ decisionEditor: null }),
  setActionsFilter: (actionsFilter) => set({ actionsFilter }),
  openExport: (exportRequest) => set({ exportRequest }),
  closeExport: () => set({ exportRequest: null }),
});
