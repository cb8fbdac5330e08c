/**
 * Row shapes of every table, as zod schemas. They are the one source of truth for:
 * the TypeScript types the app uses, the validation of backups before a restore,
 * and the checks of IPC payloads that carry rows.
 *
 * Schemas are `.loose()`: a database written by a newer version of the app may carry
 * fields this version does not know, and those must survive a read-modify-write
 * (SECURITY.md check 39). Dates are ISO-8601 strings (UTC instants `…Z`, or calendar
 * days `YYYY-MM-DD`), never Date objects, so rows serialise to JSON unchanged.
 */
import { z } from 'zod';
import {
  ACTION_STATUSES, ASK_TYPES, ATTENDANCE, CONFIDENTIALITY, DECISION_STATUSES, ITEM_KINDS, ITEM_STATUSES,
  MEETING_STATUSES, PRIORITIES, SECTION_KINDS, SOURCE_KINDS, VOTES,
} from './enums';
import type {
  ActionId, AgendaEntryId, DecisionId, ItemId, MeetingId, MemberId, SourceId, TagId, TeamId, TemplateId,
  ThreadId, UpdateId,
} from './ids';

const id = <T extends string>() => z.string().min(1).max(200).transform((s) => s as T);
/** An instant, e.g. `2024-11-25T10:00:00.000Z`. */
export const isoInstant = z.iso.datetime({ offset: true });
/** A calendar day, e.g. `2024-12-09`. */
export const isoDay = z.iso.date();
const text = (max = 1_000_000) => z.string().max(max);

export const sourceRow = z.looseObject({
  id: id<SourceId>(),
  kind: z.enum(SOURCE_KINDS),
  name: text(1000),
  importedAt: isoInstant,
  threadId: id<ThreadId>().optional(),
  /** Content hash of what was imported, to tell a repeat import from a new one. */
  sha: z.string().max(200).optional(),
});
export type SourceRow = z.infer<typeof sourceRow>;

/** Limits of the thread and update rows' imported fields; the import builds rows within them (renderer/db/repos/import-repo.ts). */
export const POST_LIMITS = { title: 1000, url: 2000, host: 300, author: 300 } as const;

export const threadRow = z.looseObject({
  id: id<ThreadId>(),
  title: text(POST_LIMITS.title),
  /** The title was made up at import (from the topic's address or number); the topic's own title replaces it. */
  isTitleGuess: z.boolean().optional(),
  /** Discourse topic id, when known. */
  topicId: z.number().int().nonnegative().optional(),
  url: z.string().max(POST_LIMITS.url).optional(),
  host: z.string().max(POST_LIMITS.host).optional(),
  createdAt: isoInstant.optional(),
  importedAt: isoInstant,
  refreshedAt: isoInstant.optional(),
});
export type ThreadRow = z.infer<typeof threadRow>;

export const teamRow = z.looseObject({
  id: id<TeamId>(),
  name: text(300).min(1),
  aliases: z.array(text(300)),
  /** Discourse group handles such as `@NixOS/documentation-team`. */
  groupHandles: z.array(text(300)),
  /** Discourse usernames of team members (without `@`). */
  members: z.array(text(300)),
  /** SC members who follow this team. */
  assigneeIds: z.array(id<MemberId>()),
  createdAt: isoInstant,
  /** Proposed by an import and not yet confirmed by an SC member. */
  isProposed: z.boolean().optional(),
});
export type TeamRow = z.infer<typeof teamRow>;

export const sectionShape = z.looseObject({
  kind: z.enum(SECTION_KINDS),
  heading: text(1000),
  text: text(),
});
export type Section = z.infer<typeof sectionShape>;

export const revisionShape = z.looseObject({ raw: text(), editedAt: isoInstant.optional(), replacedAt: isoInstant });
export type Revision = z.infer<typeof revisionShape>;

export const updateRow = z.looseObject({
  id: id<UpdateId>(),
  threadId: id<ThreadId>(),
  teamId: id<TeamId>().nullable(),
  sourceId: id<SourceId>().optional(),
  postId: z.number().int().optional(),
  postNumber: z.number().int().optional(),
  author: text(POST_LIMITS.author),
  postedAt: isoInstant.optional(),
  editedAt: isoInstant.optional(),
  url: z.string().max(POST_LIMITS.url).optional(),
  /** The post as Markdown (Discourse `raw`, or converted). Rendered only through the sanitizer. */
  raw: text(),
  isTeamUpdate: z.boolean(),
  /** Post number this reply discusses, when it is not itself a team update. */
  replyTo: z.number().int().optional(),
  sections: z.array(sectionShape),
  revisions: z.array(revisionShape),
});
export type UpdateRow = z.infer<typeof updateRow>;

