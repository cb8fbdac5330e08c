/** Re-import is idempotent and edits keep keys (issue 3). */
import { describe, expect, it } from 'vitest';
import { contentKey, DEFAULT_TEAMS, matchItems, parseFiles } from '../../../shared/parse';
import { fixture } from './load';

const teams = DEFAULT_TEAMS;

describe('stable keys', () => {
  it('gives the same keys when the same files are imported again', () => {
    const a = parseFiles([fixture('community-team-updates-thread.txt')], { teams });
    const b = parseFiles([fixture('community-team-updates-thread.txt')], { teams });
    expect(b).toEqual(a);
  });

  it('gives the same keys whatever order the files come in', () => {
    const files = [fixture('sample/topic-56458.json'), fixture('sample/posts-56458-page2.json')];
    const forward = parseFiles(files, { teams }).updates.map((u) => u.key);
    const backward = parseFiles([...files].reverse(), { teams }).updates.map((u) => u.key);
    expect(backward).toEqual(forward);
  });

  it('ignores case, whitespace, punctuation and Markdown markup in item keys', () => {
    expect(contentKey('We need an **e-mail** alias!')).toBe(contentKey('we  need an e mail alias'));
    expect(contentKey('We need an e-mail alias')).not.toBe(contentKey('We need a chat room'));
  });

  it('gives item keys that do not depend on the item’s position', () => {
    const one = parseFiles([{ name: 'a.md', text: '## Blockers\n\n- Alpha problem\n- Beta problem' }], { teams }).updates[0]?.items;
    const two = parseFiles([{ name: 'a.md', text: '## Blockers\n\n- Beta problem\n- Alpha problem' }], { teams }).updates[0]?.items;
    expect(new Set(two?.map((i) => i.key))).toEqual(new Set(one?.map((i) => i.key)));
  });

  it('keeps keys unique when an update repeats an item', () => {
    const items = parseFiles([{ name: 'a.md', text: '- Same\n- Same' }], { teams }).updates[0]?.items ?? [];
    expect(new Set(items.map((i) => i.key)).size).toBe(2);
  });

  it('keys plain-text updates by their team, so an edit keeps the key', () => {
    const text = 'The stdenv team is new.\nBudget\nWe need 5 EUR.\n';
    const before = parseFiles([{ name: 'p.txt', text }], { teams }).updates[0]?.key;
    const after = parseFiles([{ name: 'p.txt', text: text.replace('5 EUR', '50 EUR') }], { teams }).updates[0]?.key;
    expect(after).toBe(before);
  });
});

describe('an edited post in a newer export', () => {
  const original = JSON.stringify({ id: 9, post_number: 4, topic_id: 77, username: 'mkt', created_at: '2024-11-25T10:00:00Z', updated_at: '2024-11-25T10:00:00Z', raw: '## Other\n\n- Can we get a private Matrix room?\n- We need 1,000 EUR for stickers.' });
  const edited = JSON.stringify({ id: 9, post_number: 4, topic_id: 77, username: 'mkt', created_at: '2024-11-25T10:00:00Z', updated_at: '2024-12-01T08:00:00Z', raw: '## Other\n\n- Can we get a private matrix room, please?\n- We need 1.000 EUR for stickers!' });

  it('replaces the text of the older copy when both are imported together', () => {
    const r = parseFiles([{ name: 'new.json', text: edited }, { name: 'old.json', text: original }], { teams });
    expect(r.updates).toHaveLength(1);
    expect(r.updates[0]).toMatchObject({ key: 'discourse:77#4', editedAt: '2024-12-01T08:00:00.000Z' });
    expect(r.updates[0]?.raw).toContain('please?');
  });

  it('keeps the update key of the post', () => {
    const a = parseFiles([{ name: 'a.json', text: original }], { teams }).updates[0];
    const b = parseFiles([{ name: 'b.json', text: edited }], { teams }).updates[0];
    expect(b?.key).toBe(a?.key);
  });

  it('keeps the key of an item whose punctuation changed', () => {
    const a = parseFiles([{ name: 'a.json', text: original }], { teams }).updates[0]?.items[1];
    const b = parseFiles([{ name: 'b.json', text: edited }], { teams }).updates[0]?.items[1];
    expect(b?.key).toBe(a?.key);
  });

  it('matches a reworded item to its earlier version by content', () => {
    const a = parseFiles([{ name: 'a.json', text: original }], { teams }).updates[0]?.items ?? [];
    const b = parseFiles([{ name: 'b.json', text: edited }], { teams }).updates[0]?.items ?? [];
    const matches = matchItems(a, b);
    expect(matches.get(b[0]?.key ?? '')).toBe(a[0]?.key);
    expect(matches.get(b[1]?.key ?? '')).toBe(a[1]?.key);
  });

  it('does not match an unrelated new item to an old one', () => {
    expect(matchItems([{ key: 'a', text: 'We need a Matrix room' }], [{ key: 'b', text: 'Budget for GPU builders in 2025' }]).size).toBe(0);
  });
});
