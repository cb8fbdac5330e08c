import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MeetingsError } from '../../../shared/meetings/errors';
import { parseMinutes } from '../../../shared/meetings/import-minutes';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/minutes/${name}`, import.meta.url), 'utf8');
const topicsOf = (md: string) => parseMinutes(md, 'm.md').sections.map((s) => [s.title, s.topics.map((t) => t.title)]);

describe('parseMinutes: titles and sections', () => {
  it('reads a setext title, `#` sections and a Roll call section', () => {
    const p = parseMinutes('SC Meeting 2025-12-04\n=====\n\n# Roll call\n- Attendees (2/7): @a @b\n# Reports\n## Standing EC\n- note\n', 'x.md');
    expect([p.title, p.date, p.attendance.present]).toEqual(['SC Meeting 2025-12-04', '2025-12-04', ['@a', '@b']]);
    expect(p.sections.map((s) => [s.title, s.topics.map((t) => t.title)])).toEqual([['Reports', ['Standing EC']]]);
  });

  it('groups `###` sections under a heading that holds only them', () => {
    const md = '# SC Meeting 2025-11-05\n\n## Agenda\n\n### Board Report\n- money\n### Old Business\n- Mediation\n  - note\n### New Business\n- Team updates\n';
    expect(parseMinutes(md, 'x.md').sections.map((s) => [s.group, s.title])).toEqual([['Agenda', 'Board Report'], ['Agenda', 'Old Business'], ['Agenda', 'New Business']]);
  });

  it('makes a title from the date when the file starts with a section, and says so', () => {
    const p = parseMinutes('# Attendees\n- Members: @a\n# Agenda\n## Topic\n', 'minutes/2026-03-04.md');
    expect([p.title, p.isTitleGuess, p.date]).toEqual(['SC meeting 2026-03-04', true, '2026-03-04']);
    expect(p.uncertain).toContainEqual(expect.objectContaining({ what: 'title' }));
  });

  it('keeps a struck-out timebox’s last number and points it out', () => {
    const p = parseMinutes('# M 2026-01-07\n# Old topics (~20~ 50 min)\n- x\n# Housekeeping (15min)\n- y\n', 'x.md');
    expect(p.sections.map((s) => [s.title, s.timeboxMin])).toEqual([['Old topics', 50], ['Housekeeping', 15]]);
    expect(p.uncertain.map((u) => u.why)).toContain('read 50 min from “(~20~ 50 min)”');
  });

  it('treats a `### Agenda` / `### Discussion` under a topic as part of it, any other sub-heading as a topic', () => {
    const md = '# M 2025-12-10\n# New Topics\n## NixCon team\n### Agenda\n- a\n### Discussion\n- b\n## Observers\n### Call for a workgroup\n- c\n';
    expect(topicsOf(md)).toEqual([['New Topics', ['NixCon team', 'Observers', 'Call for a workgroup']]]);
    expect(parseMinutes(md, 'x.md').sections[0]!.topics[0]!.notes).toBe('### Agenda\n- a\n### Discussion\n- b');
  });

  it('makes a flat run of speaker lines one topic, and a paragraph that introduces a list a topic with the list', () => {
    const md = '# M 2026-04-15\n## Reports\n- @a: proposal by L\n- @b: more time\n- @c: +1\n\n- @d: next thing\n\nVote: 3k for the cache\n- @a, b: +1\n';
    expect(topicsOf(md)).toEqual([['Reports', ['@a: proposal by L', '@d: next thing', 'Vote: 3k for the cache']]]);
  });

  it('keeps notes as written: links, emphasis, code, nesting', () => {
    const md = '# M 2026-04-29\n## New topics\n- Retro\n  - @e: go full [Taylorism](https://en.wikipedia.org/wiki/Scientific_management), *really*\n    - `--first-parent` only\n';
    expect(parseMinutes(md, 'x.md').sections[0]!.topics[0]!.notes).toBe('- @e: go full [Taylorism](https://en.wikipedia.org/wiki/Scientific_management), *really*\n  - `--first-parent` only');
  });
});

