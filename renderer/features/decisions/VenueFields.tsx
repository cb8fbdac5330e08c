/** Where a decision is taken: in a meeting, or in an async vote with a window in a time zone. */
import type { MeetingRow } from '../../../shared/model';
import { formatDate } from '../../lib/format/dates';
import type { DecisionFormState } from './form-state';
import { localTimeZone } from './time';

type Props = { state: DecisionFormState; meetings: MeetingRow[]; set: (patch: Partial<DecisionFormState>) => void };

export function VenueFields({ state, meetings, set }: Props) {
  return (
    <fieldset className="venue-fields">
      <legend>Where it is decided</legend>
      <div className="segmented" role="radiogroup" aria-label="Where it is decided">
        <label className="segment">
          <input type="radio" name="venue" checked={state.venueKind === 'meeting'} onChange={() => set({ venueKind: 'meeting' })} /> <span>In a meeting</span>
        </label>
        <label className="segment">
          <input type="radio" name="venue" checked={state.venueKind === 'async'} onChange={() => set({ venueKind: 'async' })} /> <span>Async vote</span>
        </label>
      </div>
      {state.venueKind === 'meeting' ? (
        <label className="field">
          <span>Meeting</span>
          <select value={state.meetingId} onChange={(e) => set({ meetingId: e.target.value })}>
            <option value="">Not chosen yet</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
                {m.startsAt ? ` (${formatDate(m.startsAt, { timeZone: m.timeZone })})` : ''}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <div className="field-grid">
          <label className="field">
            <span>Opens on</span>
            <input type="date" value={state.opensDay} onChange={(e) => set({ opensDay: e.target.value })} />
          </label>
          <label className="field">
            <span>Opens at</span>
            <input type="time" value={state.opensTime} onChange={(e) => set({ opensTime: e.target.value })} />
          </label>
          <label className="field">
            <span>Closes on</span>
            <input type="date" value={state.closesDay} onChange={(e) => set({ closesDay: e.target.value })} />
          </label>
          <label className="field">
            <span>Closes at</span>
            <input type="time" value={state.closesTime} onChange={(e) => set({ closesTime: e.target.value })} />
          </label>
          <label className="field">
            <span>Time zone of the vote</span>
            <input value={state.timeZone} onChange={(e) => set({ timeZone: e.target.value })} placeholder={localTimeZone()} aria-describedby="zone-hint" />
            <small id="zone-hint" className="muted">
              A name such as Europe/Berlin or UTC. Yours is {localTimeZone()}.
            </small>
          </label>
          <label className="field">
            <span>Channel (optional)</span>
            <input value={state.channel} onChange={(e) => set({ channel: e.target.value })} placeholder="the SC Zulip channel" />
          </label>
        </div>
      )}
    </fieldset>
  );
}
