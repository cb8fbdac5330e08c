/**
 * Stored copies of the built-in meeting templates follow the built-in (issue 13): with the
 * team template shipped twice (test/renderer/support/older-team-template.ts), an unedited
 * copy of the older body takes the current one when the Meetings screen opens, and an
 * edited one keeps the member's text until they take the newer built-in or keep theirs.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { ensureBuiltInTemplates, keepMyTemplate, resetTemplate, saveTemplate } from '../../../../renderer/db/repos/meetings-repo';
import * as templates from '../../../../shared/meetings/templates';
import type { TemplateId } from '../../../../shared/model';
import { newerBuiltInBody } from '../../../../shared/templates/built-in-copies';
import { olderTeamTemplate } from '../../support/older-team-template';

vi.mock('../../../../shared/meetings/templates', async (importOriginal) => {
  const { withOlderTeamTemplate } = await import('../../support/older-team-template');
  return withOlderTeamTemplate(await importOriginal<typeof import('../../../../shared/meetings/templates')>());
});

const { BUILT_IN_TEMPLATE_IDS, TEAM_MEETING_TEMPLATE } = templates;
const OLDER_TEAM_TEMPLATE = olderTeamTemplate(templates);
const team = BUILT_IN_TEMPLATE_IDS.team as TemplateId;
const storeTeam = (body: string) => db.templates.put({ id: team, kind: 'meeting', name: 'Team meeting', body, isBuiltIn: true, updatedAt: '2026-11-30T10:00:00.000Z' });
const stored = async () => (await db.templates.get(team))!;

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('built-in meeting templates follow the built-in', () => {
  it('brings an unedited copy of the older built-in up to the current one', async () => {
    expect(OLDER_TEAM_TEMPLATE).not.toContain('## Budget');
    await storeTeam(OLDER_TEAM_TEMPLATE);
    await ensureBuiltInTemplates();
    expect((await stored()).body).toBe(TEAM_MEETING_TEMPLATE);
  });

  it('keeps an edited copy as the member saved it and offers the newer built-in', async () => {
    const mine = `${OLDER_TEAM_TEMPLATE}\n## Our own section (5 min)\n`;
    await storeTeam(mine);
    await ensureBuiltInTemplates();
    expect((await stored()).body).toBe(mine);
    expect(newerBuiltInBody(await stored())).toBe(TEAM_MEETING_TEMPLATE);
  });

  it('stops offering it once the member keeps theirs, and after they take it', async () => {
    const mine = `${OLDER_TEAM_TEMPLATE}\n## Ours (5 min)\n`;
    await storeTeam(mine);
    await keepMyTemplate(team);
    expect(await stored()).toMatchObject({ body: mine, builtInVersion: 2 });
    expect(newerBuiltInBody(await stored())).toBeUndefined();

    await storeTeam(mine);
    await resetTemplate(team);
    expect((await stored()).body).toBe(TEAM_MEETING_TEMPLATE);
    expect(newerBuiltInBody(await stored())).toBeUndefined();
  });

  it('keeps the version an edit started from when the member edits it again', async () => {
    await storeTeam(`${OLDER_TEAM_TEMPLATE}\n## Ours (5 min)\n`);
    await saveTemplate(team, { name: 'Team meeting', body: `${OLDER_TEAM_TEMPLATE}\n## Ours, renamed (5 min)\n` });
    expect(await stored()).toMatchObject({ builtInVersion: 1 });
    expect(newerBuiltInBody(await stored())).toBe(TEAM_MEETING_TEMPLATE);
  });
});
