/** Bad input gets a typed ImportError naming the file, or a warning — never a crash (issue 3). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, ImportError, MAX_FILE_BYTES, parseFiles, type InputFile } from '../../../shared/parse';

const teams = DEFAULT_TEAMS;
const bytes = (s: string) => new TextEncoder().encode(s);

function importError(files: InputFile[]): ImportError {
  try {
    parseFiles(files, { teams });
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('files the importer refuses', () => {
  it.each([
    ['invalid JSON', { name: 't.json', text: '{"post_stream": {"posts": [' }, 'invalid-json', /not valid JSON/],
    ['a Discourse error page saved as .json', { name: 't.json', text: '<!DOCTYPE html><html><head><title>Page Not Found - NixOS Discourse</title>' }, 'html-page', /HTML page \("Page Not Found/],
    ['JSON of the wrong shape', { name: 'x.json', text: '{"users": []}' }, 'wrong-shape', /not a Discourse topic.*users/],
    ['a .json file holding text', { name: 'x.json', text: 'hello there' }, 'invalid-json', /named \.json/],
    ['an empty file', { name: 'e.txt', bytes: new Uint8Array() }, 'empty', /empty/],
    ['a whitespace-only file', { name: 'w.md', text: ' \n\t\n' }, 'empty', /empty/],
    ['a binary file', { name: 'p.png', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256) }, 'binary', /binary/],
    ['a CSV with an unterminated quote', { name: 'a.csv', text: 'topic_title,categories,is_pm,post,like_count,reply_count,url,created_at\n"T,x' }, 'invalid-csv', /never closed/],
    ['a CSV without post columns', { name: 'a.csv', text: 'topic_title,url,created_at\nT,u,d\n' }, 'wrong-shape', /user_archive/],
  ] as [string, InputFile, string, RegExp][])('rejects %s with a message naming the file', (_label, file, code, message) => {
    const e = importError([file]);
    expect(e.code).toBe(code);
    expect(e.fileName).toBe(file.name);
    expect(e.message.startsWith(`${file.name}: `)).toBe(true);
    expect(e.message).toMatch(message);
  });

  it('rejects a 50 MB file before reading it', () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    const e = importError([{ name: 'huge.json', bytes: big }]);
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/50\.0 MB/);
    expect(MAX_FILE_BYTES).toBeLessThan(big.length);
  });

  it('rejects an import with no files', () => {
    expect(importError([]).code).toBe('no-files');
  });
});

describe('files the importer repairs and reports', () => {
  const update = '## Budget\n\nWe need 200 EUR.\n';

  it('reports non-UTF-8 bytes with the file name and still imports the rest', () => {
    const latin1 = Uint8Array.from([...bytes('## Status\n\nCaf'), 0xe9, ...bytes(' is open.\n')]);
    const r = parseFiles([{ name: 'l.md', bytes: latin1 }], { teams });
    expect(r.warnings[0]).toMatchObject({ code: 'bad-encoding', fileName: 'l.md' });
    expect(r.updates[0]?.items[0]?.text).toBe('Caf\uFFFD is open.');
  });

  it('removes NUL bytes with a warning', () => {
    const r = parseFiles([{ name: 'n.md', text: update.replace('need', 'ne\0ed') }], { teams });
    expect(r.warnings.map((w) => w.code)).toContain('nul-bytes');
    expect(r.updates[0]?.items[0]?.text).toBe('We need 200 EUR.');
  });

  it('strips a UTF-8 byte-order mark', () => {
    const r = parseFiles([{ name: 'b.json', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('{"id":1,"post_number":2,"raw":"hi","topic_id":9}')]) }], { teams });
    expect(r.updates[0]?.raw).toBe('hi');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const text = '## Budget\n\nWe need 5 €.';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const r = parseFiles([{ name: 'u16.md', bytes: utf16 }], { teams });
    expect(r.updates[0]?.items[0]?.entities.amounts[0]).toMatchObject({ value: 5, currency: 'EUR' });
  });

  it.each([['CRLF', '\r\n'], ['CR', '\r']])('reads %s line endings like LF', (_label, eol) => {
    const lf = parseFiles([{ name: 'a.md', text: update }], { teams }).updates[0];
    const other = parseFiles([{ name: 'a.md', text: update.replace(/\n/g, eol) }], { teams }).updates[0];
    expect(other?.sections).toEqual(lf?.sections);
    expect(other?.items.map((i) => i.key)).toEqual(lf?.items.map((i) => i.key));
  });

  it('reports front matter that is never closed and reads the file as text', () => {
    const r = parseFiles([{ name: 'fm.md', text: '---\nteam: Xen\n\n## Budget\n\nWe need 5 EUR.' }], { teams });
    expect(r.warnings[0]).toMatchObject({ code: 'front-matter', fileName: 'fm.md' });
    expect(r.warnings[0]?.message).toMatch(/never closed/);
    expect(r.updates[0]?.sections.map((s) => s.kind)).toContain('budget');
  });

  it('reports front matter lines that are not key: value and keeps the rest', () => {
    const r = parseFiles([{ name: 'fm.md', text: '---\nteam: Marketing team\nthis is not yaml\n---\nHello' }], { teams });
    expect(r.warnings[0]?.message).toMatch(/line 3/);
    expect(r.updates[0]?.team?.key).toBe('marketing');
  });

  it('skips posts of a broken shape inside valid topic JSON with a warning', () => {
    const text = JSON.stringify({ post_stream: { posts: [{ id: 'x' }, { id: 5, post_number: 2, raw: 'ok', topic_id: 3 }] }, id: 3, title: 'T' });
    const r = parseFiles([{ name: 't.json', text }], { teams });
    expect(r.updates).toHaveLength(1);
    expect(r.warnings.map((w) => w.code)).toContain('bad-post');
  });

  it('imports a 5 MB plain-text file', () => {
    const para = 'The stdenv team is new and we need help from the Infrastructure team with builders.\nBudget\nWe need 1,000 EUR.\nThe Xen team is fine.\nPeople\nAlice and Bob.\n';
    const text = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
    const r = parseFiles([{ name: 'big.txt', text }], { teams });
    expect(r.updates.length).toBeGreaterThan(1000);
    expect(r.updates.every((u) => u.team?.key === 'stdenv' || u.team?.key === 'xen')).toBe(true);
  }, 60_000); // correctness only; speed is measured by bench/import-node.ts on a quiet machine
});

describe('awkward structure', () => {
  it('keeps sections that are out of the usual order', () => {
    const r = parseFiles([{ name: 'o.md', text: '## Budget\n\nNone.\n\n## Current Status\n\nFine.\n\n## People\n\nUs.' }], { teams });
    expect(r.updates[0]?.sections.map((s) => s.kind)).toEqual(['budget', 'status', 'people']);
  });

  it('keeps both copies of a duplicated section', () => {
    const r = parseFiles([{ name: 'd.md', text: '## Blockers\n\nOne.\n\n## People\n\nUs.\n\n## Blockers\n\nTwo.' }], { teams });
    const blockers = r.updates[0]?.sections.filter((s) => s.kind === 'blockers');
    expect(blockers?.map((s) => s.text)).toEqual(['One.', 'Two.']);
  });
});
