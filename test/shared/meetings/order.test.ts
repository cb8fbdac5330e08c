import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moveByKey, moveEntry, orderBetween, rebalance, sectionEntries, type Orderable } from '../../../shared/meetings/order';

const e = (id: string, section: string, order: number): Orderable => ({ id, section, order });
const apply = (entries: Orderable[], rows: Orderable[]) => entries.map((x) => rows.find((r) => r.id === x.id) ?? x);
const ids = (entries: Orderable[], section: string) => sectionEntries(entries, section).map((x) => x.id);

describe('orderBetween', () => {
  it('puts a number strictly between two neighbours', () => {
    const n = orderBetween(1, 2);
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThan(2);
  });

  it('goes before the first and after the last entry', () => {
    expect(orderBetween(undefined, 3)).toBeLessThan(3);
    expect(orderBetween(3, undefined)).toBeGreaterThan(3);
  });
});

describe('moveEntry', () => {
  const agenda = [e('a', 'Old', 1), e('b', 'Old', 2), e('c', 'Old', 3), e('x', 'New', 1)];

  it('writes only the moved entry when there is room', () => {
    const rows = moveEntry(agenda, 'c', 'Old', 0);
    expect(rows.map((r) => r.id)).toEqual(['c']);
    expect(ids(apply(agenda, rows), 'Old')).toEqual(['c', 'a', 'b']);
  });

  it('moves an entry into another section at the given index', () => {
    const next = apply(agenda, moveEntry(agenda, 'a', 'New', 1));
    expect(ids(next, 'New')).toEqual(['x', 'a']);
    expect(ids(next, 'Old')).toEqual(['b', 'c']);
  });

  it('clamps an index past the end to the last position', () => {
    expect(ids(apply(agenda, moveEntry(agenda, 'a', 'Old', 99)), 'Old')).toEqual(['b', 'c', 'a']);
  });

  it('renumbers the section when repeated moves into one gap exhaust the precision', () => {
    let entries = [e('a', 'S', 1), e('b', 'S', 2), ...Array.from({ length: 60 }, (_, i) => e(`n${i}`, 'T', i + 1))];
    let renumbered = false;
    for (let i = 0; i < 60; i += 1) {
      const rows = moveEntry(entries, `n${i}`, 'S', 1);
      if (rows.length > 1) renumbered = true;
      entries = apply(entries, rows);
    }
    expect(renumbered).toBe(true);
    const s = sectionEntries(entries, 'S');
    expect(s[0]!.id).toBe('a');
    expect(s.at(-1)!.id).toBe('b');
    expect(s[1]!.id).toBe('n59');
  });

  it('keeps every section a strict order under any sequence of moves', () => {
    const sections = ['A', 'B', 'C'];
    const move = fc.record({ id: fc.integer({ min: 0, max: 5 }), to: fc.constantFrom(...sections), index: fc.integer({ min: 0, max: 7 }) });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 80 }), (moves) => {
        let entries = Array.from({ length: 6 }, (_, i) => e(`e${i}`, sections[i % 3]!, i));
        for (const m of moves) {
          const before = sectionEntries(entries, m.to).filter((x) => x.id !== `e${m.id}`).map((x) => x.id);
          entries = apply(entries, moveEntry(entries, `e${m.id}`, m.to, m.index));
          const expected = [...before];
          expected.splice(Math.min(m.index, before.length), 0, `e${m.id}`);
          expect(ids(entries, m.to)).toEqual(expected);
        }
        for (const s of sections) {
          const orders = sectionEntries(entries, s).map((x) => x.order);
          expect(new Set(orders).size).toBe(orders.length);
        }
      }),
    );
  });
});

describe('moveByKey', () => {
  const agenda = [e('a', 'Old', 1), e('b', 'Old', 2), e('x', 'New', 1)];
  const order = ['Old', 'New'];

  it('swaps with the neighbour inside a section', () => {
    expect(ids(apply(agenda, moveByKey(agenda, 'b', 'up', order)), 'Old')).toEqual(['b', 'a']);
  });

  it('crosses into the next section from the bottom of one', () => {
    const next = apply(agenda, moveByKey(agenda, 'b', 'down', order));
    expect(ids(next, 'New')).toEqual(['b', 'x']);
  });

  it('does nothing at the very top of the agenda', () => {
    expect(moveByKey(agenda, 'a', 'up', order)).toEqual([]);
  });
});

describe('rebalance', () => {
  it('renumbers each section from one and returns only changed rows', () => {
    const rows = rebalance([e('a', 'S', 1), e('b', 'S', 1.5), e('c', 'S', 7), e('x', 'T', 1)]);
    expect(rows).toEqual([e('b', 'S', 2), e('c', 'S', 3)]);
  });
});