export const noteShape = z.looseObject({
  id: z.string().max(200),
  text: text(100_000),
  by: text(300),
  at: isoInstant,
  /** Shareable notes may go back to the team; the rest stay SC-internal. */
  shareable: z.boolean(),
});
export type Note = z.infer<typeof noteShape>;

/**
 * The longest texts an item row holds. Imported text is cut to them when the row is built
 * (shared/import/bounded-item.ts), so an import never writes a row that a restore refuses.
 */
export const ITEM_LIMITS = { text: 100_000, mention: 300, link: 2000, amountText: 200, currency: 10 } as const;

export const entityShape = z.looseObject({
  mentions: z.array(text(ITEM_LIMITS.mention)),
  links: z.array(z.string().max(ITEM_LIMITS.link)),
  dates: z.array(isoDay),
  amounts: z.array(z.looseObject({ text: text(ITEM_LIMITS.amountText), value: z.number().optional(), currency: z.string().max(ITEM_LIMITS.currency).optional() })),
});
export type Entities = z.infer<typeof entityShape>;

export const itemRow = z.looseObject({
  id: id<ItemId>(),
  updateId: id<UpdateId>(),
  threadId: id<ThreadId>(),
  teamId: id<TeamId>().nullable(),
  kind: z.enum(ITEM_KINDS),
  text: text(ITEM_LIMITS.text),
  /** The post's paragraph was longer than an item holds; `text` is its start (the post keeps all of it). */
  isTextCut: z.boolean().optional(),
  isAsk: z.boolean(),
  askType: z.enum(ASK_TYPES).optional(),
  /** Character offsets of the quoted span inside the update's `raw`. */
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  entities: entityShape,
  status: z.enum(ITEM_STATUSES),
  statusReason: text(2000).optional(),
  // Fields added by schema v2 default as migration 0002 backfills them, so that a backup
  // written before that migration (e.g. the automatic pre-migration one) still restores.
  priority: z.enum(PRIORITIES).default('normal'),
  tagIds: z.array(id<TagId>()),
  assigneeIds: z.array(id<MemberId>()),
  seenBy: z.array(id<MemberId>()).default(() => []),
  confidential: z.boolean(),
  notes: z.array(noteShape).default(() => []),
  decisionIds: z.array(id<DecisionId>()).default(() => []),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** The item no longer appears in the latest revision of its post. */
  isGone: z.boolean().optional(),
});
export type ItemRow = z.infer<typeof itemRow>;

export const tagRow = z.looseObject({
  id: id<TagId>(),
  name: text(100).min(1),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type TagRow = z.infer<typeof tagRow>;

export const voteShape = z.looseObject({ memberId: id<MemberId>(), vote: z.enum(VOTES), rationale: text(10_000).optional() });
export type VoteRecord = z.infer<typeof voteShape>;

export const decisionRow = z.looseObject({
  id: id<DecisionId>(),
  /** Sequence number used for vote-log file names (`0031-slug.md`). */
  number: z.number().int().positive(),
  title: text(1000).min(1),
  motion: text(100_000),
  options: z.array(text(2000)),
  status: z.enum(DECISION_STATUSES),
  supersededBy: id<DecisionId>().optional(),
  proposerId: id<MemberId>().optional(),
  decidedOn: isoDay.optional(),
  venue: z.discriminatedUnion('kind', [
    z.looseObject({ kind: z.literal('meeting'), meetingId: id<MeetingId>().optional() }),
    z.looseObject({ kind: z.literal('async'), opensAt: isoInstant, closesAt: isoInstant, timeZone: z.string().max(100), channel: text(300).optional() }),
  ]),
  votes: z.array(voteShape),
  rationale: text(100_000),
  confidentiality: z.enum(CONFIDENTIALITY),
  confidentialUntil: isoDay.optional(),
  reviewOn: isoDay.optional(),
  itemIds: z.array(id<ItemId>()),
  teamIds: z.array(id<TeamId>()),
  threadId: id<ThreadId>().optional(),
  meetingId: id<MeetingId>().optional(),
  tagIds: z.array(id<TagId>()),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type DecisionRow = z.infer<typeof decisionRow>;

export const ownerShape = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('member'), memberId: id<MemberId>() }),
  z.looseObject({ kind: z.literal('team'), teamId: id<TeamId>() }),
  z.looseObject({ kind: z.literal('person'), name: text(300).min(1) }),
]);
export type Owner = z.infer<typeof ownerShape>;

