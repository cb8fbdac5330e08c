import type { StateCreator } from 'zustand';

export const VIEWS = ['teams', 'items', 'decisions', 'meetings', 'import', 'settings'] as const;
export type View = (typeof VIEWS)[number];

export type NavigationSlice = {
  view: View;
  setView: (view: View) => void;
};

export const navigationSlice: StateCreator<NavigationSlice, [], [], NavigationSlice> = (set) => ({
  view: 'teams',
  setView: (view) => set({ view }),
});
