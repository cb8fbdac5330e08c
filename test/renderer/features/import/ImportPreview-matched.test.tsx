/**
 * Ambiguity is shown, not guessed silently (issue 14): a post that matches a stored one
 * only by content says which one and how alike ("Same as post #2 by @xen_lead, imported …
 * — 100 % identical"), with Merge with it (the default from 90 %) or Keep apart; the
 * summary, the button and the write follow the answer. A form that only completes stored
 * posts says what it adds.
 */
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { teamRegistry } from '../../../../renderer/db/repos/import-repo';
import { confirmImport, planFrom } from '../../../../renderer/features/import/actions';
import { ImportPreview } from '../../../../renderer/features/import/ImportPreview';
import { setDateFormatDefaults } from '../../../../renderer/lib/format/dates';
import { resetUiStore, useUi } from '../../../../renderer/store';
import { parseFiles } from '../../../../shared/parse';
import type { InputFile } from '../../../../shared/parse/types';
import { FORMS, importAsMember } from '../../support/import-forms';

configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  await resetDatabaseForTests();
  setDateFormatDefaults({ locale: 'en-GB', timeZone: 'UTC' });
});
afterEach(() => {
  resetUiStore();
  setDateFormatDefaults();
});

async function openPreview(files: InputFile[]) {
  useUi.getState().setImportPlan(await planFrom(files, parseFiles(files, { teams: await teamRegistry() })));
  render(<ImportPreview isWriting={false} />);
}

const summaryText = () => document.querySelector('.import-summary p')?.textContent ?? '';
const badgeOf = (post: HTMLElement) => post.querySelector('.post-state')?.textContent;
const xenPost = () => screen.getByRole('listitem', { name: 'Xen Project team' });

/** The Markdown files with the Xen team's post cut to its first half: the same post, reworded since. */
function markdownWithShorterXen(): InputFile[] {
  return FORMS['Markdown files']().map((f) => {
    if (f.name !== 'xen-project-team.md') return f;
    const lines = f.text.split('\n');
    return { name: f.name, text: lines.slice(0, Math.ceil(lines.length * 0.7)).join('\n') };
  });
}

describe('the import preview of posts that match stored ones by content', () => {
  it('names the stored post and how alike it is, and merges it by default', async () => {
    await importAsMember(FORMS['topic JSON']());
    const importedOn = (await db.sources.toArray())[0]!.importedAt;
    await openPreview(FORMS['Markdown files']());
    const xen = xenPost();
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(importedOn));
    expect(within(xen).getByRole('group', { name: /^Same as/ }).querySelector('legend')?.textContent).toBe(`Same as post #2 by @xen_lead, imported ${day} — 100 % identical`);
    expect(within(xen).getByRole('radio', { name: 'Merge with it' })).toHaveProperty('checked', true);
    expect(badgeOf(xen)).toBe('unchanged');
    // Posts #8, #9 and #11 are not stored (the topic JSON had posts 1 to 7): new, no match.
    expect(summaryText()).toContain('selected: 3 new, 5 unchanged (5 merged with stored posts)');
  });

  it('writes a post kept apart as a new update, and says so before', async () => {
    await importAsMember(FORMS['topic JSON']());
    const before = await db.updates.count();
    await openPreview(FORMS['Markdown files']());
    fireEvent.click(within(xenPost()).getByRole('radio', { name: 'Keep apart' }));
    expect(badgeOf(xenPost())).toBe('new');
    expect(summaryText()).toContain('selected: 4 new, 4 unchanged (4 merged with stored posts)');
    expect(screen.getByRole('button', { name: 'Import 4 updates' })).toHaveProperty('disabled', false);
    expect(await confirmImport()).toBeNull();
    expect(await db.updates.count()).toBe(before + 4);
  });

  it('keeps a reworded copy apart unless the member merges it, then writes it as an edit', async () => {
    await importAsMember(FORMS['topic JSON']());
    await openPreview(markdownWithShorterXen());
    const legend = within(xenPost()).getByRole('group', { name: /^Same as/ }).querySelector('legend')?.textContent ?? '';
    const percent = Number(/— (\d+) % identical/.exec(legend)?.[1]);
    expect(percent).toBeGreaterThanOrEqual(50);
    expect(percent).toBeLessThan(90);
    expect(within(xenPost()).getByRole('radio', { name: 'Keep apart' })).toHaveProperty('checked', true);
    expect(badgeOf(xenPost())).toBe('new');
    fireEvent.click(within(xenPost()).getByRole('radio', { name: 'Merge with it' }));
    expect(badgeOf(xenPost())).toBe('edited');
    const xenRow = (await db.updates.filter((u) => u.postNumber === 2).first())!;
    expect(await confirmImport()).toBeNull();
    expect((await db.updates.get(xenRow.id))?.revisions).toHaveLength(1);
  });

  it('says what a form adds to stored posts, and writes it', async () => {
    await importAsMember(FORMS['/raw']());
    await openPreview(FORMS['topic JSON']());
    expect(badgeOf(xenPost())).toBe('adds post id, date, link');
    expect(screen.getByRole('button', { name: /^Import \d+ changes?$/ })).toHaveProperty('disabled', false);
    expect(await confirmImport()).toBeNull();
    expect(await db.updates.filter((u) => u.postedAt === undefined).count()).toBe(0);
  });
});

describe('why a post goes to its team', () => {
  it('gives the evidence and how sure the importer is, in words', async () => {
    await openPreview(FORMS['topic JSON']());
    const cue = xenPost().querySelector('.team-cue')?.textContent ?? '';
    expect(cue).toMatch(/^Why this team \((sure|fairly sure|a guess — check it)\): \S/);
    expect(cue).not.toMatch(/\b0\.\d+\b/);
  });
});
