/**
 * The live list of every item (renderer/db/hooks/live-items.ts): read once (a page at a
 * time; a full read starts with `orderBy`, which the tests count), then patched
 * with the rows a write touched — a tag change must not read the whole table again
 * (SECURITY.md check 47) — and read again whole when a write touched a range.
 */
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { RangeSet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changedKeys, liveItemsTiming, useLiveItems } from '../../../../renderer/db/hooks/live-items';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { editItemTags } from '../../../../renderer/db/repos/items-repo';
import { setMe } from '../../../../renderer/db/repos/settings-repo';
import type { ItemId, TagId } from '../../../../shared/model';
import { item, tag } from '../../support/seed';

beforeEach(async () => {
  // Each test starts with the list let go of at once (one test sets the real delay).
  liveItemsTiming.keepMs = 0;
  await resetDatabaseForTests();
  await setMe('Tom Bereknyei');
  await db.tags.add(tag('t-infra', 'infra'));
  await db.items.bulkAdd([item('i-1', 'u-1', 'xen', 'First ask'), item('i-3', 'u-1', 'xen', 'Third ask')]);
});

afterEach(async () => {
  liveItemsTiming.keepMs = 0;
  cleanup();
  await new Promise((r) => setTimeout(r, 10));
  vi.restoreAllMocks();
});

const ids = (rows: { id: string }[] | undefined) => rows?.map((r) => r.id);

describe('useLiveItems', () => {
  it('reads every item once, then shows a tag change without reading the table again', async () => {
    const fullReads = vi.spyOn(db.items, 'orderBy');
    const { result } = renderHook(() => useLiveItems());
    await waitFor(() => expect(ids(result.current)).toEqual(['i-1', 'i-3']));
    await editItemTags(['i-3' as ItemId], { add: ['t-infra' as TagId] });
    await waitFor(() => expect(result.current?.find((i) => i.id === 'i-3')?.tagIds).toEqual(['t-infra']));
    expect(fullReads).toHaveBeenCalledTimes(1);
  });

  it('keeps the table order when an item is added and drops a deleted one', async () => {
    const { result } = renderHook(() => useLiveItems());
    await waitFor(() => expect(ids(result.current)).toEqual(['i-1', 'i-3']));
    await db.items.add(item('i-2', 'u-1', 'xen', 'Second ask'));
    await waitFor(() => expect(ids(result.current)).toEqual(['i-1', 'i-2', 'i-3']));
    await db.items.delete('i-1');
    await waitFor(() => expect(ids(result.current)).toEqual(['i-2', 'i-3']));
  });

  it('reads the table again after a clear (a range, not listed keys)', async () => {
    const fullReads = vi.spyOn(db.items, 'orderBy');
    const { result } = renderHook(() => useLiveItems());
    await waitFor(() => expect(ids(result.current)).toEqual(['i-1', 'i-3']));
    await db.items.clear();
    await waitFor(() => expect(result.current).toEqual([]));
    expect(fullReads).toHaveBeenCalledTimes(2);
  });

  it('keeps the rows for the next view that opens soon after, without a second read', async () => {
    liveItemsTiming.keepMs = 3000;
    const fullReads = vi.spyOn(db.items, 'orderBy');
    const first = renderHook(() => useLiveItems());
    await waitFor(() => expect(ids(first.result.current)).toEqual(['i-1', 'i-3']));
    first.unmount();
    await db.items.update('i-1', { text: 'Changed between two views' });
    const second = renderHook(() => useLiveItems());
    await waitFor(() => expect(second.result.current?.[0]?.text).toBe('Changed between two views'));
    expect(fullReads).toHaveBeenCalledTimes(1);
  });

  it('stops reading once no view has used it for a while, and starts afresh for the next one', async () => {
    const first = renderHook(() => useLiveItems());
    await waitFor(() => expect(ids(first.result.current)).toEqual(['i-1', 'i-3']));
    first.unmount();
    await new Promise((r) => setTimeout(r, 20));
    const patches = vi.spyOn(db.items, 'bulkGet');
    await db.items.update('i-1', { text: 'Changed while nobody looks' });
    await new Promise((r) => setTimeout(r, 50));
    expect(patches).not.toHaveBeenCalled();
    const second = renderHook(() => useLiveItems());
    await waitFor(() => expect(second.result.current?.[0]?.text).toBe('Changed while nobody looks'));
  });
});

describe('useLiveItems with more items than one read takes', () => {
  it('reads them page by page, in table order, and shows all of them', async () => {
    await db.items.bulkAdd(Array.from({ length: 5004 }, (_, i) => item(`j-${String(i).padStart(5, '0')}`, 'u-2', 'xen', `Ask ${i}`)));
    const { result } = renderHook(() => useLiveItems());
    await waitFor(() => expect(result.current).toHaveLength(5006));
    const got = ids(result.current)!;
    expect(got).toEqual([...got].sort());
    expect(got.slice(0, 2)).toEqual(['i-1', 'i-3']);
  });
});

describe('changedKeys', () => {
  it('lists the keys of single-key ranges', () => {
    expect(changedKeys(new RangeSet().addKeys(['b', 'a']))).toEqual(['a', 'b']);
  });

  it('gives up on a real range, such as the whole table after a clear', () => {
    expect(changedKeys(new RangeSet('a', 'c'))).toBeNull();
    expect(changedKeys(new RangeSet(-Infinity, [[[]]]))).toBeNull();
  });
});
