/**
 * The Templates tab over an edited built-in (issue 13): "A newer built-in version is
 * available" with "Use the new built-in" (which can be taken back) and "Keep mine". The team
 * template is mocked as shipped twice (test/renderer/support/older-team-template.ts).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { ensureBuiltInTemplates } from '../../../../renderer/db/repos/meetings-repo';
import { TemplatesTab } from '../../../../renderer/features/meetings/TemplatesTab';
import { resetUiStore } from '../../../../renderer/store';
import * as templates from '../../../../shared/meetings/templates';
import { olderTeamTemplate } from '../../support/older-team-template';

vi.mock('../../../../shared/meetings/templates', async (importOriginal) => {
  const { withOlderTeamTemplate } = await import('../../support/older-team-template');
  return withOlderTeamTemplate(await importOriginal<typeof import('../../../../shared/meetings/templates')>());
});

const { BUILT_IN_TEMPLATE_IDS, TEAM_MEETING_TEMPLATE } = templates;
const MINE = `${olderTeamTemplate(templates)}\n## Team's own topics (5 min)\n`;

beforeEach(async () => {
  await resetDatabaseForTests();
  await ensureBuiltInTemplates();
  await db.templates.update(BUILT_IN_TEMPLATE_IDS.team, { body: MINE });
});
afterEach(() => resetUiStore());

const teamCard = () => screen.findByRole('region', { name: /^Team meeting/ });
const teamBody = async () => (await db.templates.get(BUILT_IN_TEMPLATE_IDS.team))?.body;

describe('TemplatesTab', () => {
  it('offers the newer built-in over an edited copy only', async () => {
    render(<TemplatesTab />);
    const card = await teamCard();
    expect(within(card).getByRole('group', { name: 'Newer built-in version of “Team meeting”' }).textContent).toContain('A newer built-in version is available.');
    const sc = screen.getByRole('region', { name: /^NixOS SC meeting/ });
    expect(within(sc).queryByRole('group')).toBeNull();
    expect(within(sc).getByRole('button', { name: 'Reset to built-in' })).toBeDefined();
  });

  it('“Keep mine” keeps the member’s text and the notice goes', async () => {
    const user = userEvent.setup();
    render(<TemplatesTab />);
    await user.click(within(await teamCard()).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect((await db.templates.get(BUILT_IN_TEMPLATE_IDS.team))?.builtInVersion).toBe(2));
    expect(await teamBody()).toBe(MINE);
    await waitFor(async () => expect(within(await teamCard()).queryByText('A newer built-in version is available.')).toBeNull());
  });

  it('“Use the new built-in” replaces the text and “Put my version back” restores it', async () => {
    const user = userEvent.setup();
    render(<TemplatesTab />);
    await user.click(within(await teamCard()).getByRole('button', { name: 'Use the new built-in' }));
    await waitFor(async () => expect(await teamBody()).toBe(TEAM_MEETING_TEMPLATE));
    await waitFor(async () => expect(within(await teamCard()).getByLabelText<HTMLTextAreaElement>('Sections and default entries').value).toBe(TEAM_MEETING_TEMPLATE));
    await user.click(within(await teamCard()).getByRole('button', { name: 'Put my version back' }));
    await waitFor(async () => expect(await teamBody()).toBe(MINE));
    await waitFor(async () => expect(within(await teamCard()).getByLabelText<HTMLTextAreaElement>('Sections and default entries').value).toBe(MINE));
    // The member has now seen the new built-in and chose theirs: no notice again.
    expect(within(await teamCard()).queryByText('A newer built-in version is available.')).toBeNull();
  });
});
