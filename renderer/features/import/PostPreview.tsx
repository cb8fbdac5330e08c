import { useState } from 'react';
import type { PostPlan, TeamChoice, UpdateChoice } from '../../../shared/import/plan';
import { fillsOf, textRelation, type PostState } from '../../../shared/import/post-state';
import { postDateOf, type TeamRow } from '../../../shared/model';
import type { ParsedUpdate } from '../../../shared/parse/types';
import { useUi } from '../../store';
import { formatDate } from '../../lib/format/dates';
import { PostDiff } from './PostDiff';
import { PostMatchChoice } from './PostMatchChoice';

const STATE_TITLE: Record<PostState, string> = {
  new: 'Not stored yet',
  unchanged: 'Already stored, identical, under this team',
  enriched: 'Already stored with the same text; this form fills in what the stored post lacks',
  edited: 'Already stored; its text changed since',
  moved: 'Already stored under another team; importing moves it and its items (with their tags, flags and notes) to this team',
};

const FILL_NAMES: Record<string, string> = { author: 'author', postId: 'post id', postNumber: 'post number', postedAt: 'date', editedAt: 'edit date', url: 'link' };

/** What this form adds to its stored post: "date, post id, Markdown". */
export function addedDetails(plan: Pick<PostPlan, 'stored'>, update: ParsedUpdate): string {
  if (!plan.stored) return '';
  const names = Object.keys(fillsOf(plan.stored, update)).map((k) => FILL_NAMES[k] ?? k);
  if (textRelation(plan.stored, update) === 'richer') names.push('Markdown');
  return names.join(', ');
}

/**
 * The badge says what importing does to the post: a post left unticked is not written at
 * all, so it says "left out" rather than the "new" or "edited" it would be if ticked.
 */
function badge(state: PostState, isIncluded: boolean, isStored: boolean, moveTo: string | undefined, adds: string): { key: string; label: string; title: string } {
  if (!isIncluded) {
    return { key: 'left-out', label: 'left out', title: isStored ? 'Already stored; this import leaves it as it is' : 'Not stored; tick it to import it' };
  }
  if (state === 'moved') return { key: 'moved', label: `moved to ${moveTo ?? 'another team'}`, title: STATE_TITLE.moved };
  if (state === 'enriched') return { key: state, label: `adds ${adds}`, title: STATE_TITLE.enriched };
  if (state === 'edited' && moveTo) return { key: 'edited', label: `edited, moved to ${moveTo}`, title: `${STATE_TITLE.edited}; importing also moves it to this team` };
  return { key: state, label: state, title: STATE_TITLE[state] };
}

/** "2 Dec 2026", or "last edited 2 Dec 2026" for a form that carries only the edit date. */
function postDateWords(update: ParsedUpdate): string | null {
  const date = postDateOf(update);
  return date ? `${date.isEditDate ? 'last edited ' : ''}${formatDate(date.at)}` : null;
}

/** How sure the importer is of the team, in words a member can weigh (shared/parse/teams: evidence confidences). */
export function confidenceWords(confidence: number): string {
  if (confidence >= 0.85) return 'sure';
  if (confidence >= 0.6) return 'fairly sure';
  return 'a guess — check it';
}

const ASK_LABEL: Record<string, string> = { approval: 'approval', access: 'access', budget: 'budget', people: 'people', process: 'process', information: 'information' };

function choiceValue(team: TeamChoice): string {
  return team.kind === 'existing' ? `existing:${team.teamId}` : team.kind === 'new' ? `new:${team.name}` : 'none';
}