describe('parseMinutes: attendance', () => {
  it('reads attendees written as bullets before any section, with the count and quorum kept as a note', () => {
    const p = parseMinutes('# SC Meeting 2025-11-05\n\n- SC Attendees (2/7): @a @b (quorum)\n- Observers: @x\n- Board: @y\n\n## Agenda\n- t\n', 'x.md');
    expect(p.attendance).toMatchObject({ present: ['@a', '@b'], observers: ['@x', '@y'], notes: ['SC Attendees (2/7): @a @b (quorum)', 'Board: @y'] });
  });

  it('reads **Present** / **Absent** paragraphs with names and a reason', () => {
    const p = parseMinutes('SC Meeting 2025-11-13\n===\n\n**Present**: John, K900\n\n**Absent**: Philip (family vacation)\n\n# Agenda\n- t\n', 'x.md');
    expect(p.attendance).toMatchObject({ present: ['John', 'K900'], absent: ['Philip'], reasons: { Philip: 'family vacation' } });
  });

  it('reads late joiners, "Out:", a note taker, a combined chair and an absence reason in the label', () => {
    const md = '# M 2026-04-22\n## Attendees\n- Members: @a, @b\n  - Joining at the 45 minute mark: @c\n  - Out: @d @e\n- Note taker: @a\n- Chair/Recorder: @b\n- Absent (celebrating New Years Eve): f\n## Housekeeping\n- x\n';
    const a = parseMinutes(md, 'x.md').attendance;
    expect(a).toMatchObject({ present: ['@a', '@b'], late: ['@c'], absent: ['@d', '@e', 'f'], recorder: '@a', chair: '@b' });
    expect(a.reasons).toEqual({ '@c': 'Joining at the 45 minute mark', f: 'celebrating New Years Eve' });
  });

  it('marks someone absent from a note that they were away, and asks the member to check', () => {
    const p = parseMinutes('# M 2026-03-04\n# Attendees\n- Members: @a\n\n(@b was travelling to Planet Nix.)\n# Agenda\n- t\n', 'x.md');
    expect(p.attendance).toMatchObject({ absent: ['@b'], reasons: { '@b': 'was travelling to Planet Nix' }, notes: ['(@b was travelling to Planet Nix.)'] });
    expect(p.uncertain.map((u) => u.what)).toContain('@b absent');
  });
});

describe('parseMinutes: decisions', () => {
  it('records a vote with its votes by handle, and says when the outcome had to be read from them', () => {
    const [d] = parseMinutes('# M 2026-03-04\n# Agenda\n## EU Horizon\nVote: Recommend Valentin.\n- +1 @a\n- +1 @b\n- -1 @c\n', 'x.md').decisions;
    expect(d).toMatchObject({ title: 'Recommend Valentin', outcome: 'approved', isInferred: true, votes: [{ who: '@a', vote: '+1' }, { who: '@b', vote: '+1' }, { who: '@c', vote: '-1' }] });
  });

  it('applies an outcome line to the votes before it, and keeps what voters said', () => {
    const md = '# M 2026-04-29\n## Old topics\n- Sponsors\n  - Tangled: gold\n    - +1: @a, @b (retroactively)\n    - abstain: @k\n  - Flox: gold\n    - recuse: @t\n    - +1: @a, @b, @c\n  - Result: all approved\n';
    const ds = parseMinutes(md, 'x.md').decisions;
    expect(ds.map((d) => [d.title, d.outcome, d.isInferred])).toEqual([['Tangled: gold', 'approved', false], ['Flox: gold', 'approved', false]]);
    expect(ds[0]!.votes).toEqual([{ who: '@a', vote: '+1' }, { who: '@b', vote: '+1', note: 'retroactively' }, { who: '@k', vote: 'abstain' }]);
    expect(ds[1]!.votes[0]).toEqual({ who: '@t', vote: 'abstain', note: 'recused' });
  });

  it.each([
    ['- [Vote #12: Approve direction](/v/0012.md) — ✅ Accepted (6-0, 1 absent)', 'Vote #12: Approve direction', 'approved'],
    ['- Vote in Zulip: CUDA contract approved.', 'CUDA contract', 'approved'],
    ['- Access?\n  - @a: fine\n  - Conclusion: Agreement', 'Access?', 'approved'],
    ['- Vote to approve the advisor\n  - Vote deferred.', 'approve the advisor', 'deferred'],
  ])('reads the decision in %j', (notes, title, outcome) => {
    expect(parseMinutes(`# M 2026-01-01\n## Topics\n- T\n${notes.replace(/^/gm, '  ')}\n`, 'x.md').decisions.map((d) => [d.title, d.outcome])).toEqual([[title, outcome]]);
  });

  it('does not record a motion to table, or one +1 in a discussion, as a decision, and says so', () => {
    const p = parseMinutes('# M 2025-12-04\n## Topics\n- T\n  - @j: propose to table.\n    - Passes\n  - @a: idea\n    - @b: +1\n', 'x.md');
    expect(p.decisions).toEqual([]);
    expect(p.uncertain.map((u) => u.why)).toEqual(expect.arrayContaining(['tabled or postponed: not recorded as a decision', 'a reply in the discussion, not a vote: not recorded as a decision']));
  });
});

