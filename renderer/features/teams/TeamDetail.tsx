/** One team: its SC members, open work, latest update, what changed, and earlier updates. */
import { useState } from 'react';
import { postDateOf, type ItemRow, type MemberRow, type TeamRow, type ThreadRow, type UpdateRow } from '../../../shared/model';
import { openWork } from '../../../shared/triage/open-work';
import { latestTwo } from '../../../shared/triage/team-history';
import { useTeamHistory, useTeamUpdates } from '../../db/hooks/teams';
import { PostDateText } from '../../components/PostDateText';
import { useSetView, useTriageActions } from '../../store';
import { assignTeam } from '../items/actions';
import { AssigneeChecklist } from '../items/AssigneeChecklist';
import { HistoryList } from '../items/HistoryList';
import { TeamChanges } from './TeamChanges';
import { UpdateView } from './UpdateView';

export function TeamDetail({ team, members }: { team: TeamRow; members: readonly MemberRow[] }) {
  const data = useTeamUpdates(team.id);
  const history = useTeamHistory(team.id) ?? [];
  const setView = useSetView();
  const { setActiveItem, applySavedFilter, setItemQuery } = useTriageActions();
  if (!data) return <div className="team-detail" aria-busy="true" />;
  const { latest, previous } = latestTwo(data.updates);
  const itemsOf = (id: string | undefined) => (id ? (data.itemsByUpdate.get(id) ?? []) : []);
  const allItems = [...data.itemsByUpdate.values()].flat();
  // The same groups the team's card in the list counts (shared/triage/open-work.ts).
  const work = openWork(allItems);
  const groups: [string, ItemRow[]][] = [
    ['Open asks', work.asks],
    ['Blockers', work.blockers],
    ['Budget requests', work.budget],
  ];
  const openItem = (item: ItemRow) => {
    applySavedFilter(null, { teamId: team.id });
    setItemQuery('');
    setActiveItem(item.id);
    setView('items');
  };
  const earlier = data.updates.filter((u) => u.isTeamUpdate && u.id !== latest?.id).sort((a, b) => (postDateOf(b)?.at ?? '').localeCompare(postDateOf(a)?.at ?? ''));

  return (
    <article className="team-detail" aria-labelledby="team-title">
      <header className="card team-head">
        <h2 id="team-title">{team.name}</h2>
        {team.aliases.length > 0 || team.groupHandles.length > 0 ? <p className="muted">Also known as {[...team.aliases, ...team.groupHandles].join(', ')}</p> : null}
        <AssigneeChecklist legend={`SC members following ${team.name}`} members={members} assigned={team.assigneeIds} onChange={(m, on) => void assignTeam(team.id, m, on)} />
      </header>

      <section className="card" aria-labelledby="open-title">
        <h3 id="open-title">Open work</h3>
        {groups.every(([, list]) => list.length === 0) ? <p className="muted">Nothing open for the SC.</p> : null}
        {groups.map(([title, list]) =>
          list.length === 0 ? null : (
            <div key={title} className="open-group">
              <h4>
                {title} ({list.length})
              </h4>
              <ul className="plain-list">
                {list.map((i) => (
                  <li key={i.id}>
                    <button type="button" className="link-button" onClick={() => openItem(i)}>
                      {i.text}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ),
        )}
      </section>

      {latest && previous ? <TeamChanges previous={itemsOf(previous.id)} latest={itemsOf(latest.id)} previousThread={data.threads.get(previous.threadId)?.title} /> : null}

      <section className="card" aria-labelledby="latest-title">
        <h3 id="latest-title">Latest update</h3>
        {latest ? <UpdateView update={latest} thread={data.threads.get(latest.threadId)} /> : <p className="muted">No update from this team yet.</p>}
      </section>

      {earlier.length > 0 ? (
        <section className="card" aria-labelledby="earlier-title">
          <h3 id="earlier-title">Earlier updates</h3>
          {earlier.map((u) => (
            <EarlierUpdate key={u.id} update={u} thread={data.threads.get(u.threadId)} itemCount={itemsOf(u.id).length} />
          ))}
        </section>
      ) : null}

      <div className="card">
        <HistoryList history={history} titleId="team-history-title" />
      </div>
    </article>
  );
}

/**
 * An earlier update, its post rendered only once opened: rendering and sanitizing every
 * earlier post of a long-lived team on each visit held the window for seconds in a large
 * workspace (SECURITY.md check 49, bench/load-cold-start.ts).
 */
function EarlierUpdate({ update, thread, itemCount }: { update: UpdateRow; thread: ThreadRow | undefined; itemCount: number }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className="earlier-update" onToggle={(e) => setIsOpen(e.currentTarget.open)}>
      <summary>
        {thread?.title ?? 'Another thread'}
        {update.postedAt || update.editedAt ? (
          <>
            {' — '}
            <PostDateText post={update} />
          </>
        ) : null}{' '}
        ({itemCount} items)
      </summary>
      {isOpen ? <UpdateView update={update} thread={thread} /> : null}
    </details>
  );
}
