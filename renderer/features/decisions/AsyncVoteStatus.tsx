/** An async vote's window in the vote's zone and the member's own, time left, and who still has to vote. */
import { asyncVoteStatus, notYetVoted, windowOfDecision } from '../../../shared/decisions/async-vote';
import type { DecisionRow, MemberRow } from '../../../shared/model';
import { DateText } from '../../components/DateText';
import { formatStoredDay } from '../../lib/format/dates';

export function AsyncVoteStatus({ decision, members, now = new Date() }: { decision: DecisionRow; members: MemberRow[]; now?: Date }) {
  const voteWindow = windowOfDecision(decision);
  const status = asyncVoteStatus(decision, now, { formatDay: (day) => formatStoredDay(day) });
  if (!voteWindow || !status) return null;
  const missing = notYetVoted(decision, members);
  return (
    <section className="card async-vote" aria-labelledby="async-title">
      <h2 id="async-title">Async vote</h2>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{status.label}</dd>
        <dt>Opens</dt>
        <dd>
          <DateText kind="zoned" value={voteWindow.opensAt} zone={voteWindow.timeZone} />
        </dd>
        <dt>Closes</dt>
        <dd>
          <DateText kind="zoned" value={voteWindow.closesAt} zone={voteWindow.timeZone} />
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
