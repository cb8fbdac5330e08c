/** The form for a new decision (from scratch or from items) and for editing one. */
import { useState, type FormEvent } from 'react';
import { CONFIDENTIALITY, type DecisionRow } from '../../../shared/model';
import { shortLabel } from '../../../shared/text/short-label';
import { useDecisionLookups } from '../../db/hooks/decisions';
import { useUi } from '../../store';
import { saveDecisionEdit, saveNewDecision } from './actions';
import { CheckList } from './CheckList';
import { draftFromForm, emptyForm, formFromDecision, type DecisionFormState } from './form-state';
import { CONFIDENTIALITY_LABELS } from './labels';
import { VenueFields } from './VenueFields';

/** `initialTitle`: what a new decision's title starts as (titleFromAsks for a decision on one ask). */
type Props = { decision?: DecisionRow; itemIds?: string[]; initialTitle?: string };

export function DecisionForm({ decision, itemIds = [], initialTitle = '' }: Props) {
  const lookups = useDecisionLookups();
  const [state, setState] = useState<DecisionFormState>(() => {
    if (decision) return formFromDecision(decision);
    return { ...emptyForm(itemIds, []), title: initialTitle };
  });
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<DecisionFormState>) => setState((s) => ({ ...s, ...patch }));
  const close = () => useUi.getState().closeDecisionEditor();

  const items = lookups?.items ?? [];
  const teamsOfLinked = new Set(items.filter((i) => state.itemIds.includes(i.id) && i.teamId).map((i) => i.teamId as string));
  const shownTeams = new Set([...state.teamIds, ...teamsOfLinked]);
  const askOptions = items
    .filter((i) => state.itemIds.includes(i.id) || (i.isAsk && (shownTeams.size === 0 || (i.teamId !== null && shownTeams.has(i.teamId)))))
    .map((i) => ({ id: i.id as string, label: `${lookups?.teams.find((t) => t.id === i.teamId)?.name ?? 'No team'}: ${shortLabel(i.text, { maxLength: 140 })}` }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = draftFromForm(state);
    if (!result.ok) return setError(result.message);
    setError(await (decision ? saveDecisionEdit(decision.id, result.draft) : saveNewDecision(result.draft)));
  };

  const titleId = decision ? 'decision-form-edit' : 'decision-form-new';
  return (
    <form className="card decision-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h2 id={titleId}>{decision ? `Edit decision #${String(decision.number).padStart(4, '0')}` : 'New decision'}</h2>
      <label className="field">
        <span>Title</span>
        <input value={state.title} onChange={(e) => set({ title: e.target.value })} aria-invalid={error && !state.title.trim() ? true : undefined} autoFocus />
      </label>
      <label className="field">
        <span>Question or motion</span>
        <textarea value={state.motion} onChange={(e) => set({ motion: e.target.value })} />
      </label>
      <label className="field">
        <span>Options considered (one per line)</span>
        <textarea className="short" value={state.options} onChange={(e) => set({ options: e.target.value })} />
      </label>
      <label className="field">
        <span>Proposed by</span>
        <select value={state.proposerId} onChange={(e) => set({ proposerId: e.target.value })}>
          <option value="">Nobody recorded</option>
          {lookups?.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <VenueFields state={state} meetings={lookups?.meetings ?? []} set={set} />
      <label className="field">
        <span>Rationale</span>
        <textarea value={state.rationale} onChange={(e) => set({ rationale: e.target.value })} />
      </label>
      <div className="field-grid">
        <label className="field">
          <span>Who may see it</span>
          <select value={state.confidentiality} onChange={(e) => set({ confidentiality: CONFIDENTIALITY.find((c) => c === e.target.value) ?? 'public' })}>
            {CONFIDENTIALITY.map((c) => (
              <option key={c} value={c}>
                {CONFIDENTIALITY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        {state.confidentiality === 'confidential' ? (
          <label className="field">
            <span>Confidential until</span>
            <input type="date" value={state.confidentialUntil} onChange={(e) => set({ confidentialUntil: e.target.value })} />
          </label>
        ) : null}
        <label className="field">
          <span>Review on (optional)</span>
          <input type="date" value={state.reviewOn} onChange={(e) => set({ reviewOn: e.target.value })} />
        </label>
      </div>
      <CheckList legend="Teams" options={(lookups?.teams ?? []).map((t) => ({ id: t.id, label: t.name }))} selected={state.teamIds} onChange={(teamIds) => set({ teamIds })} />
      <CheckList legend="Asks it decides" options={askOptions} selected={state.itemIds} onChange={(ids) => set({ itemIds: ids })} empty="No asks yet. Import team updates to link their asks." />
      <CheckList legend="Tags" options={(lookups?.tags ?? []).map((t) => ({ id: t.id, label: t.name }))} selected={state.tagIds} onChange={(tagIds) => set({ tagIds })} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button primary">
          {decision ? 'Save decision' : 'Record decision'}
        </button>
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
