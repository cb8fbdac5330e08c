/**
 * The preview of one minutes file before it is imported (issue 15): attendance with
 * reasons, topics by section with the meeting's own timeboxes, the decisions found in the
 * notes with their votes, the action items, and every point the importer is not sure of,
 * which the member confirms before the file can be imported.
 */
import type { MemberRow } from '../../../shared/model';
import type { Owner } from '../../../shared/model/rows';
import { memberLabel, type MinutesPreviewItem } from './minutes-previews';

type Props = {
  item: MinutesPreviewItem;
  members: readonly MemberRow[];
  isIncluded: boolean;
  isConfirmed: boolean;
  onInclude: (included: boolean) => void;
  onConfirm: (confirmed: boolean) => void;
};

const VOTE_LABELS = [['+1', '+1'], ['-1', '−1'], ['abstain', 'abstain']] as const;

function ownerLabel(owner: Owner, members: readonly MemberRow[]): string {
  if (owner.kind === 'member') return memberLabel(owner.memberId, members);
  if (owner.kind === 'team') return owner.teamId;
  return owner.name === 'unassigned' ? 'no owner' : owner.name;
}

function Attendance({ item, members }: { item: MinutesPreviewItem; members: readonly MemberRow[] }) {
  const meeting = item.rows!.meeting;
  const reasons = item.parsed!.attendance.reasons;
  const reasonOf = (id: string): string | undefined => {
    const m = members.find((x) => x.id === id);
    const key = Object.keys(reasons).find((k) => [m?.handle, m?.name, m?.name.split(' ')[0]].some((n) => n && n.toLowerCase() === k.replace(/^@/, '').toLowerCase()));
    return key ? reasons[key] : undefined;
  };
  const by = (status: string) => Object.entries(meeting.attendance).filter(([, s]) => s === status).map(([id]) => id);
  const late = (id: string) => `${memberLabel(id, members)} (late${reasonOf(id) && reasonOf(id) !== 'late' ? `: ${reasonOf(id)}` : ''})`;
  const rows: [string, string][] = [
    ['Present', [...by('present').map((id) => `${memberLabel(id, members)}${reasonOf(id) ? ` (${reasonOf(id)})` : ''}`), ...by('late').map(late)].join(', ')],
    ['Absent', by('absent').map((id) => `${memberLabel(id, members)}${reasonOf(id) ? ` (${reasonOf(id)})` : ''}`).join(', ')],
    ['Observers', meeting.observers.join(', ')],
    ['Chair', meeting.chairId ? memberLabel(meeting.chairId, members) : ''],
    ['Recorder', meeting.recorderId ? memberLabel(meeting.recorderId, members) : ''],
    ['Not on the roster', item.rows!.unknownHandles.join(', ')],
  ];
  return (
    <dl className="minutes-attendance">
      {rows.filter(([, v]) => v).map(([k, v]) => (
        <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
      ))}
    </dl>
  );
}

function Topics({ item }: { item: MinutesPreviewItem }) {
  const sections = item.parsed!.sections.filter((s) => s.role !== 'decisions');
  const count = sections.reduce((n, s) => n + s.topics.length, 0);
  return (
    <details className="minutes-topics">
      <summary>Topics ({count}) in {sections.length} sections</summary>
      {sections.map((s) => (
        <div key={`${s.line}-${s.title}`}>
          <h5>{s.group ? `${s.group} › ` : ''}{s.title}{s.timeboxMin === undefined ? '' : ` (${s.timeboxMin} min)`}</h5>
          <ul>{s.topics.map((t) => <li key={t.line}>{t.title}</li>)}</ul>
        </div>
      ))}
    </details>
  );
}

function Decisions({ item, members }: { item: MinutesPreviewItem; members: readonly MemberRow[] }) {
  const decisions = item.rows!.decisions;
  if (decisions.length === 0) return <p className="muted">No decisions found in the notes.</p>;
  return (
    <ul className="minutes-decisions" aria-label="Decisions">
      {decisions.map((d, i) => (
        <li key={d.id}>
          <span className={`decision-status is-${d.status}`}>{d.status}{item.parsed!.decisions[i]?.isInferred ? ' (from the votes)' : ''}</span> {d.title}
          {VOTE_LABELS.map(([vote, label]) => {
            const who = d.votes.filter((v) => v.vote === vote).map((v) => memberLabel(v.memberId, members));
            return who.length ? <span key={vote} className="minutes-votes"> · {label}: {who.join(', ')}</span> : null;
          })}
        </li>
      ))}
    </ul>
  );
}

/** The preview of one file (module comment). */
export function MinutesPreview({ item, members, isIncluded, isConfirmed, onInclude, onConfirm }: Props) {
  if (!item.rows || !item.parsed) {
    return (
      <article className="minutes-file is-error" aria-label={item.name}>
        <h4>{item.name}</h4>
        <p className="field-error">{item.error}</p>
      </article>
    );
  }
  const { rows, parsed } = item;
  const open = rows.actions.filter((a) => a.status === 'open').length;
  const topics = parsed.sections.filter((s) => s.role !== 'decisions').reduce((n, s) => n + s.topics.length, 0);
  const headingId = `minutes-file-${rows.meeting.id.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <article className={`minutes-file${isIncluded ? '' : ' is-excluded'}`} aria-labelledby={headingId}>
      <header>
        <h4 id={headingId}>{rows.meeting.title}</h4>
        <span className="muted">{item.name} · {parsed.date} · {topics} topics · {rows.decisions.length} decisions · {rows.actions.length} actions ({open} open)</span>
        <label className="check"><input type="checkbox" checked={isIncluded} onChange={(e) => onInclude(e.target.checked)} /> Import this file</label>
      </header>
      <h5>Attendance</h5>
      <Attendance item={item} members={members} />
      <Topics item={item} />
      <h5>Decisions</h5>
      <Decisions item={item} members={members} />
      <h5>Actions</h5>
      {rows.actions.length ? (
        <ul className="minutes-actions" aria-label="Actions">
          {rows.actions.map((a) => <li key={a.id}>{a.status === 'done' ? '☑' : '☐'} {ownerLabel(a.owner, members)}: {a.text}</li>)}
        </ul>
      ) : <p className="muted">No action items.</p>}
      {rows.uncertain.length ? (
        <section className="minutes-uncertain" aria-label={`To check in ${item.name}`}>
          <h5>To check ({rows.uncertain.length})</h5>
          <ul>{rows.uncertain.map((u, i) => <li key={i}><strong>{u.what}</strong>: {u.why}</li>)}</ul>
          <label className="check"><input type="checkbox" checked={isConfirmed} onChange={(e) => onConfirm(e.target.checked)} /> I have checked these points</label>
        </section>
      ) : null}
    </article>
  );
}
