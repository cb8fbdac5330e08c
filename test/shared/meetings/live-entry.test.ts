// Agenda titles of ask entries: the ask's first whole sentence, never a cut word.
import { describe, expect, it } from 'vitest';
import { itemTitle, liveTitle, withLiveTitles } from '../../../shared/meetings/live-entry';
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

// The Xen team's pre-disclosure ask: its first sentence is 170 characters long.
const LONG = 'As mentioned in Current Status, we would like to apply for Xen’s security pre-disclosure list so we can be ready when security issues are discovered and get them to users as soon as possible. Unlike the distros list, we have already been informally invited by upstream to apply to their list.';
const FIRST = LONG.slice(0, LONG.indexOf('. '));

describe('a first sentence longer than a label', () => {
  const rows = { items: [item('xen', { text: LONG })], decisions: [], actions: [] };
  const e = entry('e', { itemId: 'xen' as ItemId, title: 'old' });

  it('is shortened on screen, at a whole word, with "…"', () => {
    const shown = liveTitle(e, rows);
    expect(shown.endsWith('…')).toBe(true);
    expect(FIRST.startsWith(shown.slice(0, -1))).toBe(true);
  });

  it('is exported whole: a published title never ends in a cut', () => {
    expect(withLiveTitles([e], rows)[0]!.title).toBe(FIRST);
  });
});
