/**
 * "Filling in the topic address did not help" (issue 14): a /raw/ page saved under a name
 * without the topic id does not say which topic it is. The preview asks for the address,
 * reads the files again as that topic, and its posts then match the stored thread by post
 * number instead of by content; a wrong address is said plainly and not used.
 */
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { confirmImport, startNewImport } from '../../../../renderer/features/import/actions';
import { ImportPreview } from '../../../../renderer/features/import/ImportPreview';
import { setDateFormatDefaults } from '../../../../renderer/lib/format/dates';
import { resetUiStore, useUi } from '../../../../renderer/store';
import { FORMS, importAsMember, storedCounts } from '../../support/import-forms';

configure({ asyncUtilTimeout: 5000 });

const RAW = readFileSync(join(__dirname, '../../../fixtures/import/sample/raw-56458.txt'), 'utf8');
const ADDRESS = 'https://discourse.nixos.org/t/community-team-updates/56458';

beforeEach(async () => {
  await resetDatabaseForTests();
  setDateFormatDefaults({ locale: 'en-GB', timeZone: 'UTC' });
});
afterEach(() => {
  resetUiStore();
  setDateFormatDefaults();
});

const prompt = () => screen.getByRole('form', { name: 'Which topic are these posts from?' });
const xenPost = () => screen.getByRole('listitem', { name: 'Xen Project team' });

async function previewRaw(opts: { topicUrl?: string } = {}) {
  await startNewImport([{ name: 'saved-thread.txt', text: RAW }], opts);
  expect(useUi.getState().importPhase.kind).toBe('preview');
  render(<ImportPreview isWriting={false} />);
}

describe('the topic address in the import preview', () => {
  // Two parses, a render and a write of the sample thread: over the default 5 s on a busy 2-core machine.
  it('asks for it when a /raw/ page does not name its topic, and matches by post number once given', { timeout: 20_000 }, async () => {
    await importAsMember(FORMS['topic JSON']());
    const before = await storedCounts();
    await previewRaw();
    expect(within(prompt()).getByText(/does not say which topic it is/)).toBeTruthy();
    // Without the address the posts can only be matched by their words.
    expect(within(xenPost()).queryByRole('group', { name: /^Same as/ })).not.toBeNull();

    fireEvent.change(within(prompt()).getByRole('textbox', { name: 'Topic address' }), { target: { value: ADDRESS } });
    fireEvent.click(within(prompt()).getByRole('button', { name: 'Read again as this topic' }));
    await waitFor(() => expect(useUi.getState().importPlan?.result.updates[0]?.key).toBe('discourse:56458#1'));
    expect(within(xenPost()).queryByRole('group', { name: /^Same as/ })).toBeNull();
    expect(within(prompt()).queryByText(/does not say which topic it is/)).toBeNull();
    expect(within(prompt()).getByRole('textbox', { name: 'Topic address' })).toHaveProperty('value', ADDRESS);

    expect(await confirmImport()).toBeNull();
    expect(await storedCounts()).toEqual(before);
  });

  it('keeps the address through a re-read and drops it for a new draft', async () => {
    await startNewImport([{ name: 'saved-thread.txt', text: RAW }], { topicUrl: ADDRESS });
    expect(useUi.getState().importPlan?.result.updates.every((u) => u.key.startsWith('discourse:56458#'))).toBe(true);
    expect(useUi.getState().importOptions.topicUrl).toBe(ADDRESS);
    await startNewImport([{ name: 'other.txt', text: RAW }]);
    expect(useUi.getState().importOptions).toEqual({});
  });

  it('says so when the address is not a topic, and does not use it', async () => {
    await previewRaw({ topicUrl: 'https://discourse.nixos.org/latest' });
    expect(within(prompt()).getByText(/is not a forum topic address/)).toBeTruthy();
    expect(useUi.getState().importPlan?.result.updates.some((u) => u.key.startsWith('discourse:56458#'))).toBe(false);
    expect(await db.updates.count()).toBe(0);
  });
});
