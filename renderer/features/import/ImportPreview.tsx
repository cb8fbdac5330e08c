import { useMemo, useState } from 'react';
import { planPosts, planSummary, targetName, type PostPlan } from '../../../shared/import/plan';
import { isMove } from '../../../shared/import/post-state';
import { useTeams } from '../../db/hooks/live';
import { useImportFiles, useImportPlan, useUi } from '../../store';
import { cancelImport, confirmImport } from './actions';
import { BoundaryEditor } from './BoundaryEditor';
import { PostPreview } from './PostPreview';
import { needsTopicAddress, TopicAddressPrompt } from './TopicAddressPrompt';

/**
 * Posts shown at first, and added by each "Show more". A long thread (thousands of posts)
 * rendered whole kept the window frozen for seconds and made every later change slow
 * (SECURITY.md check 45; bench/load-import.ts); the summary above counts every post.
 */
export const PREVIEW_PAGE = 100;

type Counts = { added: number; edited: number; unchanged: number; enriched: number; moved: number; merged: number; movedTo: string[] };

/**
 * "3 new, 2 completed from this form, 1 moved to Xen Project team, 5 unchanged (2 merged
 * with stored posts)", or "nothing new" when every selected post is already stored as it is.
 */
function stateCounts(summary: Counts): string {
  const parts = [
    summary.added ? `${summary.added} new` : '',
    summary.edited ? `${summary.edited} edited` : '',
    summary.enriched ? `${summary.enriched} completed from this form` : '',
    summary.moved ? `${summary.moved} moved to ${summary.movedTo.join(', ')}` : '',
    summary.unchanged ? `${summary.unchanged} unchanged` : '',
  ].filter(Boolean);
  const merged = summary.merged ? ` (${summary.merged} merged with stored posts)` : '';
  return writes(summary) === 0 ? `nothing new${parts.length ? ` (${parts.join(', ')})` : ''}` : `${parts.join(', ')}${merged}`;
}

/** Posts the write changes; unchanged posts are rewritten as they are, so they do not count. */
const writes = (s: Counts) => s.added + s.edited + s.enriched + s.moved;

/** "Import 8 updates" for new posts only; "Import 1 change" once a stored post is edited or moved. */
function importLabel(summary: Counts): string {
  const n = writes(summary);
  if (n === 0) return 'Nothing new to import';
  return summary.edited + summary.enriched + summary.moved === 0 ? `Import ${n} update${n === 1 ? '' : 's'}` : `Import ${n} change${n === 1 ? '' : 's'}`;
}

/** Everything the import would write, per post, with the choices the member can change. */
export function ImportPreview({ isWriting }: { isWriting: boolean }) {
  const plan = useImportPlan();
  const files = useImportFiles();
  const teams = useTeams();
  const known = useMemo(() => (teams ?? []).map((t) => ({ id: t.id as string, name: t.name })), [teams]);
  const summary = useMemo(() => (plan ? planSummary(plan, known) : null), [plan, known]);
  const posts = useMemo<Record<string, PostPlan>>(() => (plan ? planPosts(plan, known) : {}), [plan, known]);
  const [shown, setShown] = useState(PREVIEW_PAGE);
  const topicUrl = useUi((s) => s.importOptions.topicUrl);
  if (!plan || !summary) return null;
  const toWrite = writes(summary);
  /** The team a stored post goes to when the write moves it, by name. */
  const moveTo = (key: string): string | undefined => {
    const post = posts[key];
    return post?.stored && isMove(post.stored, post.target) ? targetName(post.target, known) : undefined;
  };
  const hidden = plan.result.updates.length - shown;
  const plainFiles = files.filter((f) => plan.result.updates.some((u) => u.fileName === f.name && u.sourceKind === 'plain-text'));
  const newTeamNames = [...new Set(Object.values(plan.choices).flatMap((c) => (c.team.kind === 'new' ? [c.team.name] : [])))];
  return (
    <div className="import-preview">
      <div className="card import-summary">
        <p>
          <strong>
            {summary.included} of {summary.posts} posts
          </strong>{' '}
          selected: {stateCounts(summary)}, for <strong>{summary.teams} teams</strong>, with <strong>{summary.asks} asks</strong>.
          {summary.newTeams.length > 0 ? ` New teams: ${summary.newTeams.join(', ')}.` : ''}
        </p>
        <div className="import-actions">
          <button type="button" className="button primary" disabled={isWriting || toWrite === 0} onClick={() => void confirmImport()}>
            {isWriting ? 'Importing…' : importLabel(summary)}
          </button>
          <button type="button" className="button" disabled={isWriting} onClick={cancelImport}>
            Cancel
          </button>
        </div>
      </div>
      {needsTopicAddress(plan.result.warnings, topicUrl) ? <TopicAddressPrompt key={topicUrl ?? ''} warnings={plan.result.warnings} /> : null}
      {plan.result.warnings.length > 0 ? (
        <details className="card import-warnings">
          <summary>
            {plan.result.warnings.length} warning{plan.result.warnings.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {plan.result.warnings.map((w, i) => (
              <li key={i}>
                {w.fileName ? <strong>{w.fileName}: </strong> : null}
                {w.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {plainFiles.map((f) => (
        <BoundaryEditor key={f.name} file={f} />
      ))}
      <ol className="post-previews" aria-label="Posts to import">
        {plan.result.updates.slice(0, shown).map((u) => (
          <PostPreview
            key={u.key} update={u} plan={posts[u.key] ?? { state: 'new', target: { kind: 'none' } }} moveTo={moveTo(u.key)}
            choice={plan.choices[u.key]!} teams={teams ?? []} newTeamNames={newTeamNames}
          />
        ))}
      </ol>
      {hidden > 0 ? (
        <p className="preview-more">
          <span className="muted">
            {hidden} more post{hidden === 1 ? ' is' : 's are'} not shown yet; {hidden === 1 ? 'it is' : 'they are'} imported with the team suggested for each.
          </span>{' '}
          <button type="button" className="button" onClick={() => setShown((n) => n + PREVIEW_PAGE)}>
            Show {Math.min(hidden, PREVIEW_PAGE)} more
          </button>
        </p>
      ) : null}
    </div>
  );
}