export const actionRow = z.looseObject({
  id: id<ActionId>(),
  text: text(10_000).min(1),
  owner: ownerShape,
  dueOn: isoDay.optional(),
  status: z.enum(ACTION_STATUSES),
  origin: z.discriminatedUnion('kind', [
    z.looseObject({ kind: z.literal('decision'), decisionId: id<DecisionId>() }),
    z.looseObject({ kind: z.literal('meeting'), meetingId: id<MeetingId>() }),
    z.looseObject({ kind: z.literal('item'), itemId: id<ItemId>() }),
    z.looseObject({ kind: z.literal('none') }),
  ]),
  teamId: id<TeamId>().nullable(),
  /** Meeting where this action is currently tracked (moves forward on carry-over). */
  meetingId: id<MeetingId>().optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type ActionRow = z.infer<typeof actionRow>;

export const meetingRow = z.looseObject({
  id: id<MeetingId>(),
  title: text(1000).min(1),
  teamIds: z.array(id<TeamId>()),
  /** A round groups the parallel team meetings that follow one update thread. */
  roundId: z.string().max(200).optional(),
  /** Meetings of one series (a team's meetings, or the SC's own) carry over to each other. */
  seriesKey: z.string().max(300),
  startsAt: isoInstant.optional(),
  timeZone: z.string().max(100),
  durationMin: z.number().int().positive().max(24 * 60),
  memberIds: z.array(id<MemberId>()),
  teamReps: z.array(text(300)),
  observers: z.array(text(300)),
  chairId: id<MemberId>().optional(),
  recorderId: id<MemberId>().optional(),
  status: z.enum(MEETING_STATUSES),
  templateId: id<TemplateId>().optional(),
  attendance: z.record(z.string().max(300), z.enum(ATTENDANCE)),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type MeetingRow = z.infer<typeof meetingRow>;

export const agendaEntryRow = z.looseObject({
  id: id<AgendaEntryId>(),
  meetingId: id<MeetingId>(),
  section: text(300),
  /** Fractional order inside the meeting so that a move writes one row. */
  order: z.number(),
  title: text(2000),
  itemId: id<ItemId>().optional(),
  decisionId: id<DecisionId>().optional(),
  actionId: id<ActionId>().optional(),
  timeboxMin: z.number().int().nonnegative().max(24 * 60).optional(),
  presenter: text(300).optional(),
  confidential: z.boolean(),
  minutes: text(100_000),
  conclusion: text(10_000),
  isDone: z.boolean(),
  /** Entry this one was carried over from. */
  carriedFrom: id<AgendaEntryId>().optional(),
});
export type AgendaEntryRow = z.infer<typeof agendaEntryRow>;

export const memberRow = z.looseObject({
  id: id<MemberId>(),
  name: text(300).min(1),
  /** Discourse / GitHub handle without `@`. */
  handle: text(300),
  unavailable: z.array(isoDay),
  conflictTeamIds: z.array(id<TeamId>()),
  isActive: z.boolean(),
});
export type MemberRow = z.infer<typeof memberRow>;

export const settingRow = z.looseObject({ key: z.string().min(1).max(200), value: z.unknown() });
export type SettingRow = z.infer<typeof settingRow>;

export const templateRow = z.looseObject({
  id: id<TemplateId>(),
  /** `meeting` templates hold agenda sections; `export` templates hold Markdown layouts. */
  kind: z.enum(['meeting', 'export']),
  name: text(300).min(1),
  body: text(200_000),
  isBuiltIn: z.boolean(),
  updatedAt: isoInstant,
});
export type TemplateRow = z.infer<typeof templateRow>;

/** The longest history summary and author name; history-repo cuts to them (a 10,000-character action wrote a 10,027-character summary). */
export const HISTORY_LIMITS = { summary: 10_000, by: 300 } as const;

export const historyRow = z.looseObject({
  id: z.string().min(1).max(200),
  table: z.string().max(100),
  recordId: z.string().max(200),
  at: isoInstant,
  by: text(HISTORY_LIMITS.by),
  /** Human-readable summary, e.g. `status: new → triaged`. */
  summary: text(HISTORY_LIMITS.summary),
  /** Field values before the change, for undo. */
  before: z.record(z.string(), z.unknown()).optional(),
});
export type HistoryRow = z.infer<typeof historyRow>;
