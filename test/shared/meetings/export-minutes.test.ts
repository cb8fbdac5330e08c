import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { exportMinutes, type MinutesExportInput } from '../../../shared/meetings/export-minutes';
import { parseMinutes } from '../../../shared/meetings/import-minutes';
import { NIXOS_SC_TEMPLATE, TEAM_MEETING_TEMPLATE, parseMeetingTemplate } from '../../../shared/meetings/templates';
import { itemTitle } from '../../../shared/meetings/live-entry';
import type { DecisionId, ItemId, MeetingId, ThreadId, UpdateId } from '../../../shared/model/ids';
import { action, decision, entry, item, meeting, memberId } from './builders';
import { actions, entries, members, sponsorDecision, w18, W18_ID } from './reference-meeting';

const md = new MarkdownIt();
const reference = readFileSync(new URL('../../fixtures/reference/minutes/2026-04-29.md', import.meta.url), 'utf8');
const headings = (src: string) => {
  const tokens = md.parse(src, {});
  return tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1]!.content}`] : []));
};
const attendeeBlock = (src: string) => {
  const lines = src.split('\n').map((l) => l.trimEnd());
  const start = lines.indexOf('## Attendees');
  return lines.slice(start + 1, lines.findIndex((l, i) => i > start && l === '')).filter((l) => l.startsWith('- '));
};

const input: MinutesExportInput = {
  meeting: w18, entries, actions, members, decisions: [sponsorDecision], template: parseMeetingTemplate(NIXOS_SC_TEMPLATE), public: false, today: '2026-04-30',
};
const out = exportMinutes(input);

describe('exportMinutes against the 2026-04-29 reference minutes', () => {
  it('produces the reference’s headings and levels, titled as minutes, without the section nothing was recorded in', () => {
    // The SC's file keeps the agenda's title; posted minutes say what they are. Its Async
    // Updates holds only "N/A", which the rows of that meeting have no entry for.
    const expected = headings(reference)
      .map((h) => h.replace('Meeting agenda', 'Meeting minutes'))
      .filter((h) => h !== 'h2 Async Updates (5 min)');
    expect(headings(out)).toEqual(expected);
  });

  it('writes the same attendee lines', () => {
    expect(attendeeBlock(out)).toEqual(attendeeBlock(reference));
  });

  it('lists the Tasking actions as an open checklist the importer reads back with owners', () => {
    const back = parseMinutes(out, 'out.md');
    expect(back.actions.filter((a) => a.section === 'Tasking').map((a) => [a.owner, a.text, a.done])).toEqual(
      parseMinutes(reference, 'ref.md').actions.filter((a) => a.section === 'Tasking').map((a) => [a.owner, a.text, a.done]),
    );
  });

  it('round-trips the attendees through the importer', () => {
    expect(parseMinutes(out, 'out.md').attendance).toEqual(parseMinutes(reference, 'ref.md').attendance);
  });
});

describe('exportMinutes', () => {
  it('nests minutes and the conclusion under their entry', () => {
    const tokens = md.parse(out, {});
    const at = tokens.findIndex((t) => t.type === 'inline' && t.content === 'Bootstrap team report');
    // inline, paragraph_close, then the nested list opens inside the same list item.
    expect(tokens[at + 2]).toMatchObject({ type: 'bullet_list_open', level: tokens[at]!.level - 1 });
    expect(out).toContain('- Bootstrap team report\n  - @JulienMalka: have shared notes in Zulip.\n  - @Ericson2314: please add me to invites.');
    expect(out).toContain('  - Conclusion: all approved');
  });

  it('writes a decision with its votes grouped like the reference', () => {
    expect(out).toContain('  - Decision: Tangled: gold sponsor (approved)\n    - +1: @philiptaron, @roberth, @JulienMalka, @tomberek\n    - abstain: @K900');
  });

  it('writes due dates and ticks done actions', () => {
    const withDue = exportMinutes({ ...input, actions: [action('x', { meetingId: W18_ID, dueOn: '2026-05-06', status: 'done', text: 'ship it' })] });
    expect(withDue).toContain('- [x] @tomberek: ship it (due 2026-05-06)');
  });

  it('marks members who joined late', () => {
    const late = exportMinutes({ ...input, meeting: { ...w18, attendance: { ...w18.attendance, [members[1]!.id]: 'late' } } });
    expect(late).toContain('@JulienMalka (joined late)');
  });

  it('keeps user text from opening headings or HTML', () => {
    const hostile = exportMinutes({ ...input, entries: entries.map((e, i) => (i === 0 ? { ...e, title: '# Takeover <script>x</script>', minutes: '## not a heading' } : e)) });
    expect(headings(hostile)).toEqual(headings(out));
    expect(md.render(hostile)).not.toContain('<script>');
  });

  it('withholds a confidential entry in the public version only', () => {
    const secret = entries.map((e, i) => (i === 2 ? { ...e, confidential: true } : e));
    const pub = exportMinutes({ ...input, entries: secret, public: true });
    expect(pub).not.toContain('Bootstrap team report');
    expect(pub).toContain('- _One item withheld (confidential)._');
    expect(exportMinutes({ ...input, entries: secret })).toContain('Bootstrap team report _(confidential)_');
  });

  it('withholds an entry whose item is confidential or whose decision is not public', () => {
    const it1 = item('i1', { confidential: true });
    const secretDecision = { ...sponsorDecision, confidentiality: 'sc-internal' as const };
    const linked = entries.map((e, i) => (i === 2 ? { ...e, itemId: it1.id as ItemId } : e));
    const pub = exportMinutes({ ...input, entries: linked, items: [it1], decisions: [secretDecision], public: true });
    expect(pub).not.toContain('Bootstrap team report');
    expect(pub).not.toContain('Tangled');
    expect(pub.match(/One item withheld/g)).toHaveLength(2);
  });

  it('quotes the whole ask under an entry whose title is shortened, with a link to its post, and the importer keeps it with the entry', () => {
    const text = 'We’d like a @nixos.org email to apply for their pre-disclosure list. Everything else has been going smoothly, and we’re collaborating with upstream to get NixOS featured on their website.';
    const ask = item('xen', { text, updateId: 'u-xen' as UpdateId, threadId: 't-56458' as ThreadId });
    const sources = { threads: [{ id: 't-56458' as ThreadId, url: 'https://discourse.example/t/community-team-updates/56458' }], updates: [{ id: 'u-xen' as UpdateId, threadId: 't-56458' as ThreadId, postNumber: 2 }] };
    const linked = entries.map((e, i) => (i === 0 ? { ...e, itemId: ask.id, title: itemTitle(text) } : e));
    const withAsk = exportMinutes({ ...input, entries: linked, items: [ask], ...sources });
    // The team's words, with their mention-like `@nixos.org` written inert (issue 13).
    const inert = text.replace('@nixos.org', '`@nixos.org`');
    expect(withAsk).toContain(`- We’d like a \`@nixos.org\` email to apply for their pre-disclosure list\n  > ${inert} ([post #2](https://discourse.example/t/community-team-updates/56458/2))\n`);
    const back = parseMinutes(withAsk, 'out.md').sections.flatMap((sec) => sec.topics).find((t) => t.title.startsWith('We’d like'));
    expect(back?.notes).toContain('Everything else has been going smoothly');
  });

  it('adds a Decisions section for decisions of the meeting that no entry links', () => {
    const loose = { ...sponsorDecision, id: 'd-loose' as DecisionId, title: 'Loose one' };
    const withLoose = exportMinutes({ ...input, decisions: [sponsorDecision, loose] });
    expect(headings(withLoose).slice(-2)).toEqual(['h2 Decisions', 'h2 Tasking (5 min)']);
    expect(withLoose).toContain('- Decision: Loose one (approved)');
  });
});

