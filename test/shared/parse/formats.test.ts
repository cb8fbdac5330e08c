/** Behaviour of each reader beyond the sample's asks: detection, merging, metadata. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, detectFormat, parseFiles } from '../../../shared/parse';
import { fixture } from './load';

const teams = DEFAULT_TEAMS;

describe('format detection', () => {
  it.each([
    ['x.txt', '{"post_stream":{}}', 'json'],
    ['x.json', '<!DOCTYPE html><html>', 'html'],
    ['x.txt', '<?xml version="1.0"?>\n<rss><channel>', 'discourse-rss'],
    ['x.md', 'alice | 2024-01-02 03:04:05 UTC | #1\n\nhi', 'discourse-raw'],
    ['x.txt', 'topic_title,categories,is_pm,post,like_count,reply_count,url,created_at\n', 'discourse-csv'],
    ['notes.txt', '## Current Status\n\nfine', 'markdown'],
    ['update.md', 'plain words', 'markdown'],
    ['paste.txt', 'Hello\nworld', 'plain-text'],
  ])('reads %s starting %j as %s', (name, text, expected) => {
    expect(detectFormat(name, text)).toBe(expected);
  });
});

describe('Discourse JSON pieces', () => {
  it('reports the posts a topic JSON lists in its stream but does not contain', () => {
    const r = parseFiles([fixture('sample/topic-56458.json')], { teams });
    const w = r.warnings.find((x) => x.code === 'missing-posts');
    expect(w?.message).toContain('200008, 200009, 200011');
  });

  it('has no missing-post warning once the posts.json page is imported too', () => {
    const r = parseFiles([fixture('sample/topic-56458.json'), fixture('sample/posts-56458-page2.json')], { teams });
    expect(r.warnings.filter((x) => x.code === 'missing-posts')).toEqual([]);
  });

  it('makes post URLs absolute with the forum origin', () => {
    const r = parseFiles([fixture('sample/topic-56458.json')], { teams, baseUrl: 'https://discourse.nixos.org' });
    expect(r.updates[1]?.url).toBe('https://discourse.nixos.org/t/community-team-updates/56458/2');
    expect(r.threads[0]).toMatchObject({ host: 'discourse.nixos.org', title: 'Community Team Updates' });
  });

  it('gives the same update keys from topic JSON, /raw/ and RSS of one topic', () => {
    const keys = (files: string[]) => parseFiles(files.map(fixture), { teams }).updates.map((u) => u.key).sort();
    const json = keys(['sample/topic-56458.json', 'sample/posts-56458-page2.json']);
    expect(keys(['sample/raw-56458.txt', 'sample/raw-56458-page2.txt'])).toEqual(json);
    expect(keys(['sample/56458.rss'])).toEqual(json);
  });

  it('merges /raw/ and JSON of the same post into one update that keeps the post id', () => {
    const r = parseFiles([fixture('sample/raw-56458.txt'), fixture('sample/topic-56458.json')], { teams });
    const xen = r.updates.find((u) => u.postNumber === 2);
    expect(r.updates.filter((u) => u.postNumber === 2)).toHaveLength(1);
    expect(xen).toMatchObject({ postId: 200002, postedAt: '2024-11-25T13:00:00.000Z' });
  });
});

describe('/raw/ text', () => {
  it('reports the header time as the edit time, since /raw/ prints updated_at', () => {
    const r = parseFiles([fixture('sample/raw-56458.txt')], { teams });
    expect(r.updates[0]).toMatchObject({ author: 'sc_member', postNumber: 1, editedAt: '2024-11-25T10:00:00.000Z' });
    expect(r.updates[0]?.postedAt).toBeUndefined();
  });

  it('does not split a post at a 25-dash line inside its body', () => {
    const text = 'a | 2024-01-01 00:00:00 UTC | #1\n\nbefore\n\n-------------------------\n\nafter\n\n-------------------------\n\nb | 2024-01-02 00:00:00 UTC | #2\n\nsecond\n\n-------------------------\n\n';
    const r = parseFiles([{ name: '77.txt', text }], { teams });
    expect(r.updates.map((u) => u.raw)).toEqual(['before\n\n-------------------------\n\nafter', 'second']);
  });
});

describe('CSV user archive', () => {
  it('skips private messages with a warning', () => {
    const text = 'topic_title,categories,is_pm,post_raw,post_cooked,like_count,reply_count,url,created_at\n"T","c","Yes","secret","","0","0","https://f.org/t/x/5/2","2024-01-01"\n"T","c","No","Current Status\nfine","","0","0","https://f.org/t/x/5/3","2024-01-01"\n';
    const r = parseFiles([{ name: 'user_archive-alice-240101-120000-1.csv', text }], { teams });
    expect(r.updates.map((u) => u.raw)).toEqual(['Current Status\nfine']);
    expect(r.updates[0]?.author).toBe('alice');
    expect(r.warnings.map((w) => w.code)).toContain('private-messages-skipped');
  });
});

describe('Markdown files', () => {
  it('takes the team from front matter and the author and date with it', () => {
    const r = parseFiles([fixture('sample/markdown/marketing-team.md')], { teams });
    expect(r.updates[0]?.team).toMatchObject({ key: 'marketing', confidence: 1 });
    expect(r.updates[0]).toMatchObject({ author: 'mkt_lead', postedAt: '2024-11-26T07:00:00.000Z' });
  });

  it('takes the team from the first heading when there is no front matter', () => {
    const r = parseFiles([{ name: 'u.md', text: '# Moderation team\n\n## People\n\nWe grew.' }], { teams });
    expect(r.updates[0]?.team).toMatchObject({ key: 'moderation', isNew: false });
  });

  it('takes the team from the file name as a last resort', () => {
    const r = parseFiles([{ name: 'docs/stdenv-update.md', text: 'All good.' }], { teams });
    expect(r.updates[0]?.team?.key).toBe('stdenv');
  });

  it('proposes a team that is not in the registry as new instead of dropping it', () => {
    const r = parseFiles([{ name: 'u.md', text: '# Bikeshed Team\n\n## Budget\n\nWe need 500 EUR for paint.' }], { teams });
    expect(r.updates[0]?.team).toMatchObject({ key: null, isNew: true, name: 'Bikeshed Team' });
    expect(r.updates[0]?.items[0]?.entities.amounts[0]).toMatchObject({ value: 500, currency: 'EUR' });
  });

  it('splits a file with a heading per team into one update per team', () => {
    const r = parseFiles([fixture('sample/all-teams.md')], { teams });
    expect(r.updates).toHaveLength(8);
    expect(r.updates.every((u) => u.sections.length > 0)).toBe(true);
  });
});

describe('plain text', () => {
  it('gives every split post a boundary with a confidence and a reason', () => {
    const r = parseFiles([fixture('community-team-updates-thread.txt')], { teams });
    for (const u of r.updates) {
      expect(u.boundary?.confidence).toBeGreaterThanOrEqual(0.5);
      expect(u.boundary?.reason).not.toBe('');
    }
  });

  it('uses the split the user corrected instead of the automatic one', () => {
    const text = 'First post about stdenv.\nStill the first.\nThe Xen team is fine.\n';
    const r = parseFiles([{ name: 'p.txt', text }], { teams, plainTextSplits: { 'p.txt': [text.indexOf('Still')] } });
    expect(r.updates.map((u) => u.raw)).toEqual(['First post about stdenv.', 'Still the first.\nThe Xen team is fine.']);
    expect(r.updates[1]?.boundary).toEqual({ confidence: 1, reason: 'set by the user' });
  });
});
