// Owners of actions and attendee lines as the exports write them.
import { describe, expect, it } from 'vitest';
import { NO_OWNER_TEXT, actionLine, attendeeLines, isNoOwner, ownerText } from '../../../shared/meetings/render-common';
import { action, meeting, member, memberId } from './builders';

const members = [member('tomberek')];

describe('ownerText', () => {
  it.each(['unassigned', 'someone', '@unassigned', 'Nobody', 'TBD', ' no owner yet '])('writes the stand-in owner “%s” without an @, so nobody is pinged', (name) => {
    expect(isNoOwner({ kind: 'person', name })).toBe(true);
    expect(ownerText({ kind: 'person', name }, { members })).toBe(NO_OWNER_TEXT);
  });

  it('still mentions a member and a named person', () => {
    expect(ownerText({ kind: 'member', memberId: memberId('tomberek') }, { members })).toBe('@tomberek');
    expect(ownerText({ kind: 'person', name: '@Valentin' }, { members })).toBe('@Valentin');
    // A plain name is not turned into a mention of whoever owns that account.
    expect(ownerText({ kind: 'person', name: 'Valentin' }, { members })).toBe('Valentin');
  });

  it('keeps the Tasking layout for an action nobody owns yet', () => {
    expect(actionLine(action('a', { text: 'Find a reviewer', owner: { kind: 'person', name: 'unassigned' } }), { members })).toBe('- [ ] (no owner yet): Find a reviewer');
  });
});

describe('attendeeLines', () => {
  const m = meeting({ memberIds: [memberId('tomberek')] });

  it('keeps the empty lines as slots to fill in only when asked to', () => {
    expect(attendeeLines(m, { members }, { withAbsent: false, withEmpty: true })).toEqual(['- Members: @tomberek', '- Observers:', '- Recorder:']);
    expect(attendeeLines(m, { members }, { withAbsent: false, withEmpty: false })).toEqual(['- Members: @tomberek']);
  });
});
