/**
 * UI state of the Meetings screen (issue 6): the open tab, the open meeting and its mode,
 * and the round planner's draft (teams, day, times) until the meetings are created.
 * Meetings, agendas and minutes themselves live in Dexie.
 */
import type { StateCreator } from 'zustand';
import type { MeetingId } from '../../../shared/model';

export type MeetingsTab = 'upcoming' | 'plan' | 'templates';
export type MeetingMode = 'agenda' | 'minutes' | 'export';

/** The round planner's unsaved input. */
export type RoundDraft = {
  title: string;
  teamIds: string[];
  date: string;
  /** Start per team (`HH:mm`); parallel meetings share a time. */
  times: Record<string, string>;
  timeZone: string;
  durationMin: number;
};

export const EMPTY_ROUND: RoundDraft = { title: '', teamIds: [], date: '', times: {}, timeZone: 'UTC', durationMin: 30 };

export type MeetingsSlice = {
  meetingsTab: MeetingsTab;
  openMeetingId: MeetingId | null;
  meetingMode: MeetingMode;
  roundDraft: RoundDraft;
  setMeetingsTab: (tab: MeetingsTab) => void;
  openMeeting: (id: MeetingId, mode?: MeetingMode) => void;
  closeMeeting: () => void;
  setMeetingMode: (mode: MeetingMode) => void;
  setRoundDraft: (patch: Partial<RoundDraft>) => void;
  clearRoundDraft: () => void;
};

export const meetingsSlice: StateCreator<MeetingsSlice, [], [], MeetingsSlice> = (set) => ({
  meetingsTab: 'upcoming',
  openMeetingId: null,
  meetingMode: 'agenda',
  roundDraft: EMPTY_ROUND,
  setMeetingsTab: (meetingsTab) => set({ meetingsTab, openMeetingId: null }),
  openMeeting: (openMeetingId, meetingMode = 'agenda') => set({ openMeetingId, meetingMode }),
  closeMeeting: () => set({ openMeetingId: null }),
  setMeetingMode: (meetingMode) => set({ meetingMode }),
  setRoundDraft: (patch) => set((s) => ({ roundDraft: { ...s.roundDraft, ...patch } })),
  clearRoundDraft: () => set({ roundDraft: EMPTY_ROUND }),
});
