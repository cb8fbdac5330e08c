import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../shared/export/templates/builtin';
import { SHIPPED_EXPORT_BODIES } from '../../../shared/export/templates/builtin-history';
import { BUILT_IN_TEMPLATE_IDS, NIXOS_SC_TEMPLATE, TEAM_MEETING_TEMPLATE } from '../../../shared/meetings/templates';
import { builtInBody } from '../../../shared/meetings/template-of';
import {
  builtInCopyState, copyState, currentBuiltInBody, followBuiltIn, newerBuiltInBody, versionOnSave, type ShippedBodies,
} from '../../../shared/templates/built-in-copies';

const shipped: ShippedBodies = ['v1 body\n', 'v2 body\n', 'v3 body\n'];

describe('copyState', () => {
  it.each([
    { copy: { body: 'v3 body\n' }, state: { kind: 'current', version: 3 } },
    { copy: { body: 'v1 body\n' }, state: { kind: 'unedited', version: 1, current: 3 } },
    { copy: { body: 'v2 body\n', builtInVersion: 3 }, state: { kind: 'unedited', version: 2, current: 3 } },
    // Stored before the rule: the edit started from the first shipped body.
    { copy: { body: 'mine\n' }, state: { kind: 'edited', basedOn: 1, current: 3, hasNewer: true } },
    { copy: { body: 'mine\n', builtInVersion: 2 }, state: { kind: 'edited', basedOn: 2, current: 3, hasNewer: true } },
    { copy: { body: 'mine\n', builtInVersion: 3 }, state: { kind: 'edited', basedOn: 3, current: 3, hasNewer: false } },
    { copy: { body: 'mine\n', builtInVersion: 9 }, state: { kind: 'edited', basedOn: 3, current: 3, hasNewer: false } },
  ] as const)('calls $copy $state.kind', ({ copy, state }) => {
    expect(copyState(copy, shipped)).toEqual(state);
  });

  it('has no newer version for an edit when the built-in shipped once', () => {
    expect(copyState({ body: 'mine\n' }, ['only\n'])).toEqual({ kind: 'edited', basedOn: 1, current: 1, hasNewer: false });
  });
});

describe('the shipped bodies', () => {
  it('end with the current built-in bodies, meeting and export alike', () => {
    for (const [id, t] of Object.entries(BUILT_IN_TEMPLATES)) expect(currentBuiltInBody(id)).toBe(t.body);
    expect(currentBuiltInBody(BUILT_IN_TEMPLATE_IDS.nixosSc)).toBe(NIXOS_SC_TEMPLATE);
    expect(currentBuiltInBody(BUILT_IN_TEMPLATE_IDS.team)).toBe(builtInBody(BUILT_IN_TEMPLATE_IDS.team));
    expect(currentBuiltInBody('tpl-own')).toBeUndefined();
  });

  it('keep every older export body apart from the current one (1ecdd74 before the vote-log fixes, then 1a6a828)', () => {
    for (const bodies of Object.values(SHIPPED_EXPORT_BODIES)) expect(new Set(bodies).size).toBe(bodies.length);
    expect(SHIPPED_EXPORT_BODIES['vote-log-modern'][0]).not.toContain('Not voted');
  });
});

describe('followBuiltIn', () => {
  const oldModern = { id: 'vote-log-modern', body: SHIPPED_EXPORT_BODIES['vote-log-modern'][0], isBuiltIn: true, name: 'Vote log' };

  it('gives an unedited copy of an older built-in the current body and keeps its other fields', () => {
    expect(followBuiltIn(oldModern)).toEqual({ ...oldModern, body: BUILT_IN_TEMPLATES['vote-log-modern'].body });
  });

  it('returns the very row when nothing changes: an edit, a current copy, a member’s own template', () => {
    const rows = [
      { ...oldModern, body: `${oldModern.body}mine\n` },
      { ...oldModern, body: BUILT_IN_TEMPLATES['vote-log-modern'].body },
      { ...oldModern, id: 'tpl-own', isBuiltIn: false },
      { id: BUILT_IN_TEMPLATE_IDS.team, body: TEAM_MEETING_TEMPLATE, isBuiltIn: true },
    ];
    for (const row of rows) expect(followBuiltIn(row)).toBe(row);
  });

  it('does not treat a copy saved under a built-in id but marked as the member’s own as a built-in', () => {
    expect(builtInCopyState({ id: 'decision-log', body: 'x', isBuiltIn: false })).toBeUndefined();
  });
});

describe('newerBuiltInBody and versionOnSave', () => {
  const edited = { id: 'decision-log', body: '# Our log\n', isBuiltIn: true };
  const current = SHIPPED_EXPORT_BODIES['decision-log'].length;

  it('offers the current built-in over an edit of an older one, until the member keeps theirs', () => {
    expect(newerBuiltInBody(edited)).toBe(BUILT_IN_TEMPLATES['decision-log'].body);
    expect(newerBuiltInBody({ ...edited, builtInVersion: current })).toBeUndefined();
  });

  it('records the version an edit starts from', () => {
    const atCurrent = { ...edited, body: BUILT_IN_TEMPLATES['decision-log'].body };
    expect(versionOnSave(atCurrent, '# Ours\n')).toBe(current);
    expect(versionOnSave(edited, '# Ours, again\n')).toBe(1);
    expect(versionOnSave({ ...edited, builtInVersion: 2 }, '# Ours, again\n')).toBe(2);
    // Saving a shipped body makes the copy follow the built-in again.
    expect(versionOnSave(edited, BUILT_IN_TEMPLATES['decision-log'].body)).toBeUndefined();
    expect(versionOnSave({ ...edited, id: 'tpl-own', isBuiltIn: false }, '# x\n')).toBeUndefined();
  });
});
