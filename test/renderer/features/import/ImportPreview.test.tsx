/**
 * The preview says what the write will do (re-importing the same topic said "Import 8
 * updates" and then wrote "0 new updates"): each post is new, unchanged or edited by the
 * write's own rule, and the summary and the button count only what will change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabaseForTests } from '../../../../renderer/db/instance';
import { teamRegistry, writeImport } from '../../../../renderer/db/repos/import-repo';
import { planFrom } from '../../../../renderer/features/import/actions';
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
  it('calls every post new on a first import', async () => {
    const included = Object.values((await plan(TOPIC)).choices).filter((c) => c.include).length;
    const states = await openPreview(TOPIC);
    expect(states).toEqual(Array(6).fill('new'));
    expect(summaryText()).toContain(`selected: ${included} new,`);
    expect(screen.getByRole('button', { name: `Import ${included} updates` })).toHaveProperty('disabled', false);
  });

  it('says there is nothing new when the same topic is imported again', async () => {
    const first = await plan(TOPIC);
    await writeImport(first);
    const included = Object.values(first.choices).filter((c) => c.include).length;
    const states = await openPreview(TOPIC);
    // The post left out of the first import (the SC's request) is still not stored, so still new; it stays unticked.
    expect(states).toEqual(first.result.updates.map((u) => (first.choices[u.key]!.include ? 'unchanged' : 'new')));
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
    expect(screen.getByRole('button', { name: 'Import 1 update' })).toHaveProperty('disabled', false);
  });
});
