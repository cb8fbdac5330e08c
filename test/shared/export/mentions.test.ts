// What the exports treat as a mention: Discourse's and GitHub's rule, not every `@`.
import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../../shared/export/mentions';
import { pingableHandles } from '../../../shared/export/pingable';

const handles = (text: string) => mentionsIn(text).map((m) => text.slice(m.start, m.end));

describe('mentionsIn', () => {
  it('finds handles with dots and dashes, ending on a letter or digit', () => {
    expect(handles('ask @nixos.org. Then @a-b- and @x')).toEqual(['@nixos.org', '@a-b', '@x']);
  });

  it('finds GitHub team mentions whole', () => {
    expect(handles('cc @NixOS/steering-committee/')).toEqual(['@NixOS/steering-committee']);
  });

  it('finds none in e-mail addresses, profile URLs or a bare @', () => {
    expect(handles('someone@example.org https://social.example/@alice @ @. @-x')).toEqual([]);
  });

  it('finds one after punctuation, as Discourse does', () => {
    expect(handles('(@alice), "@bob"')).toEqual(['@alice', '@bob']);
  });
});

describe('pingableHandles', () => {
  it('compares handles without @ and without case', () => {
    expect([...pingableHandles({ members: [{ handle: 'TomBerek' }, { handle: '' }], teams: [{ groupHandles: ['@NixOS/Xen'] }], people: ['@edef1c'] })]).toEqual([
      'tomberek', 'nixos/xen', 'edef1c',
    ]);
  });
});
