/**
 * Posts of one import that are the same post (issue 14): by topic and post number, and a
 * copy without ids (a Markdown file) by the same words and author — never by a guess.
 */
import { describe, expect, it } from 'vitest';
import { mergePosts } from '../../../shared/parse/build/merge';
import type { SourcePost } from '../../../shared/parse/types';

const TEXT = 'We need an e-mail alias that ends in @nixos.org and a PGP key for the pre-disclosure list.';
const json = (n: number, raw = TEXT, author = 'xen_lead'): SourcePost => ({
  sourceKind: 'discourse-topic-json', fileName: 'topic.json', threadKey: 'discourse:56458', postId: 200000 + n, postNumber: n, author, raw, isRawMarkdown: true, postedAt: '2024-11-25T09:12:44.000Z',
});
const markdown = (raw: string, author = 'xen_lead', threadKey = 'md:community-team-updates'): SourcePost => ({
  sourceKind: 'markdown', fileName: 'xen.md', threadKey, author, raw, isRawMarkdown: true,
});

describe('mergePosts', () => {
  it('folds a Markdown copy with the same words into the post with ids, which keeps its thread and number', () => {
    const merged = mergePosts([json(2), markdown(`**${TEXT.replace('PGP key', 'PGP  key')}**`)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ threadKey: 'discourse:56458', postNumber: 2, postId: 200002 });
  });

  it('moves the other posts of that file to the thread its copies were', () => {
    const merged = mergePosts([json(2), markdown(TEXT), markdown('A post the JSON did not hold.', 'marketing_lead')]);
    expect(merged.map((p) => p.threadKey)).toEqual(['discourse:56458', 'discourse:56458']);
  });

  it('keeps apart a copy whose words differ, or whose author differs', () => {
    expect(mergePosts([json(2), markdown(`${TEXT} And one more sentence.`)])).toHaveLength(2);
    expect(mergePosts([json(2), markdown(TEXT, 'someone_else')])).toHaveLength(2);
  });

  it('does not guess between two posts with the same words', () => {
    const merged = mergePosts([json(2), json(5), markdown(TEXT)]);
    expect(merged).toHaveLength(3);
    expect(merged[2]?.threadKey).toBe('md:community-team-updates');
  });
});
