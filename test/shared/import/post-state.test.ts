import { describe, expect, it } from 'vitest';
import { rowIds } from '../../../shared/import/plan';
import { postState, postStates } from '../../../shared/import/post-state';

describe('postState', () => {
  it.each([
    { stored: undefined, raw: 'a', state: 'new' },
    { stored: { raw: 'a' }, raw: 'a', state: 'unchanged' },
    { stored: { raw: 'a' }, raw: 'a (edited)', state: 'edited' },
    { stored: { raw: 'a' }, raw: 'a\n', state: 'edited' },
  ] as const)('calls a post $state when stored as $stored and parsed as $raw', ({ stored, raw, state }) => {
    expect(postState(stored, { raw })).toBe(state);
  });

  it('finds stored posts by the row id the write uses', () => {
    const stored = new Map([[rowIds.update('t:1'), { raw: 'one' }], [rowIds.update('t:2'), { raw: 'two' }], ['t:3', { raw: 'three' }]]);
    const posts = [{ key: 't:1', raw: 'one' }, { key: 't:2', raw: 'two, edited' }, { key: 't:3', raw: 'three' }];
    expect(postStates(posts, stored)).toEqual({ 't:1': 'unchanged', 't:2': 'edited', 't:3': 'new' });
  });
});
