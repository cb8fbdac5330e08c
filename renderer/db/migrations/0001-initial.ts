import type { Migration } from './types';

/** Schema v1 (issue 2): the tables every later feature reads and writes. */
export const m0001: Migration = {
  version: 1,
  description: 'Initial tables',
  stores: {
    sources: 'id, kind, threadId, importedAt',
    threads: 'id, topicId, url',
    teams: 'id, name',
    updates: 'id, threadId, teamId, postId',
    items: 'id, updateId, teamId, threadId, status, *tagIds',
    tags: 'id, name',
    decisions: 'id, number, status, decidedOn, meetingId, *teamIds, *itemIds',
    actions: 'id, status, dueOn, meetingId, teamId',
    meetings: 'id, startsAt, status, roundId, seriesKey, *teamIds',
    agendaEntries: 'id, meetingId, itemId, decisionId',
    members: 'id, name',
    settings: 'key',
  },
};
