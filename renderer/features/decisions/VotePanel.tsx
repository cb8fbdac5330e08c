/**
 * Per-member votes (+1 / −1 / abstain / no vote, each with a rationale), the live tally and
 * the outcome that follows. The status is never changed automatically: when the outcome is
 * settled, the member is offered "Record outcome: …" (issue 5).
 */
import { useState } from 'react';
import { windowOfDecision } from '../../../shared/decisions/async-vote';
import { isOnRecord, outcomeOf, tallyVotes } from '../../../shared/decisions/tally';
import { VOTES, type DecisionRow, type MemberRow, type Vote } from '../../../shared/model';
import { castVote, moveDecision } from './actions';
import { DECISION_STATUS_LABELS, VOTE_LABELS } from './labels';

type Props = { decision: DecisionRow; members: MemberRow[]; now?: Date };

function MemberVote({ decision, member }: { decision: DecisionRow; member: MemberRow }) {
  const record = decision.votes.find((v) => v.memberId === member.id);
  const stored = record?.vote ?? 'none';
  // Show a click at once; the stored vote takes over as soon as it changes (saved here or elsewhere).
  const [pending, setPending] = useState<{ from: Vote; to: Vote } | null>(null);
  const vote = pending && pending.from === stored ? pending.to : stored;
  const [rationale, setRationale] = useState(record?.rationale ?? '');
  const [error, setError] = useState<string | null>(null);
  const isOpen = decision.status === 'proposed';
  const save = async (next: Vote, text: string) => {
    setPending({ from: stored, to: next });
    const failure = await castVote(decision.id, member.id, next, text);
    if (failure) setPending(null);
    setError(failure);
  };
  const name = `vote-${decision.id}-${member.id}`;
  return (
    <li className="member-vote">
      <fieldset disabled={!isOpen}>
        <legend className="visually-hidden">{member.name}</legend>
        <div className="member-vote-row">
          <span className="member-name" aria-hidden="true">
            {member.name}
          </span>
          <div className="segmented" role="radiogroup" aria-label={`Vote of ${member.name}`}>
            {VOTES.map((v) => (
              <label key={v} className={`segment is-${v === '+1' ? 'for' : v === '-1' ? 'against' : v}`}>
                <input type="radio" name={name} value={v} checked={vote === v} onChange={() => void save(v, rationale)} />
                <span>{VOTE_LABELS[v]}</span>
              </label>
            ))}
          </div>
          <label className="field rationale">
            <span className="visually-hidden">Rationale of {member.name}</span>
            <input
              value={rationale}
              placeholder="Rationale (optional)"
              onChange={(e) => setRationale(e.target.value)}
              onBlur={() => {
                if (rationale.trim() !== (record?.rationale ?? '')) void save(vote, rationale);
              }}
            />
          </label>
        </div>
      </fieldset>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

export function VotePanel({ decision, members, now = new Date() }: Props) {
  // Members who voted (or have a note such as "Not present") and have since left still appear: they were part of the vote.
  const voters = members.filter((m) => m.isActive || decision.votes.some((v) => v.memberId === m.id && isOnRecord(v)));
  const tally = tallyVotes(decision.votes, members);
  const voteWindow = windowOfDecision(decision);
  // A recorded outcome closes the vote, so the line below never says "Pending" next to "Approved".
  const outcome = outcomeOf(tally, 'simple-majority', { closed: decision.status !== 'proposed' || (voteWindow?.hasClosed(now) ?? false) });
  return (
    <section className="card vote-panel" aria-labelledby="votes-title">
      <h2 id="votes-title">Votes</h2>
      {voters.length === 0 ? <p className="muted">Add the SC members in Settings to record their votes.</p> : null}
      <ul className="member-votes">
        {voters.map((m) => (
          <MemberVote key={`${decision.id}-${m.id}`} decision={decision} member={m} />
        ))}
      </ul>
      <div className="tally" role="status" aria-live="polite" hidden={tally.electorate === 0}>
        <p>
          <strong>Tally:</strong> {tally.inFavour} in favour, {tally.opposed} against, {tally.abstain} abstaining, {tally.noVote} not voted
          {tally.recused ? ` (${tally.recused} recused)` : ''}.
        </p>
        <p className={`outcome is-${outcome.result}`}>{outcome.explanation}</p>
      </div>
      {decision.status === 'proposed' && tally.electorate > 0 && outcome.result !== 'pending' ? (
        <button type="button" className="button primary" onClick={() => void moveDecision(decision.id, outcome.result === 'approved' ? 'approved' : 'rejected')}>
          Record outcome: {DECISION_STATUS_LABELS[outcome.result]}
        </button>
      ) : null}
    </section>
  );
}
