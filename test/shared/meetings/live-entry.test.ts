// Agenda titles of ask entries: the ask's first whole sentence, never a cut word.
import { describe, expect, it } from 'vitest';
import { itemTitle, liveTitle } from '../../../shared/meetings/live-entry';
import type { ItemId } from '../../../shared/model/ids';
import { entry, item } from './builders';

const TLDR = 'We’d like a @nixos.org email to apply for their pre-disclosure list. Everything else has been going smoothly, and we’re collaborating with upstream to get NixOS featured on their website.';

describe('itemTitle', () => {
  it('is the first sentence of the ask, not its first 157 characters', () => {
    expect(itemTitle(TLDR)).toBe('We’d like a @nixos.org email to apply for their pre-disclosure list');
  });

  it('names an empty item', () => {
    expect(itemTitle('  ')).toBe('(empty item)');
  });
});

describe('liveTitle', () => {
  it('replaces a title stored cut mid-word by the ask’s first sentence', () => {
    const stale = entry('e', { itemId: 'xen' as ItemId, title: `${TLDR.slice(0, 157)}…` });
    expect(liveTitle(stale, { items: [item('xen', { text: TLDR })], decisions: [], actions: [] })).toBe('We’d like a @nixos.org email to apply for their pre-disclosure list');
  });
});
