/** An async vote's window in the vote's zone and the member's own, time left, and who still has to vote. */
import { asyncVoteStatus, notYetVoted, windowOfDecision } from '../../../shared/decisions/async-vote';
import type { DecisionRow, MemberRow } from '../../../shared/model';
import { localTimeZone } from './time';

export function AsyncVoteStatus({ decision, members, now = new Date() }: { decision: DecisionRow; members: MemberRow[]; now?: Date }) {
  const voteWindow = windowOfDecision(decision);
  const status = asyncVoteStatus(decision, now);
  if (!voteWindow || !status) return null;
  const zone = localTimeZone();
  const missing = notYetVoted(decision, members);
  return (
    <section className="card async-vote" aria-labelledby="async-title">
      <h2 id="async-title">Async vote</h2>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{status.label}</dd>
        <dt>Opens</dt>
        <dd>{voteWindow.openingIn()}</dd>
        <dt>Closes</dt>
        <dd>
          {voteWindow.closingIn()}
          {zone !== voteWindow.timeZone ? <span className="muted"> — for you: {voteWindow.closingIn(zone)}</span> : null}
        </dd>
      </dl>
      {decision.status === 'proposed' ? (
        missing.length ? (
          <p>
            <strong>Not voted yet:</strong> {missing.map((m) => (m.handle ? `${m.name} (@${m.handle})` : m.name)).join(', ')}
          </p>
        ) : (
          <p>Every active member has voted.</p>
        )
      ) : null}
    </section>
  );
}
