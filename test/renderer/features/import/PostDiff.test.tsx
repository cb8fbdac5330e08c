/**
 * An edited post in the import preview shows what changed since it was stored, word by
 * word (issue 14, "The preview is exact"): collapsed to "What changed (5 words added, 2
 * removed)", added words in <ins> and removed ones in <del>, each announced as such.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabaseForTests } from '../../../../renderer/db/instance';
import { teamRegistry, writeImport } from '../../../../renderer/db/repos/import-repo';
import { planFrom } from '../../../../renderer/features/import/actions';
import { ImportPreview } from '../../../../renderer/features/import/ImportPreview';
import { PostDiff } from '../../../../renderer/features/import/PostDiff';
import { resetUiStore, useUi } from '../../../../renderer/store';
import { parseFiles } from '../../../../shared/parse';

configure({ asyncUtilTimeout: 5000 });

const STORED = 'Infra team: we migrated the CI to the new runners last week. Blocked on budget for Q3; we need SC approval for two build machines.';
const EDITED = 'Infra team: we migrated the CI to the new ARM runners last week. Blocked on budget for Q4; we need SC approval for three build machines by June.';

/** The text of `el` as seen on screen: without its visually hidden parts. */
function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
  return copy.textContent ?? '';
}

describe('PostDiff', () => {
  it('says how many words changed in its collapsed summary', () => {
    const { container } = render(<PostDiff before={STORED} after={EDITED} />);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('What changed (5 words added, 2 removed)');
  });

  it('marks the added words with <ins> and the removed ones with <del>', () => {
    const { container } = render(<PostDiff before={STORED} after={EDITED} />);
    expect([...container.querySelectorAll('ins')].map((e) => visibleText(e).trim())).toEqual(['ARM', 'Q4', 'three', 'by June']);
    expect([...container.querySelectorAll('del')].map((e) => visibleText(e).trim())).toEqual(['Q3', 'two']);
    expect(visibleText(container.querySelector('.post-diff-text')!)).toBe(
      'Infra team: we migrated the CI to the new ARM runners last week. Blocked on budget for Q3Q4; we need SC approval for twothree build machines by June.',
    );
  });

  it('tells screen readers which words were added and which removed', () => {
    const { container } = render(<PostDiff before={STORED} after={EDITED} />);
    expect([...container.querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['added: ARM ', 'added: Q4', 'added: three', 'added: by June']);
    expect([...container.querySelectorAll('del')].map((e) => e.textContent)).toEqual(['removed: Q3', 'removed: two']);
  });

  it('leaves out long unchanged text, saying how many words', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i + 1}`).join(' ');
    const { container } = render(<PostDiff before={`${words} old`} after={`${words} new`} />);
    const gap = container.querySelector('.diff-gap')!;
    expect(visibleText(gap)).toBe('… ');
    expect(gap.textContent).toBe('… (35 unchanged words left out) ');
    expect(visibleText(container.querySelector('.post-diff-text')!)).toBe('… w36 w37 w38 w39 w40 oldnew');
  });

  it('says the text changed without a word diff when the texts are too different', () => {
    const words = (p: string) => Array.from({ length: 1200 }, (_, i) => `${p}${i}`).join(' ');
    const { container } = render(<PostDiff before={words('a')} after={words('b')} />);
    expect(container.querySelector('details')).toBeNull();
    expect(container.textContent).toBe('Text changed (too different to show word by word)');
  });
});

const NAME = 'topic-56458.json';
const TOPIC = readFileSync(join(__dirname, '../../../fixtures/import/sample', NAME), 'utf8');

async function plan(text: string) {
  const files = [{ name: NAME, text }];
  return planFrom(files, parseFiles(files, { teams: await teamRegistry() }));
}

/** The topic with post #2 (the Xen team's) reworded: "a" → "an … address", "25.05" → "25.11". */
function topicWithEditedXen(): string {
  const topic = JSON.parse(TOPIC) as { post_stream: { posts: { post_number: number; raw: string; cooked?: string }[] } };
  const post = topic.post_stream.posts.find((p) => p.post_number === 2)!;
  const raw = post.raw.replace('like a @nixos.org email to', 'like an @nixos.org email address to').replace('NixOS 25.05 and above', 'NixOS 25.11 and above');
  expect(raw).not.toBe(post.raw);
  post.raw = raw;
  delete post.cooked;
  return JSON.stringify(topic);
}

describe('the import preview of an edited post', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    await writeImport(await plan(TOPIC));
    useUi.getState().setImportPlan(await plan(topicWithEditedXen()));
    render(<ImportPreview isWriting={false} />);
  });
  afterEach(() => resetUiStore());

  const xenPost = () => screen.getByRole('listitem', { name: 'Xen Project team' });

  it('shows what changed in it, and in no unchanged post', () => {
    const xen = xenPost();
    expect(xen.querySelector('.post-state')?.textContent).toBe('edited');
    expect(within(xen).getByText('What changed (3 words added, 2 removed)')).toBeTruthy();
    expect([...xen.querySelectorAll('.post-diff ins')].map((e) => visibleText(e).trim())).toEqual(['an', 'address', '11']);
    expect([...xen.querySelectorAll('.post-diff del')].map((e) => visibleText(e).trim())).toEqual(['a', '05']);
    expect(document.querySelectorAll('.post-diff')).toHaveLength(1);
  });

  it('still shows it when the post also moves to another team', async () => {
    const xen = xenPost();
    await within(xen).findByRole('option', { name: 'Moderation team' });
    fireEvent.change(within(xen).getByRole('combobox', { name: 'Team' }), { target: { value: 'existing:moderation' } });
    expect(xen.querySelector('.post-state')?.textContent).toBe('edited, moved to Moderation team');
    expect(within(xen).getByText('What changed (3 words added, 2 removed)')).toBeTruthy();
  });
});
