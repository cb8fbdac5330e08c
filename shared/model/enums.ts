/**
 * The closed vocabularies of the domain. Each is a const tuple so that zod
 * schemas, TypeScript unions and UI pickers share one list.
 */

/** Section of a team update, normalised from the many headings real posts use. */
export const SECTION_KINDS = ['status', 'people', 'blockers', 'upcoming', 'budget', 'requests', 'other'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** What an item extracted from a section is. `ask` items are things a team needs from the SC or another team. */
export const ITEM_KINDS = ['status', 'people', 'blocker', 'upcoming', 'budget', 'request', 'other'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ASK_TYPES = ['approval', 'access', 'budget', 'people', 'process', 'information'] as const;
export type AskType = (typeof ASK_TYPES)[number];

/** Triage status of an item: new → triaged → on agenda → decided / resolved / deferred / not for SC. */
export const ITEM_STATUSES = ['new', 'triaged', 'on-agenda', 'decided', 'resolved', 'deferred', 'not-for-sc'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const DECISION_STATUSES = ['proposed', 'approved', 'rejected', 'deferred', 'withdrawn', 'superseded'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const VOTES = ['+1', '-1', 'abstain', 'none'] as const;
export type Vote = (typeof VOTES)[number];

export const CONFIDENTIALITY = ['public', 'sc-internal', 'confidential'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY)[number];

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MEETING_STATUSES = ['draft', 'planned', 'held', 'minutes-published'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ATTENDANCE = ['present', 'absent', 'late'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const SOURCE_KINDS = [
  'discourse-topic-json',
  'discourse-posts-json',
  'discourse-post-json',
  'discourse-raw',
  'discourse-rss',
  'discourse-csv',
  'markdown',
  'plain-text',
  'url',
  'minutes',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
