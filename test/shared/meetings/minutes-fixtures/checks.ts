// The expectations of expected-*.ts as named checks on what the importer gives for a file.
import { parseMinutes, type ParsedMinutes } from '../../../../shared/meetings/import-minutes';
import { minutesToRows, type MinutesRows } from '../../../../shared/meetings/minutes-to-rows';
import type { ActionRow, DecisionRow } from '../../../../shared/model';
import type { Expected } from './expected-types';
import { mid, NOW, scMembers } from './roster';

/** One expectation: a name and what is wrong, or null when it holds. */
export type Check = { name: string; problem: () => string | null };

export type Imported = { parsed: ParsedMinutes; rows: MinutesRows };

export function importFixture(text: string, file: string): Imported {
  const parsed = parseMinutes(text, file);
  return { parsed, rows: minutesToRows(parsed, { members: scMembers, now: NOW }) };
}

const same = (got: readonly string[], want: readonly string[]) => {
  const a = [...got].sort().join(', ');
  const b = [...want].sort().join(', ');
  return a === b ? null : `got [${a}], expected [${b}]`;
};
const expect = (ok: boolean, why: () => string) => (ok ? null : why());
const ownerOf = (a: ActionRow) => (a.owner.kind === 'member' ? a.owner.memberId.replace(/^m-/, '') : a.owner.kind === 'person' ? a.owner.name : a.owner.teamId);
const votersOf = (d: DecisionRow, vote: string) => d.votes.filter((v) => v.vote === vote).map((v) => v.memberId.replace(/^m-/, ''));

/** The checks of one file. */
export function checksOf(e: Expected, get: () => Imported): Check[] {
  const checks: Check[] = [];
  const add = (name: string, problem: (i: Imported) => string | null) => checks.push({ name: `${e.file}: ${name}`, problem: () => problem(get()) });
  const status = (i: Imported, s: string) => Object.entries(i.rows.meeting.attendance).filter(([, v]) => v === s).map(([k]) => k.replace(/^m-/, ''));
  if (e.title) add('title', (i) => expect(i.parsed.title === e.title, () => `title “${i.parsed.title}”`));
  else add('no title line: a title made from the date, marked uncertain', (i) => expect(i.parsed.isTitleGuess && i.parsed.uncertain.some((u) => u.what === 'title'), () => 'not marked'));
  add('date and week', (i) => expect(i.parsed.date === e.date && i.parsed.week === e.week, () => `${i.parsed.date} W${i.parsed.week}`));
  add('present', (i) => same([...status(i, 'present'), ...status(i, 'late')], e.present));
  add('late joiners', (i) => same(status(i, 'late'), e.late ?? []));
  add('absent', (i) => same(status(i, 'absent'), e.absent));
  for (const [who, reason] of Object.entries(e.reasons ?? {})) {
    add(`reason for ${who}`, (i) => {
      const first = scMembers.find((m) => m.handle === who)?.name.split(' ')[0]?.toLowerCase();
      const key = Object.keys(i.parsed.attendance.reasons).find((k) => [who.toLowerCase(), first].includes(k.replace(/^@/, '').toLowerCase()));
      const got = key ? i.parsed.attendance.reasons[key] : undefined;
      return expect(got?.includes(reason) ?? false, () => `reason “${got ?? ''}”`);
    });
  }
  if (e.observers) add('observers', (i) => expect(e.observers!.every((o) => i.rows.meeting.observers.includes(o)), () => `observers ${i.rows.meeting.observers.join(' ')}`));
  add('recorder and chair', (i) => expect(i.rows.meeting.recorderId === (e.recorder ? mid(e.recorder) : undefined) && i.rows.meeting.chairId === (e.chair ? mid(e.chair) : undefined), () => `${i.rows.meeting.recorderId} / ${i.rows.meeting.chairId}`));
  for (const name of e.unknown ?? []) add(`“${name}” named as not on the roster`, (i) => expect(i.rows.unknownHandles.includes(name), () => `unknown: ${i.rows.unknownHandles.join(', ')}`));
  add('sections and their own timeboxes', (i) => {
    const got = i.parsed.sections.filter((s) => s.role !== 'preamble' && s.role !== 'decisions').map((s) => `${s.title}${s.timeboxMin === undefined ? '' : ` (${s.timeboxMin})`}`);
    return expect(got.join(' | ') === e.sections.join(' | '), () => got.join(' | '));
  });
  for (const [section, titles] of Object.entries(e.topics)) {
    for (const title of titles) {
      add(`topic “${title.slice(0, 50)}” in ${section}`, (i) => expect(i.parsed.sections.some((s) => s.title === section && s.topics.some((t) => t.title === title)), () => 'missing'));
    }
  }
  for (const line of e.notTopics ?? []) add(`“${line}” is not a topic`, (i) => expect(!i.parsed.sections.some((s) => s.topics.some((t) => t.title === line)), () => 'it is'));
  add(`${e.decisions.length} decisions`, (i) => expect(i.rows.decisions.length === e.decisions.length, () => i.rows.decisions.map((d) => d.title).join(' | ')));
  e.decisions.forEach((d, k) => {
    add(`decision ${k + 1} “${d.title}” ${d.outcome}`, (i) => {
      const got = i.rows.decisions[k];
      return expect(got !== undefined && got.title.includes(d.title) && got.status === d.outcome, () => `${got?.title} (${got?.status})`);
    });
    if (d.plus || d.minus || d.abstain) {
      add(`votes on “${d.title}”`, (i) => {
        const got = i.rows.decisions[k];
        if (!got) return 'no decision';
        return same(votersOf(got, '+1'), d.plus ?? []) ?? same(votersOf(got, '-1'), d.minus ?? []) ?? same(votersOf(got, 'abstain'), d.abstain ?? []);
      });
    }
    if (d.proposer) add(`“${d.title}” proposed by ${d.proposer}`, (i) => expect(i.rows.decisions[k]?.proposerId === mid(d.proposer!), () => `${i.rows.decisions[k]?.proposerId}`));
    add(`decision ${k + 1} linked to the meeting`, (i) => expect(i.rows.decisions[k]?.meetingId === i.rows.meeting.id && i.rows.decisions[k]?.venue.kind === 'meeting', () => 'not linked'));
  });
  add(`${e.actions.length} actions, none twice`, (i) => expect(i.rows.actions.length === e.actions.length, () => i.rows.actions.map((a) => `${ownerOf(a)}: ${a.text}`).join(' | ')));
  e.actions.forEach((a, k) => {
    add(`action ${k + 1} ${a.owner}: ${a.text.slice(0, 40)}`, (i) => {
      const got = i.rows.actions[k];
      const done = a.done === undefined || (got?.status === 'done') === a.done;
      return expect(got !== undefined && ownerOf(got) === a.owner && got.text.includes(a.text) && done, () => `${got ? `${ownerOf(got)}: ${got.text} (${got.status})` : 'none'}`);
    });
  });
  for (const text of e.notActions ?? []) add(`“${text}” is not an action`, (i) => expect(!i.rows.actions.some((a) => a.text.includes(text)), () => 'it is'));
  for (const piece of e.keeps ?? []) add(`keeps “${piece.slice(0, 50)}” as written`, (i) => expect(i.rows.entries.some((x) => x.minutes.includes(piece) || x.title.includes(piece)), () => 'lost'));
  for (const flag of e.flags ?? []) {
    add(`asks the member to check “${flag}”`, (i) => expect(i.rows.uncertain.some((u) => `${u.what} ${u.why}`.includes(flag)), () => i.rows.uncertain.map((u) => `${u.what}: ${u.why}`).join(' | ')));
  }
  return checks;
}
