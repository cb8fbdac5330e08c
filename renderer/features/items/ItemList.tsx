/**
 * The item list: a virtualized listbox (@tanstack/react-virtual) so 20,000 items render as
 * fast as 20 (PERFORMANCE-FLOORS §3.6). Keyboard pattern: the listbox keeps the focus and
 * points at the active option with aria-activedescendant; arrows/j/k move, Space/x selects.
 * Only rendered rows exist in the DOM, so each option states its position (aria-posinset).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { ItemId, ItemRow, MemberId, TagRow, TeamId } from '../../../shared/model';
import { STATUS_LABELS } from '../../../shared/triage/status-rules';
import type { MatchTerms } from '../../lib/search/highlight';
import { Highlighted } from './Highlighted';
import { KIND_LABELS, PRIORITY_LABELS, initials } from './labels';

export const ROW_HEIGHT = 64;

export type ItemListProps = {
  items: readonly ItemRow[];
  activeId: ItemId | null;
  selected: ReadonlySet<ItemId>;
  match: MatchTerms | null;
  teamName: (id: TeamId) => string | undefined;
  tags: ReadonlyMap<string, TagRow>;
  memberName: (id: MemberId) => string | undefined;
  me: MemberId | null;
  onActivate: (id: ItemId) => void;
  onToggle: (id: ItemId) => void;
  label: string;
};

export const optionId = (id: ItemId) => `item-option-${id}`;

export function ItemList(props: ItemListProps) {
  const { items, activeId, onActivate, onToggle } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; this only silences its advisory about useVirtualizer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const activeIndex = activeId === null ? -1 : items.findIndex((i) => i.id === activeId);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const move = (to: number) => {
    const target = items[Math.max(0, Math.min(items.length - 1, to))];
    if (target) onActivate(target.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex < 0 ? 0 : activeIndex - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      ' ': () => (activeId ? onToggle(activeId) : move(0)),
    };
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  };

  return (
    <div
      ref={scrollRef}
      className="item-list"
      role="listbox"
      tabIndex={0}
      aria-label={props.label}
      aria-multiselectable="true"
      aria-activedescendant={activeIndex >= 0 ? optionId(items[activeIndex]!.id) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="item-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          return (
            <ItemOption
              key={item.id}
              item={item}
              top={row.start}
              index={row.index}
              count={items.length}
              isActive={item.id === activeId}
              isSelected={props.selected.has(item.id)}
              match={props.match}
              teamName={item.teamId === null ? 'No team' : (props.teamName(item.teamId) ?? 'Unknown team')}
              tags={props.tags}
              memberName={props.memberName}
              isUnseen={props.me !== null && item.assigneeIds.includes(props.me) && !item.seenBy.includes(props.me)}
              onActivate={onActivate}
              onToggle={onToggle}
            />
          );
        })}
      </div>
    </div>
  );
}

type OptionProps = {
  item: ItemRow;
  top: number;
  index: number;
  count: number;
  isActive: boolean;
  isSelected: boolean;
  isUnseen: boolean;
  match: MatchTerms | null;
  teamName: string;
  tags: ReadonlyMap<string, TagRow>;
  memberName: (id: MemberId) => string | undefined;
  onActivate: (id: ItemId) => void;
  onToggle: (id: ItemId) => void;
};

/** One lean row: text, team, kind, status, priority, tags and assignees. */
const ItemOption = memo(function ItemOption(p: OptionProps) {
  const { item } = p;
  const onClick = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey) p.onToggle(item.id);
    else p.onActivate(item.id);
  };
  return (
    <div
      id={optionId(item.id)}
      role="option"
      aria-selected={p.isSelected}
      aria-posinset={p.index + 1}
      aria-setsize={p.count}
      className={`item-option${p.isActive ? ' is-active' : ''}${p.isSelected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${p.top}px)`, height: ROW_HEIGHT }}
      onClick={onClick}
    >
      <span
        className="item-check"
        aria-hidden="true"
        title={p.isSelected ? 'Unselect (x)' : 'Select (x)'}
        onClick={(event) => {
          event.stopPropagation();
          p.onToggle(item.id);
        }}
      >
        {p.isSelected ? '✓' : ''}
      </span>
      <span className="item-main">
        <span className="item-text">
          {p.isUnseen ? (
            <>
              <span className="unseen-dot" aria-hidden="true" title="Not read yet" />
              <span className="visually-hidden">Not read yet: </span>
            </>
          ) : null}
          {item.confidential ? <span className="confidential-badge">Confidential</span> : null}
          <Highlighted text={item.text} match={p.match} />
        </span>
        <span className="item-meta">
          <span className="item-team">
            <Highlighted text={p.teamName} match={p.match} />
          </span>
          <span>{KIND_LABELS[item.kind]}</span>
          <span className={`status-badge is-${item.status}`}>{STATUS_LABELS[item.status]}</span>
          {item.priority !== 'normal' ? <span className={`priority-badge is-${item.priority}`}>{PRIORITY_LABELS[item.priority]}</span> : null}
          {item.tagIds.map((id) => {
            const tag = p.tags.get(id);
            return tag ? (
              <span key={id} className="tag-chip" style={{ borderColor: tag.color }}>
                <span className="tag-dot" style={{ background: tag.color }} aria-hidden="true" />
                {tag.name}
              </span>
            ) : null;
          })}
          {item.assigneeIds.map((id) => {
            const name = p.memberName(id);
            return name ? (
              <span key={id} className="assignee-initials" title={name}>
                <span aria-hidden="true">{initials(name)}</span>
                <span className="visually-hidden">assigned to {name}</span>
              </span>
            ) : null;
          })}
        </span>
      </span>
    </div>
  );
});
