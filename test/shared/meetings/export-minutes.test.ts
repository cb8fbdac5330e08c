import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { exportMinutes, type MinutesExportInput } from '../../../shared/meetings/export-minutes';
import { parseMinutes } from '../../../shared/meetings/import-minutes';
import { NIXOS_SC_TEMPLATE, parseMeetingTemplate } from '../../../shared/meetings/templates';
import type { DecisionId, ItemId } from '../../../shared/model/ids';
import { action, item } from './builders';
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
  it('produces the same heading sequence and levels', () => {
    expect(headings(out)).toEqual(headings(reference));
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
    expect(parseMinutes(out, 'out.md').attendees).toEqual(parseMinutes(reference, 'ref.md').attendees);
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

  it('adds a Decisions section for decisions of the meeting that no entry links', () => {
    const loose = { ...sponsorDecision, id: 'd-loose' as DecisionId, title: 'Loose one' };
    const withLoose = exportMinutes({ ...input, decisions: [sponsorDecision, loose] });
    expect(headings(withLoose).slice(-2)).toEqual(['h2 Decisions', 'h2 Tasking (5 min)']);
    expect(withLoose).toContain('- Decision: Loose one (approved)');
  });
});
