// Text an SC member typed, as every export writes it (issue 13): the member's Markdown as
// typed, guarded only against raw HTML, unwanted pings and breaking the document.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { allTokenTypes, blockSkeleton } from '../decisions/markdown-structure';
import { listItem } from '../../../shared/export/md-layout';
import { memberInline, memberMarkdown } from '../../../shared/export/member-text';
import { pingableHandles } from '../../../shared/export/pingable';

const md = new MarkdownIt({ html: true });
const pingable = pingableHandles({ members: [{ handle: 'alice' }], teams: [{ groupHandles: ['@NixOS/xen'] }] });
const opts = { pingable };

describe('memberMarkdown keeps what the member typed', () => {
  it.each([
    'See [Vote #12](https://github.com/NixOS/org/issues/12).',
    'This is *emphasis* and **strong**.',
    'Abstentions are written `0` no more.',
    '- first\n- second',
    '1. first\n2. second',
    '```nix\n{ pkgs }: <b>@bob</b>\n# not a heading\n```',
    '> a quote',
    'mail bob@example.org or <https://x.example/a>',
  ])('%j comes out unchanged', (text) => {
    expect(memberMarkdown(text, opts)).toBe(text);
  });

  it('keeps a mention of a handle the document may ping, in any case', () => {
    expect(memberMarkdown('@alice and @Alice, @nixos/xen', opts)).toBe('@alice and @Alice, @nixos/xen');
  });
});

describe('memberMarkdown guards', () => {
  it.each([
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)>'],
    ['before <!-- hidden --> after', 'before \\<!-- hidden --> after'],
  ])('makes %j inert', (text, out) => {
    expect(memberMarkdown(text, opts)).toBe(out);
    expect(allTokenTypes(memberMarkdown(text, opts))).not.toContain('html_inline');
    expect(allTokenTypes(memberMarkdown(text, opts))).not.toContain('html_block');
  });

  it.each([
    ['[click](javascript:alert(1))', '[click\\](javascript:alert(1))'],
    ['[x]( <data:text/html,hi>)', '[x\\]( \\<data:text/html,hi>)'],
    ['[file](file:///etc/passwd)', '[file\\](file:///etc/passwd)'],
  ])('writes the link %j as text: only http(s) and mailto links are offered', (text, out) => {
    expect(memberMarkdown(text, opts)).toBe(out);
    expect(allTokenTypes(memberMarkdown(text, opts))).not.toContain('link_open');
  });

  it('keeps http(s), mailto, relative and anchor links', () => {
    for (const link of ['[a](https://x.org)', '[b](http://x.org/a:b)', '[c](mailto:sc@nixos.org)', '[d](/docs/page)', '[e](#votes)']) {
      expect(memberMarkdown(link, opts)).toBe(link);
    }
  });

  it('leaves HTML inside a code span alone', () => {
    expect(memberMarkdown('write `<br>` for a break', opts)).toBe('write `<br>` for a break');
  });

  it('writes a mention of anyone the document does not mean to ping as a code span', () => {
    expect(memberMarkdown('@bob said so; ask @alice', opts)).toBe('`@bob` said so; ask @alice');
    expect(memberMarkdown('an alias that ends in @nixos.org', opts)).toBe('an alias that ends in `@nixos.org`');
    // Discourse drops the backslash before it looks for mentions.
    expect(memberMarkdown('not \\@bob', opts)).toBe('not `@bob`');
  });

  it('opens no heading, setext underline or thematic break', () => {
    expect(memberMarkdown('We agreed.\n---\n# Next\n* * *', opts)).toBe('We agreed.\n\\---\n\\# Next\n\\* * *');
    expect(blockSkeleton(memberMarkdown('We agreed.\n---\n# Next\n* * *', opts))).toEqual(['paragraph_open']);
  });

  it('closes a fence the member left open, so that it cannot swallow the rest of the document', () => {
    expect(memberMarkdown('```\nnix build', opts)).toBe('```\nnix build\n```');
  });
});

describe('memberInline', () => {
  it('keeps links, emphasis and code on one line', () => {
    expect(memberInline('Ship [Vote #12](https://github.com/NixOS/org/issues/12) *now*,\nwith `0`', opts)).toBe('Ship [Vote #12](https://github.com/NixOS/org/issues/12) *now*, with `0`');
  });

  it.each([
    ['# Heading', '\\# Heading'],
    ['1. first', '1\\. first'],
    ['- item', '\\- item'],
    ['---', '\\---'],
  ])('keeps %j from opening a block where it is placed', (text, out) => {
    expect(memberInline(text, opts)).toBe(out);
  });

  it('escapes | and folds line breaks in a table cell, even inside code', () => {
    expect(memberInline('a | b\n`c|d` @bob', { ...opts, isCell: true })).toBe('a \\| b `c\\|d` `@bob`');
  });
});

describe('a multi-line note inside a list item', () => {
  it('is indented so that every line stays inside the item', () => {
    const lines = listItem(memberMarkdown('First point.\nSecond line of it.\n\n- a sub-point\n\n```\ncode\n```', opts), { indent: '  ' });
    expect(lines).toEqual(['  - First point.', '    Second line of it.', '', '    - a sub-point', '', '    ```', '    code', '    ```']);
    const items = md.parse(`- Entry\n${lines.join('\n')}\n`, {}).filter((t) => t.type === 'list_item_open');
    expect(items).toHaveLength(3); // Entry, the note, its sub-point: the code block and second line stay in the note.
    expect(md.render(`- Entry\n${lines.join('\n')}\n`)).toContain('<li>\n<p>First point.\nSecond line of it.</p>\n<ul>\n<li>a sub-point</li>\n</ul>\n<pre><code>code\n</code></pre>\n</li>');
  });

  it('starts on its own line after a label when it opens with a list', () => {
    expect(listItem(memberMarkdown('- one\n- two'), { label: 'Conclusion: ' })).toEqual(['- Conclusion:', '', '  - one', '  - two']);
  });
});
