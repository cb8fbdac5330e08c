/** The agenda's running total against the meeting's length; an overrun is shown in the danger colour, in words too. */
import type { TimeboxTotals } from '../../../shared/meetings/timebox';

export function TimeboxBar({ totals }: { totals: TimeboxTotals }) {
  const isOver = totals.overrunMin > 0;
  const scale = Math.max(totals.totalMin, totals.durationMin, 1);
  return (
    <div className={`timebox-bar${isOver ? ' is-over' : ''}`} role="status" aria-live="polite">
      <div className="timebox-track" aria-hidden="true">
        <div className="timebox-fill" style={{ width: `${(Math.min(totals.totalMin, totals.durationMin) / scale) * 100}%` }} />
        {isOver ? <div className="timebox-over" style={{ width: `${(totals.overrunMin / scale) * 100}%` }} /> : null}
        <div className="timebox-end" style={{ left: `${(totals.durationMin / scale) * 100}%` }} />
      </div>
      <p>
        Planned <strong>{totals.totalMin} min</strong> of {totals.durationMin} min —{' '}
        {isOver ? <strong className="overrun">over by {totals.overrunMin} min</strong> : <span>{totals.remainingMin} min to spare</span>}
      </p>
    </div>
  );
}
