// Every exporter follows the one text rule of issue 13: what an SC member typed keeps its
// Markdown, what a team posted is neutralised. The Xen meeting and decision, with minutes
// notes, a conclusion, a motion, a rationale and options typed with a link, emphasis, code
// and a list, and a team ask whose "@nixos.org" would ping an account if left as it is.
import { describe, expect, it } from 'vitest';
import { exportDecisionLog } from '../../../shared/export/decision-log';
import { exportVoteLog } from '../../../shared/export/vote-log';
import { exportWorkspaceMarkdown } from '../../../shared/export/workspace-markdown';
import { meetingDocument, roundDocument, type MeetingExportRows } from '../../../shared/meetings/meeting-documents';
import type { AgendaEntryId, DecisionRow, ItemRow, Note } from '../../../shared/model';
import { sampleTables } from '../backup/helpers';
import { item } from '../decisions/fixtures';
import { ASKS, THREAD, XEN, XEN_CONTEXT, XEN_DECISION, XEN_POST } from './xen-decision';
import { HELD_ROWS, XEN_HELD } from './xen-meeting';

/** One line of member Markdown: a link, emphasis, inline code, and a mention of an SC member. */
const TYPED = 'Read [Vote #12](https://github.com/NixOS/org/issues/12) first: the delay is *short*, `0` days, as @tomberek said.';
const LIST = '- the alias\n- the application';
const MEMBER_BLOCK = `${TYPED}\n\n${LIST}`;
const ALIAS_ASK: ItemRow = item('xen-alias', {
  updateId: XEN_POST.id, threadId: THREAD.id, teamId: XEN.id, isAsk: true, kind: 'blocker', span: [3000, 3040], text: 'An e-mail alias that ends in @nixos.org.',
});
const ALIAS_INERT = 'An e-mail alias that ends in `@nixos.org`.';
/** The ask's entry on an agenda: titled by its sentence (shared/text/short-label.ts), the team's words. */
const ALIAS_ENTRY = '- An e-mail alias that ends in `@nixos.org`';
const POST_LINK = '([post #2](https://discourse.example/t/community-team-updates/56458/2))';

const DECISION: DecisionRow = {
  ...XEN_DECISION, motion: MEMBER_BLOCK, rationale: MEMBER_BLOCK, options: ['*Approve* now', 'Wait for `mail` policy'], itemIds: [...XEN_DECISION.itemIds, ALIAS_ASK.id],
};
const CTX = { ...XEN_CONTEXT, items: [...ASKS, ALIAS_ASK], decisions: [DECISION] };

const ROWS: MeetingExportRows = {
  ...HELD_ROWS,
  items: [...HELD_ROWS.items, ALIAS_ASK],
  decisions: [DECISION],
  agendaEntries: [
    ...HELD_ROWS.agendaEntries.map((e) => (e.id === 'e1' ? { ...e, minutes: `${TYPED}\n${LIST}`, conclusion: TYPED } : e)),
    {
      id: 'e4' as AgendaEntryId, meetingId: XEN_HELD.id, section: 'Asks and decisions', order: 3, title: 'x', itemId: ALIAS_ASK.id, confidential: false,
      minutes: '', conclusion: '', isDone: true,
    },
    {
      id: 'e5' as AgendaEntryId, meetingId: XEN_HELD.id, section: 'Budget', order: 2, title: 'Hosting *costs*, see [the budget](https://x.example/b) — ask @bob',
      confidential: false, minutes: '', conclusion: '', isDone: true,
    },
  ],
};

