/**
 * Issue 20 at the parse step: a post id twice in one file is refused (or merged when the
 * copies are the same) with a message naming the file and the id; links no view can open
 * are left out with a warning; a value no row can hold is refused in words.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, ImportError, parseFiles, type InputFile, type ParsedUpdate } from '../../../shared/parse';
import { checkUpdateLimits } from '../../../shared/parse/limits';
import { isImportableUrl, originOf } from '../../../shared/parse/sources/urls';

const teams = DEFAULT_TEAMS;
const post = (id: number, n: number, raw: string) => ({ id, post_number: n, topic_id: 9, username: `u${n}`, raw });
const topicFile = (name: string, posts: object[]): InputFile => ({ name, text: JSON.stringify({ id: 9, title: 'T', post_stream: { posts } }) });

function refusal(files: InputFile[]): ImportError {
  try {
    parseFiles(files, { teams });
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('the same post id twice in one file', () => {
  it('is refused when the copies differ, naming the file and the id', () => {
    const e = refusal([topicFile('t.json', [post(1, 1, 'Hi'), post(7, 2, 'Xen is fine.'), post(7, 2, 'Xen is on fire.')])]);
    expect(e).toMatchObject({ code: 'duplicate-post', fileName: 't.json' });
    expect(e.message).toMatch(/^t\.json: post id 7 appears twice as post #2, with different text; .* Nothing was imported\.$/);
  });

  it('is imported once, with a warning, when the copies are the same', () => {
    const r = parseFiles([topicFile('t.json', [post(1, 1, 'Hi'), post(7, 2, 'Xen is fine.'), post(7, 2, 'Xen is fine.')])], { teams });
    expect(r.updates.filter((u) => u.postId === 7)).toHaveLength(1);
    expect(r.warnings).toContainEqual({ fileName: 't.json', code: 'duplicate-post', message: 't.json: post id 7 appears more than once with the same content; each was imported once.' });
  });

  it('is no concern across two files: the copies are merged as before', () => {
    const r = parseFiles([topicFile('a.json', [post(7, 2, 'Xen is fine.')]), topicFile('b.json', [post(7, 2, 'Xen is fine, edited.')])], { teams });
    expect(r.updates.filter((u) => u.postId === 7)).toHaveLength(1);
    expect(r.warnings.map((w) => w.code)).not.toContain('duplicate-post');
  });
});

describe('links checked at import', () => {
  const rss = (link: string) => ({
    name: 'feed.rss',
    text: `<rss><channel><title>T</title><item><title>T</title><dc:creator>docs</dc:creator><description><![CDATA[<p>Fine.</p>]]></description><link>${link}</link><guid>x-post-9-2</guid></item></channel></rss>`,
  });

  it('leaves out an RSS item link that is no URL, from the post and its thread, with a warning', () => {
    const r = parseFiles([rss('https://[bad/t/team-updates/9/2')], { teams });
    expect(r.updates[0]?.url).toBeUndefined();
    expect(r.threads[0]).not.toHaveProperty('url');
    expect(r.threads[0]).not.toHaveProperty('host');
    expect(r.updates[0]?.key).toBe('discourse:9#2');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'bad-url', fileName: 'feed.rss', message: expect.stringContaining('“https://[bad/t/team-updates/9”') }));
  });

  it('keeps a good link and says nothing', () => {
    const r = parseFiles([rss('https://discourse.example.org/t/team-updates/9/2')], { teams });
    expect(r.updates[0]?.url).toBe('https://discourse.example.org/t/team-updates/9/2');
    expect(r.threads[0]?.url).toBe('https://discourse.example.org/t/team-updates/9');
    expect(r.warnings.map((w) => w.code)).not.toContain('bad-url');
  });

  it.each([
    ['https://discourse.nixos.org/t/x/1', true], ['/t/x/9/2', true], ['HTTP://Example.org/a', true],
    ['https://[bad/t/x', false], ['https://host:99999/t', false], ['javascript:alert(1)', false], ['//evil.example/t/1', false],
    ['file:///etc/passwd', false], ['https://user:pw@host/t/1', false], ['/t/a b', false], ['mailto:a@b.org', false],
  ])('%s is a link an imported row may hold: %s', (url, ok) => {
    expect(isImportableUrl(url)).toBe(ok);
  });

  it('gives the origin of a stored address, and nothing (no exception) for one that is no URL', () => {
    expect(originOf('https://discourse.nixos.org/t/x/1')).toBe('https://discourse.nixos.org');
    expect(originOf('https://[bad/t/x/1')).toBeUndefined();
    expect(originOf('/t/x/1')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});

describe('values no row can hold', () => {
  it('refuses a section heading over 1,000 characters, naming the file, the post and the limit', () => {
    const update = { fileName: 'u.md', postNumber: 3, sections: [{ kind: 'status', heading: 'H'.repeat(1203), text: 'ok' }] } as unknown as ParsedUpdate;
    expect(() => checkUpdateLimits([update])).toThrow('u.md, post #3: its heading of section 1 is 1,203 characters long; at most 1,000 are allowed. Nothing was imported.');
  });

  it('accepts a post of exactly 1,000,000 characters', () => {
    const r = parseFiles([topicFile('t.json', [post(1, 1, 'Hi'), post(2, 2, 'x'.repeat(1_000_000))])], { teams });
    expect(r.updates).toHaveLength(2);
  });
});
