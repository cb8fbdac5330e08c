import { describe, expect, it } from 'vitest';
import { checkTagColor, checkTagName, editedTagIds, mergedTagIds, paletteColor, selectionTags, suggestTagNames } from '../../../shared/triage/tags';
import { item, tagId } from '../../fixtures/triage/item-rows';

const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(tagId) as [ReturnType<typeof tagId>, ReturnType<typeof tagId>, ReturnType<typeof tagId>, ReturnType<typeof tagId>];

describe('tag names and colours', () => {
  it('trims and collapses spaces in a tag name', () => {
    expect(checkTagName('  needs   decision ', [])).toBe('needs decision');
  });

  it('refuses an empty name', () => {
    expect(() => checkTagName('   ', [])).toThrow('Enter a name for the tag.');
  });

  it('refuses a name that differs from an existing tag only by case', () => {
    expect(() => checkTagName('Budget', [{ id: a, name: 'budget' }])).toThrow('A tag named “budget” already exists.');
  });

  it('lets a tag be renamed to a different case of its own name', () => {
    expect(checkTagName('Budget', [{ id: a, name: 'budget' }], a)).toBe('Budget');
  });

  it('accepts #rrggbb colours only', () => {
    expect(checkTagColor('#AABBCC')).toBe('#aabbcc');
    expect(() => checkTagColor('red')).toThrow(/not a colour/);
  });

  it('cycles through the palette', () => {
    expect(paletteColor(0)).toBe(paletteColor(8));
    expect(paletteColor(0)).not.toBe(paletteColor(1));
  });
});

describe('merging tags', () => {
  it('replaces merged tags by the target, once, at the first merged tag', () => {
    expect(mergedTagIds([c, a, d, b], [a, b], c)).toEqual([c, d]);
    expect(mergedTagIds([d, a, b], [a, b], c)).toEqual([d, c]);
  });

  it('returns null for an item carrying none of the merged tags', () => {
    expect(mergedTagIds([c, d], [a], b)).toBeNull();
  });

  it('refuses to merge a tag into itself', () => {
    expect(() => mergedTagIds([a], [a], a)).toThrow('A tag cannot be merged into itself.');
  });
});

describe('editing an item’s tags', () => {
  it('adds missing tags and removes the given ones', () => {
    expect(editedTagIds([a, b], [c, a], [b])).toEqual([a, c]);
  });

  it('returns null when nothing changes', () => {
    expect(editedTagIds([a], [a], [d])).toBeNull();
  });
});

describe('suggested tags', () => {
  it('suggests budget for a budget request', () => {
    expect(suggestTagNames(item('x', { kind: 'budget', askType: 'budget', isAsk: true }))).toContain('budget');
  });

  it('suggests infra for an access ask', () => {
    expect(suggestTagNames(item('x', { askType: 'access', isAsk: true, text: 'An e-mail alias that ends in @nixos.org' }))).toContain('infra');
  });

  it('suggests security and needs-decision for a pre-disclosure approval', () => {
    const names = suggestTagNames(item('x', { askType: 'approval', isAsk: true, text: 'Approval to apply to Xen’s security pre-disclosure list' }));
    expect(names).toEqual(expect.arrayContaining(['security', 'needs-decision']));
  });

  it('leaves out tags the item already has, whatever their case', () => {
    expect(suggestTagNames(item('x', { kind: 'budget' }), ['Budget'])).not.toContain('budget');
  });

  it('suggests nothing for a plain status line', () => {
    expect(suggestTagNames(item('x', { kind: 'status', text: 'We released version 2' }))).toEqual([]);
  });
});

describe('the tags of a selection', () => {
  it('tells tags every selected item has from tags only some have, with how many', () => {
    const items = [item('1', { tagIds: [a, b, c] }), item('2', { tagIds: [b, a] }), item('3', { tagIds: [d, a, b] })];
    expect(selectionTags(items)).toEqual({ all: [a, b], some: [{ tagId: c, count: 1 }, { tagId: d, count: 1 }] });
  });

  it('has every tag of a single item on all of it', () => {
    expect(selectionTags([item('1', { tagIds: [a, b] })])).toEqual({ all: [a, b], some: [] });
  });

  it('counts a tag listed twice on one item once', () => {
    expect(selectionTags([item('1', { tagIds: [a, a] }), item('2', { tagIds: [] })])).toEqual({ all: [], some: [{ tagId: a, count: 1 }] });
  });

  it('has no tags for no items', () => {
    expect(selectionTags([])).toEqual({ all: [], some: [] });
  });
});