describe('exportMinutes, as published', () => {
  const teamTemplate = parseMeetingTemplate(TEAM_MEETING_TEMPLATE);
  const docs = meeting({ memberIds: [memberId('roberth'), memberId('cafkafk')], recorderId: memberId('cafkafk'), status: 'held' });
  const team: MinutesExportInput = {
    meeting: docs, template: teamTemplate, members, public: true, today: '2026-04-30', actions: [],
    entries: [entry('a', { title: 'Learning journey', section: 'Asks and decisions', minutes: 'Agreed to start in May.' })],
  };

  it('is headed as minutes and says when the meeting was', () => {
    const lines = exportMinutes(team).split('\n');
    expect(lines.slice(0, 3)).toEqual(['# Meeting minutes W18 - Wed 2026-04-29 - Documentation team meeting', '', 'Wed 2026-04-29 17:00 UTC · 30 min · Teams: documentation']);
  });

  it('leaves out the sections nothing was recorded in, and the planning note', () => {
    const out = exportMinutes(team);
    expect(headings(out)).toEqual(['h1 Meeting minutes W18 - Wed 2026-04-29 - Documentation team meeting', 'h2 Attendees', 'h2 Asks and decisions (10 min)']);
    expect(out).not.toContain('Planned:');
  });

  it('prints no attendee line with nobody on it, public or internal', () => {
    for (const isPublic of [true, false]) {
      const out = exportMinutes({ ...team, public: isPublic, meeting: { ...docs, recorderId: undefined } });
      expect(attendeeBlock(out)).toEqual(['- Members: @roberth, @cafkafk']);
    }
  });

  it('writes an action nobody owns without an @, and the importer reads it back with no owner', () => {
    const nobody = [action('n', { meetingId: docs.id, text: 'Find a reviewer', owner: { kind: 'person', name: 'unassigned' } })];
    const out = exportMinutes({ ...team, actions: nobody });
    expect(out).toContain('- [ ] (no owner yet): Find a reviewer');
    expect(out).not.toContain('@unassigned');
    expect(parseMinutes(out, 'out.md').actions).toEqual([{ owner: '', text: 'Find a reviewer', done: false, section: 'Actions', line: expect.any(Number) }]);
  });

  it('reports a decision taken elsewhere with its outcome and day, without repeating its votes', () => {
    const sc = meeting({ id: 'sc-1' as MeetingId, teamIds: [], startsAt: '2026-04-22T17:00:00.000Z', status: 'held' });
    const earlier = decision('d-early', {
      title: 'Fund the docs sprint', status: 'approved', venue: { kind: 'meeting', meetingId: sc.id }, votes: [{ memberId: memberId('roberth'), vote: '+1' }],
    });
    const out = exportMinutes({ ...team, decisions: [earlier], meetings: [sc, docs], entries: [entry('r', { decisionId: earlier.id, title: earlier.title, minutes: 'The team thanks the SC.' })] });
    expect(out).toContain('- Decided: Fund the docs sprint (approved on 2026-04-22)\n  - The team thanks the SC.\n');
    expect(out).not.toContain('+1:');
  });

  it('keeps a decision of the meeting that no entry links when nothing was tasked', () => {
    const loose = { ...sponsorDecision, id: 'd-loose' as DecisionId, title: 'Loose one', meetingId: docs.id };
    expect(headings(exportMinutes({ ...team, decisions: [loose] })).at(-1)).toBe('h2 Decisions');
  });
});
