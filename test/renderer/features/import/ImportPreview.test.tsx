/**
 * The preview says what the write will do (re-importing the same topic said "Import 8
 * updates" and then wrote "0 new updates"): each post is new, unchanged, edited or moved
 * to another team by the write's own rule, a post left unticked says so, and the summary
 * and the button count only what will change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { teamRegistry, writeImport } from '../../../../renderer/db/repos/import-repo';
import { confirmImport, planFrom } from '../../../../renderer/features/import/actions';
import { ImportPreview } from '../../../../renderer/features/import/ImportPreview';
import { resetUiStore, useUi } from '../../../../renderer/store';
import { parseFiles } from '../../../../shared/parse';

configure({ asyncUtilTimeout: 5000 });

const NAME = 'topic-56458.json';
const TOPIC = readFileSync(join(__dirname, '../../../fixtures/import/sample', NAME), 'utf8');

beforeEach(async () => {
  await resetDatabaseForTests();
});
afterEach(() => resetUiStore());

async function plan(text: string) {
  const files = [{ name: NAME, text }];
  return planFrom(files, parseFiles(files, { teams: await teamRegistry() }));
}

/** Opens the preview of `text` and returns each post's state badge, in order. */
async function openPreview(text: string): Promise<string[]> {
  useUi.getState().setImportPlan(await plan(text));
  render(<ImportPreview isWriting={false} />);
  const posts = within(screen.getByRole('list', { name: 'Posts to import' })).getAllByRole('listitem').filter((li) => li.classList.contains('post-preview'));
  return posts.map((li) => li.querySelector('.post-state')?.textContent ?? '');
}

const summaryText = () => document.querySelector('.import-summary p')?.textContent ?? '';

describe('the import preview', () => {
  it('calls every ticked post new on a first import', async () => {
    const first = await plan(TOPIC);
    const included = Object.values(first.choices).filter((c) => c.include).length;
    const states = await openPreview(TOPIC);
    // The SC's request is not a team update: it starts unticked, and the write leaves it out.
    expect(states).toEqual(first.result.updates.map((u) => (first.choices[u.key]!.include ? 'new' : 'left out')));
    expect(summaryText()).toContain(`selected: ${included} new,`);
    expect(screen.getByRole('button', { name: `Import ${included} updates` })).toHaveProperty('disabled', false);
  });

  it('says there is nothing new when the same topic is imported again', async () => {
    const first = await plan(TOPIC);
    await writeImport(first);
    const included = Object.values(first.choices).filter((c) => c.include).length;
    const states = await openPreview(TOPIC);
    // The post left out of the first import (the SC's request) is still not stored and, as on
    // a first import, starts unticked: the write leaves it out, and its badge says so.
    expect(states).toEqual(first.result.updates.map((u) => (first.choices[u.key]!.include ? 'unchanged' : 'left out')));
    expect(summaryText()).toContain(`selected: nothing new (${included} unchanged)`);
    expect(screen.getByRole('button', { name: 'Nothing new to import' })).toHaveProperty('disabled', true);
  });

  it('calls a post edited when its text changed since it was stored', async () => {
    const first = await plan(TOPIC);
    await writeImport(first);
    const included = Object.values(first.choices).filter((c) => c.include).length;
    const topic = JSON.parse(TOPIC) as { post_stream: { posts: { post_number: number; raw?: string; cooked?: string }[] } };
    const post = topic.post_stream.posts.find((p) => p.post_number === 2)!;
    if (post.raw !== undefined) post.raw += '\n\nOne more line.';
    if (post.cooked !== undefined) post.cooked += '<p>One more line.</p>';
    const states = await openPreview(JSON.stringify(topic));
    expect(states.filter((s) => s === 'edited')).toHaveLength(1);
    expect(states.filter((s) => s === 'unchanged')).toHaveLength(included - 1);
    expect(summaryText()).toContain(`selected: 1 edited, ${included - 1} unchanged`);
    expect(screen.getByRole('button', { name: 'Import 1 change' })).toHaveProperty('disabled', false);
  });

  it('counts a stored post the member moves to another team, and the import moves it', async () => {
    const first = await plan(TOPIC);
    await writeImport(first);
    const included = Object.values(first.choices).filter((c) => c.include).length;
    await openPreview(TOPIC);
    const xen = screen.getByRole('listitem', { name: 'Xen Project team' });
    await within(xen).findByRole('option', { name: 'Moderation team' });
    fireEvent.change(within(xen).getByRole('combobox', { name: 'Team' }), { target: { value: 'existing:moderation' } });
    expect(xen.querySelector('.post-state')?.textContent).toBe('moved to Moderation team');
    expect(summaryText()).toContain(`selected: 1 moved to Moderation team, ${included - 1} unchanged`);
    const button = screen.getByRole('button', { name: 'Import 1 change' });
    expect(button).toHaveProperty('disabled', false);

    const xenItems = await db.items.where('teamId').equals('xen').primaryKeys();
    expect(await confirmImport()).toBeNull();
    expect(await db.items.where('teamId').equals('xen').count()).toBe(0);
    expect((await db.items.bulkGet(xenItems)).map((i) => i?.teamId)).toEqual(xenItems.map(() => 'moderation'));
    expect(useUi.getState().notices.at(-1)?.text ?? '').toBe('Imported: 1 moved to another team.');
  });

  it('starts a post left out of the first import as a first import would: ticked when it is a team update', async () => {
    const first = await plan(TOPIC);
    const left = first.result.updates.find((u) => first.choices[u.key]!.include)!;
    first.choices[left.key] = { ...first.choices[left.key]!, include: false };
    await writeImport(first);
    const again = await plan(TOPIC);
    expect(again.choices[left.key]).toEqual({ ...first.choices[left.key]!, include: true });
    const states = await openPreview(TOPIC);
    expect(states.filter((s) => s === 'new')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Import 1 update' })).toHaveProperty('disabled', false);
  });
});
