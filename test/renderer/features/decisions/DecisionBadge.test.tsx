import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { resetDatabaseForTests } from '../../../../renderer/db/instance';
import { changeDecisionStatus, createDecision } from '../../../../renderer/db/repos/decisions-repo';
import { LinkedDecisions } from '../../../../renderer/features/decisions/DecisionBadge';
import { resetUiStore, useUi } from '../../../../renderer/store';
import type { ItemId, TeamId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
});
afterEach(() => resetUiStore());

const decide = async () => {
  const d = await createDecision({ title: 'Approve Xen pre-disclosure', motion: '', options: [], venue: { kind: 'meeting' }, rationale: '', confidentiality: 'public', itemIds: ['xen-approval' as ItemId], teamIds: [], tagIds: [] }, 'Tom');
  await changeDecisionStatus(d.id, 'approved', {}, 'Tom');
  return d;
};

describe('LinkedDecisions', () => {
  it('shows the decision of an item with its status', async () => {
    await decide();
    render(<LinkedDecisions itemId={'xen-approval' as ItemId} />);
    expect((await screen.findByRole('button', { name: /Decision 0001, Approved/ })).textContent).toContain('Approve Xen pre-disclosure');
  });

  it('shows nothing for an item without a decision', async () => {
    await decide();
    const { container } = render(<LinkedDecisions itemId={'mkt-funding' as ItemId} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });

  it('opens the decision from a team’s badge', async () => {
    const d = await decide();
    render(<LinkedDecisions teamId={'xen' as TeamId} />);
    fireEvent.click(await screen.findByRole('button', { name: /Decision 0001/ }));
    expect(useUi.getState()).toMatchObject({ view: 'decisions', selectedDecisionId: d.id });
  });
});
