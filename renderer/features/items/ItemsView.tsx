/**
 * The Items view (issue 4): every item across teams in one virtualized list, with filters,
 * saved filters, sorting and full-text search; the active item's detail beside it; bulk
 * actions on a selection; tags, shortcuts and undo. Changes save instantly and the view
 * updates live from IndexedDB.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { ItemId, MemberId, TeamId } from '../../../shared/model';
import { selectionTags } from '../../../shared/triage/tags';
import { EmptyState } from '../../components/EmptyState';
import { ViewHeader } from '../../components/ViewHeader';
import { useMembers, useTeams } from '../../db/hooks/live';
import { useAllItems, useCanUndo, useMyMemberId, useThreads } from '../../db/hooks/items';
import { useTags } from '../../db/hooks/tags';
import {
  useActiveItemId, useItemFilter, useItemQuery, useItemSort, useSelectedItemIds, useSetView, useTriageActions, useTriagePanel,
} from '../../store';
import { TagsManager } from '../tags/TagsManager';
import { undoLast } from './actions';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { ItemDetail } from './ItemDetail';
import { ItemList } from './ItemList';
import { MePrompt } from './MePrompt';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useItemKeys } from './use-item-keys';
import { RESULT_CAP, useVisibleItems } from './use-visible-items';
import '../../styles/triage.css';

// One shared empty list while a query loads, so memoised values do not change every render.
const NONE: never[] = [];

export function ItemsView() {
  const items = useAllItems();
  const teams = useTeams();
  const setView = useSetView();
  if (items === undefined || teams === undefined) return <section className="view" aria-busy="true" aria-label="Items" />;
  if (items.length === 0) {
    return (
      <section className="view" aria-labelledby="items-title">
        <ViewHeader id="items-title" title="Items" subtitle="Asks, blockers and budget requests across all teams." />
        <EmptyState title="Nothing here yet" action={{ label: 'Import team updates', onClick: () => setView('import') }}>
          Import a team updates thread first; its asks and blockers become the items you triage, decide on and put on agendas.
        </EmptyState>
      </section>
    );
  }
  return <ItemsWorkspace items={items} teams={teams} />;
}

function ItemsWorkspace({ items, teams }: { items: NonNullable<ReturnType<typeof useAllItems>>; teams: NonNullable<ReturnType<typeof useTeams>> }) {
  const tags = useTags() ?? NONE;
  const members = useMembers() ?? NONE;
  const threads = useThreads() ?? NONE;
  const me = useMyMemberId() ?? null;
  const canUndo = useCanUndo();
  const filter = useItemFilter();
  const sort = useItemSort();
  const query = useItemQuery();
  const activeId = useActiveItemId();
  const selectedIds = useSelectedItemIds();
  const panel = useTriagePanel();
  const { setItemQuery, setActiveItem, toggleSelected, setTriagePanel } = useTriageActions();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const visible = useVisibleItems(items, teams, filter, sort, query);
  const teamName = useMemo(() => {
    const names = new Map<string, string>(teams.map((t) => [t.id, t.name]));
    return (id: TeamId) => names.get(id);
  }, [teams]);
  const memberName = useMemo(() => {
    const names = new Map<string, string>(members.map((m) => [m.id, m.name]));
    return (id: MemberId) => names.get(id);
  }, [members]);
  const tagMap = useMemo(() => new Map<string, (typeof tags)[number]>(tags.map((t) => [t.id, t])), [tags]);
  const selected = useMemo(() => new Set<ItemId>(selectedIds), [selectedIds]);
  // Tags every selected item has apart from tags only some have (TagEditor shows the latter as mixed).
  const tagsOnSelection = useMemo(() => selectionTags(items.filter((i) => selected.has(i.id))), [items, selected]);

  const visibleIds = useCallback(() => visible.items.map((i) => i.id), [visible.items]);
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  const focusList = useCallback(() => listRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus(), []);
  useItemKeys({ visibleIds, focusSearch, focusList });

  const subtitle = visible.isSearching
    ? visible.total > RESULT_CAP
      ? `Best ${RESULT_CAP} of ${visible.total} matches`
      : `${visible.total} ${visible.total === 1 ? 'match' : 'matches'}`
    : `${visible.items.length} of ${items.length} items`;

  return (
    <section className="view items-view" aria-labelledby="items-title">
      <ViewHeader
        id="items-title"
        title="Items"
        subtitle={subtitle}
        actions={
          <>
            <button type="button" className="button" onClick={() => void undoLast()} disabled={!canUndo} aria-keyshortcuts="Control+Z">
              Undo last change
            </button>
            <button type="button" className="button" aria-pressed={panel === 'tags'} onClick={() => setTriagePanel(panel === 'tags' ? 'none' : 'tags')}>
              Manage tags
            </button>
            <button type="button" className="button subtle" aria-keyshortcuts="?" onClick={() => setTriagePanel(panel === 'shortcuts' ? 'none' : 'shortcuts')}>
              Keyboard shortcuts
            </button>
          </>
        }
      />
      <div className="search-row">
        <label className="field search-field">
          <span>Search items, notes and teams</span>
          <input
            ref={searchRef}
            type="search"
            value={query}
            onChange={(e) => setItemQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' || e.key === 'Enter') {
                if (e.key === 'Escape') setItemQuery('');
                focusList();
              }
            }}
            placeholder="Type to search — press / from anywhere"
            aria-keyshortcuts="/"
            aria-controls="item-listbox"
          />
        </label>
      </div>
      <FilterBar teams={teams} threads={threads} tags={tags} members={members} me={me} />
      {panel === 'tags' ? <TagsManager onClose={() => setTriagePanel('none')} /> : null}
      {panel === 'shortcuts' ? <ShortcutsHelp onClose={() => setTriagePanel('none')} /> : null}
      {selectedIds.length > 0 ? <BulkBar ids={selectedIds} tags={tags} members={members} tagsOnSelection={tagsOnSelection} /> : null}
      <div className="items-layout">
        <div className="item-list-pane" ref={listRef} id="item-listbox">
          {visible.items.length === 0 ? (
            <p className="empty-state">{visible.isSearching ? 'No item matches these words.' : 'No item matches these filters.'}</p>
          ) : (
            <ItemList
              items={visible.items}
              activeId={activeId}
              selected={selected}
              match={visible.match}
              teamName={teamName}
              tags={tagMap}
              memberName={memberName}
              me={me}
              onActivate={setActiveItem}
              onToggle={toggleSelected}
              label={`Items (${subtitle})`}
            />
          )}
        </div>
        {activeId !== null && visible.items.some((i) => i.id === activeId) ? (
          <ItemDetail key={activeId} itemId={activeId} tags={tags} members={members} teamName={teamName} me={me} takesFocusRequests={selectedIds.length === 0} />
        ) : (
          <aside className="item-detail card is-empty" aria-label="Item">
            <p className="muted">Choose an item (click it, or move with j and k) to see it in its post, tag, assign and change its status.</p>
          </aside>
        )}
      </div>
      <MePrompt />
    </section>
  );
}