describe('parseMinutes: actions', () => {
  it('reads Tasking lines with a colon, Action items without, and an owner over nested tasks', () => {
    const md = '# M 2026-01-07\n# Tasking (5 min)\n- Ensure required tasks have been assigned\n  - @r\n    - contact docs\n    - write\n  - @e:\n    - review\n- @t: notes\n# Action items\n- write process @c\n- run the next meeting: @p\n- see you at planet nix\n';
    expect(parseMinutes(md, 'x.md').actions.map((a) => [a.owner, a.text])).toEqual([
      ['@r', 'contact docs'], ['@r', 'write'], ['@e', 'review'], ['@t', 'notes'], ['@c', 'write process'], ['@p', 'run the next meeting'],
    ]);
  });

  it('takes only checkbox lines as actions when Tasking uses them, and lists an action written twice once', () => {
    const md = '# M 2026-04-15\n## Housekeeping\n- [x] @j will create PR\n- [ ] No previous minutes\n## Tasking (5 min)\n- @k: still has some access\n- @c: 80% sure hexa has discourse\n- [x] @j will create PR\n- [ ] @k will onboard\n';
    const p = parseMinutes(md, 'x.md');
    expect(p.actions.map((a) => [a.owner, a.text, a.done])).toEqual([['@j', 'will create PR', true], ['@k', 'will onboard', false]]);
    expect(p.sections.find((s) => s.title === 'Tasking')!.topics.map((t) => t.title)).toEqual(['@k: still has some access', '@c: 80% sure hexa has discourse']);
    expect(p.uncertain.map((u) => u.what)).toContain('“No previous minutes” (Housekeeping)');
  });

  it('reads a due date and an unowned action as the exporter writes them', () => {
    const p = parseMinutes('# Meeting minutes W1 - Thu 2026-01-01\n## Tasking (5 min)\n- [ ] @alice: write it (due 2026-01-08)\n- [ ] (no owner yet): find one\n', 'x.md');
    expect(p.actions.map((a) => [a.owner, a.text, a.due])).toEqual([['@alice', 'write it', '2026-01-08'], ['', 'find one', undefined]]);
  });
});

describe('parseMinutes: what is not minutes', () => {
  it('takes the date from the file name when the title has none', () => {
    expect(parseMinutes('# SC meeting\n## Notes\n- a', 'minutes/2026-03-04.md').date).toBe('2026-03-04');
  });

  it('rejects the process document, whose template sits in a code fence, as having no date', () => {
    expect(() => parseMinutes(fixture('meetings-process.md'), 'meetings.md')).toThrow(expect.objectContaining({ code: 'minutes-no-date' }));
  });

  it.each([
    ['just some prose', 'minutes-no-title'],
    ['', 'minutes-no-title'],
    ['# Meeting agenda W18 - Wed 2026-04-29\n', 'minutes-no-sections'],
    ['# Minutes\n## Notes\n- a', 'minutes-no-date'],
  ])('rejects %j with a typed %s error naming the file', (text, code) => {
    const run = () => parseMinutes(text, 'notes.txt');
    expect(run).toThrow(MeetingsError);
    expect(run).toThrow(expect.objectContaining({ code, message: expect.stringMatching(/^notes\.txt: /) }));
  });
});