/** No mention-like `@nixos.org` outside a code span (an e-mail's `…y@nixos.org` is none). */
const LIVE_NIXOS_ORG = /(?<![`\p{L}\p{N}_])@nixos\.org/u;

describe('member Markdown kept, team text neutralised, in every export', () => {
  it('minutes: notes, the nested list and the conclusion as typed; the ask neutralised', () => {
    const doc = meetingDocument(ROWS, XEN_HELD, 'minutes', { isPublic: true, today: '2026-12-15' }).markdown;
    expect(doc).toContain(`  - ${TYPED}\n  - the alias\n  - the application\n  - Conclusion: ${TYPED}\n`);
    expect(doc).toContain(`${ALIAS_ENTRY} ${POST_LINK}\n`);
    expect(doc).toContain('- Hosting *costs*, see [the budget](https://x.example/b) — ask `@bob`\n');
    expect(doc).not.toMatch(LIVE_NIXOS_ORG);
  });

  it('agenda, public and internal: member titles as typed; the ask neutralised', () => {
    for (const isPublic of [true, false]) {
      const doc = meetingDocument(ROWS, XEN_HELD, 'agenda', { isPublic, today: '2026-12-10' }).markdown;
      expect(doc).toContain(`${ALIAS_ENTRY} ${POST_LINK}\n`);
      expect(doc).toContain('- Hosting *costs*, see [the budget](https://x.example/b) — ask `@bob`\n');
      expect(doc).not.toMatch(LIVE_NIXOS_ORG);
    }
  });

  it('round export: the agendas inside it follow the same rule', () => {
    const rows = { ...ROWS, meetings: [{ ...XEN_HELD, roundId: 'december' }] };
    const doc = roundDocument(rows, 'december', { title: 'Round of *December*', isPublic: true, today: '2026-12-10' }).markdown;
    expect(doc.startsWith('# Round of *December*\n')).toBe(true);
    expect(doc).toContain(`${ALIAS_ENTRY} ${POST_LINK}\n`);
    expect(doc).not.toMatch(LIVE_NIXOS_ORG);
  });

  it('team reply: the rationale as typed; every ask neutralised', () => {
    const doc = meetingDocument(ROWS, XEN_HELD, 'team-reply', { isPublic: true, today: '2026-12-15' }).markdown;
    expect(doc).toContain(`**Decision:** Approved on 2026-12-14 — Approve the Xen team’s application to Xen’s security pre-disclosure list\n\n${MEMBER_BLOCK}\n\n`);
    expect(doc).toContain(`> ${ALIAS_INERT}\n`);
    expect(doc).not.toMatch(LIVE_NIXOS_ORG);
  });

  it('modern vote log: context, motion and options as typed; linked asks neutralised', () => {
    const doc = exportVoteLog(DECISION, CTX, { layout: 'modern' }).markdown;
    expect(doc).toContain(`## Context\n\n${MEMBER_BLOCK}\n\n`);
    expect(doc).toContain(`## Motion\n> ${TYPED}\n>\n> - the alias\n> - the application\n`);
    expect(doc).toContain('Options considered:\n\n* *Approve* now\n* Wait for `mail` policy\n');
    expect(doc).toContain(`* Xen Project team: ${ALIAS_INERT} ${POST_LINK}\n`);
    expect(doc).not.toMatch(LIVE_NIXOS_ORG);
  });

  it('classic vote log: the proposal as typed', () => {
    const doc = exportVoteLog(DECISION, CTX, { layout: 'classic' }).markdown;
    expect(doc).toContain(`**Proposal**: ${MEMBER_BLOCK}\n`);
    expect(doc).not.toMatch(LIVE_NIXOS_ORG);
  });

  it('decision log: motion and rationale as typed; linked asks neutralised', () => {
    const doc = exportDecisionLog([DECISION], CTX, { teamId: XEN.id });
    expect(doc).toContain(`**Rationale**\n\n${MEMBER_BLOCK}\n`);
    expect(doc).toContain(`* Xen Project team: ${ALIAS_INERT} ${POST_LINK}\n`);
    expect(doc).not.toMatch(LIVE_NIXOS_ORG);
  });

  it('workspace export: a member’s note as typed under its item; the item and the post neutralised', () => {
    const rows = sampleTables();
    const note: Note = { id: 'n1', text: `${TYPED}\n${LIST}`, by: 'Ada Example', at: '2026-11-21T10:00:00.000Z', shareable: true };
    rows.items[0] = { ...rows.items[0]!, text: ALIAS_ASK.text, notes: [note] };
    rows.updates[0] = { ...rows.updates[0]!, raw: 'Ping @nixos.org for the alias.' };
    rows.members[0] = { ...rows.members[0]!, handle: 'tomberek' };
    const team = exportWorkspaceMarkdown(rows, { today: '2026-11-26' }).find((f) => f.path === 'teams/documentation-team.md')?.body ?? '';
    expect(team).toContain(`- ${ALIAS_INERT}\n`);
    expect(team).toContain(`  - Note by Ada Example on 2026-11-21: ${TYPED}\n    - the alias\n    - the application\n`);
    expect(team).toContain('> Ping `@nixos.org` for the alias.\n');
    expect(team).not.toMatch(LIVE_NIXOS_ORG);
  });
});
