// An async vote's status follows its recorded outcome, not only its window.
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AsyncVoteStatus } from '../../../../renderer/features/decisions/AsyncVoteStatus';
import { setDateFormatDefaults } from '../../../../renderer/lib/format/dates';
import type { DecisionId, DecisionRow, MemberId } from '../../../../shared/model';

const vote: DecisionRow = {
  id: 'd1' as DecisionId, number: 31, title: 'Approve the Xen application', motion: '', options: [], status: 'proposed', votes: [], rationale: '',
  venue: { kind: 'async', opensAt: '2026-12-07T10:00:00.000Z', closesAt: '2026-12-14T10:00:00.000Z', timeZone: 'UTC' },
  confidentiality: 'public', itemIds: [], teamIds: [], tagIds: [], createdAt: '2026-12-04T09:00:00.000Z', updatedAt: '2026-12-04T09:00:00.000Z',
};
const members = [{ id: 'm-tom' as MemberId, name: 'Tom Bereknyei', handle: 'tomberek', unavailable: [], conflictTeamIds: [], isActive: true }];
const statusText = () => screen.getByText('Status').nextElementSibling?.textContent;

describe('AsyncVoteStatus', () => {
  beforeEach(() => setDateFormatDefaults({ locale: 'en-GB', timeZone: 'Europe/Berlin' }));
  afterEach(() => setDateFormatDefaults());

  it('says “Not open yet” before the window of a vote still proposed', () => {
    render(<AsyncVoteStatus decision={vote} members={members} now={new Date('2026-12-05T10:00:00Z')} />);
    expect(statusText()).toBe('Not open yet');
    expect(screen.getByText(/Not voted yet/)).toBeTruthy();
  });

  it('shows the window on the vote’s clock and on the member’s, as <time> elements', () => {
    render(<AsyncVoteStatus decision={vote} members={members} now={new Date('2026-12-05T10:00:00Z')} />);
    const closes = screen.getByText('Closes').nextElementSibling;
    expect(closes?.textContent).toBe('14 Dec 2026, 10:00 UTC (11:00 Europe/Berlin)');
    expect(closes?.querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-14T10:00:00.000Z');
  });

  it('says the recorded outcome once it is recorded, even before the window opens', () => {
    const settled = { ...vote, status: 'approved' as const, decidedOn: '2026-12-05' };
    render(<AsyncVoteStatus decision={settled} members={members} now={new Date('2026-12-05T12:00:00Z')} />);
    expect(statusText()).toBe('Closed — Approved on 5 Dec 2026');
    expect(screen.queryByText(/Not voted yet/)).toBeNull();
  });
});
