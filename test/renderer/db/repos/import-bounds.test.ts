/**
 * Nothing an import writes can make a backup unrestorable (issue 20): one link over 2,000
 * characters, an @mention over 300, an amount over 200 or a paragraph over 100,000 in an
 * imported post are held within the row limits when the rows are built, the items can
 * still be tagged, and the backup made afterwards restores. A post too long to store at all
 * is refused in words, and nothing is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { NEW_TEAM_NAME_MAX } from '../../../../shared/import/plan';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { checkBackupText, makeBackup, restoreBackup } from '../../../../renderer/db/repos/backup-repo';
import { editItemTags } from '../../../../renderer/db/repos/items-repo';
import { ITEM_LIMITS, type TagId } from '../../../../shared/model';
import { importAsMember, storedCounts } from '../../support/import-forms';

beforeEach(async () => {
  await resetDatabaseForTests();
});

const LONG_LINK = `https://example.org/${'a'.repeat(2_500)}`;
const LONG_MENTION = `@${'m'.repeat(400)}`;
const LONG_AMOUNT = `${'9'.repeat(250)} EUR`;
const LONG_PARAGRAPH = `We need a budget for ${'very '.repeat(25_000)}long hosting.`;

function topic(raw: string) {
  const post = (n: number, text: string) => ({ id: 1000 + n, post_number: n, username: n === 1 ? 'sc_member' : 'docs_lead', created_at: '2026-11-02T10:00:00.000Z', raw: text, cooked: '', topic_id: 777 });
  return [{ name: 'topic-777.json', text: JSON.stringify({ id: 777, title: 'Team updates', slug: 'team-updates', post_stream: { posts: [post(1, 'Please post your updates.'), post(2, raw)] } }) }];
}

const oversized = `## Documentation team\n\n### Blockers or Challenges\n\n- We need the SC to look at ${LONG_LINK} soon.\n- Please ask ${LONG_MENTION} about the wiki.\n- We ask for ${LONG_AMOUNT} for hosting.\n\n${LONG_PARAGRAPH}\n`;

describe('a post whose heading proposes a team name longer than a team row holds', () => {
  it('creates the team under its name cut within the limit, and the backup restores', async () => {
    const heading = readFileSync(join(__dirname, '../../../fixtures/import/bad/heading-over-1000.md'), 'utf8');
    const { outcome } = await importAsMember([{ name: 'heading-over-1000.md', text: heading }]);
    const teams = await db.teams.toArray();
    expect(outcome.teamsCreated.length).toBe(1);
    expect(outcome.teamsCreated.every((n) => n.length <= NEW_TEAM_NAME_MAX)).toBe(true);
    expect(teams.every((t) => t.name.length <= NEW_TEAM_NAME_MAX)).toBe(true);
    const checked = checkBackupText((await makeBackup('manual', '0.1.0')).text);
    expect(checked.ok ? 'ok' : checked.error.message).toBe('ok');
  });
});

describe('an imported post with oversized parts', () => {
  it('is stored within the row limits, its items can be tagged, and the next backup restores', async () => {
    const { outcome } = await importAsMember(topic(oversized));
    expect(outcome.updatesAdded).toBeGreaterThan(0);
    const items = await db.items.toArray();
    expect(items.length).toBeGreaterThanOrEqual(4);
    for (const it of items) {
      expect(it.text.length).toBeLessThanOrEqual(ITEM_LIMITS.text);
      expect(it.entities.links.every((l) => l.length <= ITEM_LIMITS.link)).toBe(true);
      expect(it.entities.mentions.every((m) => m.length <= ITEM_LIMITS.mention)).toBe(true);
      expect(it.entities.amounts.every((a) => a.text.length <= ITEM_LIMITS.amountText)).toBe(true);
    }
    const cut = items.find((i) => i.isTextCut);
    expect(cut?.text.endsWith('…')).toBe(true);
    expect(cut?.text.startsWith('We need a budget for very')).toBe(true);

    await db.tags.add({ id: 't-1' as TagId, name: 'budget', color: '#1f7a3d' });
    expect(await editItemTags(items.map((i) => i.id), { add: ['t-1' as TagId] })).toBe(items.length);

    const { text, backup } = await makeBackup('manual', '0.1.0');
    const checked = checkBackupText(text);
    expect(checked.ok ? 'ok' : checked.error.message).toBe('ok');
    await db.items.clear();
    await restoreBackup(backup, { appVersion: '0.1.0', save: async () => undefined });
    expect(await db.items.count()).toBe(items.length);
  });

  it('refuses a post longer than a workspace holds, in words, and writes nothing', async () => {
    await importAsMember(topic('## Documentation team\n\nAll fine.'));
    const before = await storedCounts();
    const huge = `## Documentation team\n\n${'word '.repeat(210_000)}`;
    // Refused when the file is read (shared/parse/limits.ts), before any plan; the write's own
    // check (shared/import/write-check.ts) is the guard behind it, tested in write-check.test.ts.
    const failure = await importAsMember(topic(huge)).then(() => null, (e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^topic-777\.json, post #2: .*1,000,000.*Nothing was imported\.$/);
    expect(await storedCounts()).toEqual(before);
  });
});
