/**
 * One item in context (issue 4): the post it came from with the quoted span highlighted,
 * a link to the original post, and its tags, status, priority, assignees, confidentiality,
 * notes, linked decisions and meetings, and change history. Opening it marks it read for
 * the member after a moment (skimming past with j/k does not).
 */
import { useEffect, useRef } from 'react';
import { PRIORITIES, type ItemId, type MemberId, type MemberRow, type Priority, type TagRow, type TeamId } from '../../../shared/model';
import { originOf } from '../../../shared/parse/sources/urls';
import { DateText } from '../../components/DateText';
import { RecordBoundary } from '../../components/ErrorBoundary';
import { PostBody } from '../../components/PostBody';
import { useItemContext } from '../../db/hooks/items';
import { openPostLink } from '../../lib/open-link';
import { useFocusRequest } from '../../store';
import { TagEditor } from '../tags/TagEditor';
import { assignItems, changePriority, markConfidential, markSeen } from './actions';
import { AssigneeChecklist } from './AssigneeChecklist';
import { HistoryList } from './HistoryList';
import { ASK_TYPE_LABELS, KIND_LABELS, PRIORITY_LABELS } from './labels';
import { NotesPanel } from './NotesPanel';
import { StatusControl } from './StatusControl';

/** How long an item must stay open before it counts as read. */
const SEEN_AFTER_MS = 800;

export type ItemDetailProps = {
  itemId: ItemId;
  tags: readonly TagRow[];
  members: readonly MemberRow[];
  teamName: (id: TeamId) => string | undefined;
  me: MemberId | null;
  /** The keyboard shortcuts t/a/s focus this pane's controls only when nothing is multi-selected. */
  takesFocusRequests: boolean;
};

/** The item in a boundary of its own: an item that cannot be shown leaves the list, filters and other panes in place (issue 20). */
export function ItemDetail(props: ItemDetailProps) {
  return (
    <RecordBoundary what="This item" recordKey={props.itemId}>
      <ItemDetailCard {...props} />
    </RecordBoundary>
  );
}

function ItemDetailCard({ itemId, tags, members, teamName, me, takesFocusRequests }: ItemDetailProps) {
  const context = useItemContext(itemId);
  const tagInput = useRef<HTMLInputElement>(null);
  const firstAssignee = useRef<HTMLInputElement>(null);
  const statusSelect = useRef<HTMLSelectElement>(null);
  const focusRequest = useFocusRequest();
  const item = context?.item;
  const isSeen = item && me ? item.seenBy.includes(me) : true;

  // A shortcut may arrive while the item is still loading (j then s in quick succession):
  // remember which request was served and serve a pending one once the controls exist.
  const servedFocusSeq = useRef(focusRequest.seq);
  const isLoaded = context !== undefined;
  useEffect(() => {
    if (!takesFocusRequests || focusRequest.target === null || servedFocusSeq.current === focusRequest.seq) return;
    const target = { tags: tagInput, assignees: firstAssignee, status: statusSelect }[focusRequest.target];
    if (!target.current) return;
    target.current.focus();
    servedFocusSeq.current = focusRequest.seq;
  }, [focusRequest, takesFocusRequests, isLoaded]);

  useEffect(() => {
    if (!me || isSeen) return;
    const timer = setTimeout(() => void markSeen(itemId, me, true), SEEN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [itemId, me, isSeen]);

  if (context === undefined) return <aside className="item-detail card" aria-busy="true" aria-label="Item" />;
  if (context === null || !item) {
    return (
      <aside className="item-detail card" aria-label="Item">
        <p className="muted">This item no longer exists.</p>
      </aside>
    );
  }
  const { update, thread } = context;
  const postUrl = update?.url ?? thread?.url;
  const baseUrl = originOf(thread?.url);
  const team = item.teamId === null ? 'No team' : (teamName(item.teamId) ?? 'Unknown team');

  return (
    <aside className="item-detail card" aria-labelledby="item-detail-title">
      <header className="detail-header">
        <p className="muted">
          {team} · {KIND_LABELS[item.kind]}
          {item.askType ? ` · ${ASK_TYPE_LABELS[item.askType]} ask` : ''}
          {thread ? ` · ${thread.title}` : ''}
        </p>
        <h2 id="item-detail-title">{item.text}</h2>
        <div className="button-row">
          {postUrl ? (
            <button type="button" className="button" onClick={() => void openPostLink(postUrl)}>
              Open the original post ↗
            </button>
          ) : null}
          {me && item.assigneeIds.includes(me) ? (
            <button type="button" className="button subtle" onClick={() => void markSeen(item.id, me, !isSeen)}>
              {isSeen ? 'Mark as unread' : 'Mark as read'}
            </button>
          ) : null}
        </div>
      </header>

      <section className="detail-section detail-fields" aria-label="Triage">
        <StatusControl itemIds={[item.id]} current={item.status} reason={item.statusReason} selectRef={statusSelect} idPrefix="detail" />
        <label className="field">
          <span id="detail-priority-label">Priority</span>
          <select aria-labelledby="detail-priority-label" value={item.priority} onChange={(e) => void changePriority([item.id], e.target.value as Priority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <label className="check confidential-check">
          <input type="checkbox" checked={item.confidential} onChange={(e) => void markConfidential([item.id], e.target.checked)} />
          Confidential (security embargo, moderation case) — left out of exports
        </label>
      </section>

      <section className="detail-section" aria-labelledby="tags-title">
        <h3 id="tags-title">Tags</h3>
        <TagEditor itemIds={[item.id]} current={item.tagIds} tags={tags} suggestFor={item} inputRef={tagInput} idPrefix="detail" />
      </section>

      <section className="detail-section">
        <AssigneeChecklist legend="Assigned SC members" members={members} assigned={item.assigneeIds} onChange={(m, on) => void assignItems([item.id], m, on)} firstRef={firstAssignee} />
      </section>

      <NotesPanel itemId={item.id} notes={item.notes} />

      {context.decisions.length > 0 || context.meetings.length > 0 ? (
        <section className="detail-section" aria-labelledby="links-title">
          <h3 id="links-title">Decisions and meetings</h3>
          <ul className="plain-list">
            {context.decisions.map((d) => (
              <li key={d.id}>
                Decision #{d.number}: {d.title} <span className="muted">({d.status})</span>
              </li>
            ))}
            {context.meetings.map((m) => (
              <li key={m.id}>
                Meeting: {m.title} {m.startsAt ? <span className="muted">(<DateText kind="date" value={m.startsAt} timeZone={m.timeZone} />)</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="detail-section" aria-labelledby="post-title">
        <h3 id="post-title">In the post{update ? ` by ${update.author}` : ''}</h3>
        {update ? (
          // Scrolls on its own, so it must take the focus for keyboard users to scroll it.
          <div className="post-scroll" tabIndex={0} role="region" aria-label="The post this item came from">
            <PostBody raw={update.raw} baseUrl={baseUrl} highlight={item.span} onOpenLink={(url) => void openPostLink(url)} />
          </div>
        ) : (
          <p className="muted">The post this item came from is no longer in the workspace.</p>
        )}
      </section>

      <HistoryList history={context.history} titleId="item-history-title" />
    </aside>
  );
}
