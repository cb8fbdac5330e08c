// Expectations for the 2025 minutes, from reading each file (see expected-types.ts).
import type { Expected } from './expected-types';

export const EXPECTED_2025: Expected[] = [
  {
    file: '2025-11-05.md', title: 'SC Meeting 2025-11-05', date: '2025-11-05',
    present: ['philiptaron', 'JulienMalka', 'Ericson2314', 'tomberek'], absent: [],
    observers: ['@edef', '@ronefroni', '@lassulus', '@infinisil'],
    sections: ['Reports+Discussion', 'Board Report', 'Old Business', 'New Business'],
    topics: {
      'Reports+Discussion': ['Updates from the Board', 'Administrative issues'],
      'Board Report': ['@ronef: Areas of focus:'],
      'Old Business': ['Mediation', 'Moderation', 'Roadmap'],
      'New Business': ['Team updates', 'Proposals and Brainstorming'],
    },
    notTopics: ['Accounts', 'Current state', '@Philip/@Julien: +1', 'Conclusion: Agreement'],
    decisions: [
      { title: 'historical records access', outcome: 'approved' },
      { title: 'Offboard old members', outcome: 'approved' },
      { title: 'Decider protocol', outcome: 'approved' },
      { title: 'Moderation Advisor', outcome: 'deferred' },
    ],
    actions: [],
    notActions: ['tomberek: Doing GitHub team change', 'John: Doing Zulip subscriptions'],
    // "(agreement)" and "Conclusion: Agreement" record no votes: the member checks what was agreed.
    flags: ['with no votes written', '+1 @Philip, +1 @Julien'],
    keeps: ['[CrabFit](https://crab.fit/sc-two-meeting-one-337469)', 'lot of effort from @lassulus and @infinisil 🫂'],
  },
  {
    file: '2025-11-13.md', title: 'SC Meeting 2025-11-13', date: '2025-11-13',
    present: ['Ericson2314', 'K900', 'roberth', 'cafkafk', 'tomberek'], absent: ['philiptaron'], reasons: { philiptaron: 'family vacation' },
    unknown: ['Luj'],
    sections: ['Agenda', 'Notes'],
    topics: {
      Agenda: ['Roadmap Review', 'Constitutional Proposals', 'Formalizing meetings', 'Team updates', 'team relationships', 'What method to rebuild the moderation team?'],
    },
    notTopics: ['K900 presents his POV about moderation'],
    flags: ['“John”', 'by first name to John Ericson'],
    decisions: [],
    actions: [],
    keeps: ['*shows slides*', '> - community management is not just moderation', '"Community Crisis Relief Fund"'],
  },
  {
    file: '2025-12-04.md', title: 'SC Meeting 2025-12-04', date: '2025-12-04',
    present: ['philiptaron', 'JulienMalka', 'Ericson2314', 'tomberek', 'K900', 'roberth'], absent: ['cafkafk'], reasons: { cafkafk: 'traveling abroad' },
    sections: ['Reports', 'Topics'],
    topics: {
      Reports: ['Standing EC', 'Stabilize flakes vote: done, [rejected](https://github.com/NixOS/steering-committee/blob/main/vote-logs/0003-stabilize-flakes.md)'],
      Topics: ['Rebuilding the moderation team', '@julienmalka: can we summarize?'],
    },
    notTopics: ['@tomberek will do this'],
    // "Propose to table … Passes" tables the topic; it is not a decision.
    decisions: [{ title: 'Stabilize flakes', outcome: 'rejected' }],
    actions: [],
    notActions: ['will do this'],
    flags: ['tabled or postponed', 'reported in the meeting'],
    keeps: ['it *is* the SC direction', 'https://github.com/ghostty-org/ghostty/discussions/6937'],
  },
  {
    file: '2025-12-10.md', title: 'SC Meeting W50 - Wed 2025/12/10', date: '2025-12-10', week: 50,
    present: ['philiptaron', 'JulienMalka', 'Ericson2314', 'K900', 'cafkafk', 'roberth', 'tomberek'], absent: [], recorder: 'roberth',
    sections: ['Reports', 'Async vote updates', 'Old Topics', 'New Topics'],
    topics: {
      Reports: ['Standing EC', 'New community team'],
      'Async vote updates': [
        '[Vote: A first sketch of a full moderation team](https://nixpkgs.zulipchat.com/#narrow/channel/542895-SC/topic/Vote.3A.20A.20first.20sketch.20of.20a.20full.20moderation.20team/with/562323472)',
        '[Vote: Interim moderation team composed by Mod alumnis](https://nixpkgs.zulipchat.com/#narrow/channel/542895-SC/topic/Vote.3A.20Interim.20moderation.20team.20composed.20by.20Mod.20alumnis/with/562425600)',
      ],
      'New Topics': ['Async vote end time', 'Formalized meeting structure and norms', 'NixCon team', 'Observers'],
    },
    notTopics: ['Agenda', 'Discussion', '@Ericson2314: +1', 'Attendees'],
    decisions: [
      // Open at the time (1 for, 3 against); the discussion says the other proposal won.
      { title: 'A first sketch of a full moderation team', outcome: 'rejected', proposer: 'cafkafk' },
      { title: 'Interim moderation team composed by Mod alumnis', outcome: 'approved', proposer: 'JulienMalka' },
      { title: 'invite @edef1c to our next meeting', outcome: 'approved', plus: ['Ericson2314', 'roberth', 'K900', 'tomberek', 'cafkafk'] },
    ],
    actions: [],
    notActions: ['create a page with a few references'],
    flags: ['TODO: create a page', 'rejected from the count'],
    keeps: ['[previously proposed](https://nixpkgs.zulipchat.com/#narrow/channel/542895-SC/topic/Establish.20standing.20EC/near/560019613)', '*some measure*', '1. Attendees'],
  },
  {
    file: '2025-12-31.md', title: 'SC Meeting W52 --- Wed 2025/12/31', date: '2025-12-31', week: 52,
    present: ['philiptaron', 'roberth', 'Ericson2314', 'tomberek'], absent: ['cafkafk', 'K900'],
    reasons: { cafkafk: 'celebrating New Years Eve', K900: 'celebrating New Years Eve' }, recorder: 'tomberek', chair: 'tomberek', unknown: ['luj'],
    sections: ['Approve Previous Minutes', 'Correspondence and Reports (5)', 'Async Updates (5)', 'Old topics (60)', 'New topics (20)', 'Announcements (5)', 'Tasking (5)'],
    topics: {
      'Old topics': ['Formal meeting structure proposed: please review @tomberek\'s PR async.', 'Moderation Team: announcement update'],
      'New topics': ['Split vote log into individual files:', 'Scheduling and Calendar Management', 'NixCon location proposal / NixCon Team Issue'],
    },
    notTopics: ['Voting:', '+1: @tomberek @philiptaron @roberth @Ericson2314'],
    // "deferred to discuss with broader SC" postpones a topic; nothing was decided on it.
    decisions: [{ title: 'Split vote log into individual files', outcome: 'approved', plus: ['tomberek', 'philiptaron', 'roberth', 'Ericson2314'] }],
    actions: [
      { owner: 'tomberek', text: 'Invited Edef to subsequent meetings', done: true },
      { owner: 'Ericson2314', text: 'split vote-logs into individual markdown files', done: true },
      { owner: 'philiptaron', text: 'create bootstrap community team working document', done: true },
      { owner: 'tomberek', text: 'meeting notes', done: false },
    ],
    notActions: ['by unanimous consent'],
    flags: ['marked done'],
    keeps: ['https://github.com/NixOS/steering-committee/pull/16', 'Done: https://github.com/NixOS/nix-steering-internal/pull/59'],
  },
];