/** One post of the preview: include it or not, which team it belongs to, and what it contains. */
export function PostPreview(props: {
  update: ParsedUpdate; plan: PostPlan; moveTo: string | undefined; choice: UpdateChoice; teams: TeamRow[]; newTeamNames: string[];
}) {
  const { update, plan, choice, teams, newTeamNames } = props;
  const shown = badge(plan.state, choice.include, plan.stored !== undefined, props.moveTo, addedDetails(plan, update));
  const setChoice = useUi((s) => s.setImportChoice);
  const [isNaming, setIsNaming] = useState(false);
  const [newName, setNewName] = useState('');
  const firstLine = update.raw.trim().split('\n')[0]?.replace(/^[#>*\s-]+/, '').slice(0, 70) ?? '';
  const title = update.team?.name ?? (firstLine ? `“${firstLine}${firstLine.length >= 70 ? '…' : ''}”` : 'Untitled post');
  const hasAuthor = update.author && update.author !== 'unknown';
  const asks = update.items.filter((i) => i.isAsk);
  const labelId = `post-${update.key}`;

  const onTeamChange = (value: string) => {
    if (value === '__name') {
      setIsNaming(true);
      return;
    }
    const team: TeamChoice = value === 'none' ? { kind: 'none' } : value.startsWith('existing:') ? { kind: 'existing', teamId: value.slice(9) } : { kind: 'new', name: value.slice(4), key: null };
    setChoice(update.key, { include: team.kind !== 'none', team });
  };

  return (
    <li className={`card post-preview ${choice.include ? '' : 'is-excluded'}`} aria-labelledby={labelId}>
      <div className="post-preview-head">
        <label className="check">
          <input type="checkbox" checked={choice.include} onChange={(e) => setChoice(update.key, { ...choice, include: e.target.checked })} />
          <span id={labelId} className="post-title">
            {title}
          </span>
        </label>
        <span className={`post-state is-${shown.key}`} title={shown.title} data-state={shown.key}>
          {shown.label}
        </span>
        <span className="muted post-meta">
          {[hasAuthor ? `@${update.author}` : null, update.postNumber !== undefined ? `post #${update.postNumber}` : null, postDateWords(update), update.isTeamUpdate ? null : 'not a team update (e.g. the SC’s request)']
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      {plan.match?.by === 'content' ? <PostMatchChoice updateKey={update.key} choice={choice} match={plan.match} /> : null}
      {plan.state === 'edited' && plan.stored ? <PostDiff before={plan.stored.raw} after={update.raw} /> : null}
      {update.boundary && update.boundary.confidence < 1 ? (
        <p className={`boundary-note ${update.boundary.confidence < 0.6 ? 'is-unsure' : ''}`}>
          Post start guessed ({Math.round(update.boundary.confidence * 100)}% sure): {update.boundary.reason}
        </p>
      ) : null}
      <div className="post-team">
        <label className="field inline">
          <span>Team</span>
          <select value={choiceValue(choice.team)} onChange={(e) => onTeamChange(e.target.value)}>
            <option value="none">Not a team update</option>
            <optgroup label="Your teams">
              {teams.map((t) => (
                <option key={t.id} value={`existing:${t.id}`}>
                  {t.name}
                </option>
              ))}
            </optgroup>
            {newTeamNames.length > 0 ? (
              <optgroup label="New teams">
                {newTeamNames.map((n) => (
                  <option key={n} value={`new:${n}`}>
                    {n} (new)
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value="__name">Another new team…</option>
          </select>
        </label>
        {isNaming ? (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!newName.trim()) return;
              setChoice(update.key, { include: true, team: { kind: 'new', name: newName.trim(), key: null } });
              setIsNaming(false);
            }}
          >
            <label className="field">
              <span>New team’s name</span>
              <input value={newName} onChange={(e) => setNewName(e.target.value)} autoFocus />
            </label>
            <button type="submit" className="button">
              Use this team
            </button>
          </form>
        ) : null}
      </div>
      {update.team && update.team.cue ? (
        <p className={`muted team-cue${update.team.confidence < 0.6 ? ' is-unsure' : ''}`}>
          Why this team ({confidenceWords(update.team.confidence)}): {update.team.cue}
        </p>
      ) : null}
      {asks.length > 0 ? (
        <ul className="ask-list" aria-label={`Asks of ${title}`}>
          {asks.map((a) => (
            <li key={a.key}>
              <span className={`ask-badge ask-${a.askType ?? 'other'}`}>{ASK_LABEL[a.askType ?? ''] ?? 'ask'}</span> {a.text}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="post-sections">
        <summary>
          {update.sections.length} section{update.sections.length === 1 ? '' : 's'}, {update.items.length} item{update.items.length === 1 ? '' : 's'}
        </summary>
        <ul>
          {update.sections.map((s, i) => (
            <li key={i}>
              <strong>{s.heading || s.kind}</strong> <span className="muted">({s.kind})</span>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
