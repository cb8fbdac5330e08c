import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../shared/collections/group-by';

describe('groupBy', () => {
  it('puts each value in its key’s list, in the order the values came', () => {
    const groups = groupBy(['apple', 'bean', 'avocado', 'beet', 'cherry'], (w) => w[0]);
    expect([...groups]).toEqual([
      ['a', ['apple', 'avocado']],
      ['b', ['bean', 'beet']],
      ['c', ['cherry']],
    ]);
  });

  it('gives an empty map for no values', () => {
    expect(groupBy([], () => 'x').size).toBe(0);
  });
});
