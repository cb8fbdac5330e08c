import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { escapeBlock, escapeInline, mention, safeLinkTarget } from '../../../shared/export/escape';

const md = new MarkdownIt({ html: true });
const tokenTypes = (src: string) => md.parse(src, {}).map((t) => t.type);
const renderInline = (src: string) => md.renderInline(src);

describe('escapeInline', () => {
  it.each([
    '# Heading',
    '## Budget',
    '- list item',
    '+ list item',
    '> quote',
    '1. numbered',
    '3) numbered',
    '```js',
    '---',
    '===',
  ])('keeps %j a plain paragraph', (title) => {
    expect(tokenTypes(escapeInline(title))).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
  });

  it.each(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '**bold** _em_ `code`', '[link](https://x.example)', '![i](https://x.example/a.png)'])(
    'renders %j as the same literal text',
    (title) => {
      const html = renderInline(escapeInline(title));
      expect(html).not.toMatch(/<(script|img|strong|em|code|a)\b/);
      const decoded = html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(decoded).toBe(title);
    },
  );

  it('folds line breaks so a value cannot start a new block', () => {
    expect(escapeInline('first\n# second')).toBe('first # second');
    expect(tokenTypes(`- ${escapeInline('a\n\n# b')}`)).not.toContain('heading_open');
  });

  it('keeps a table row intact when a cell holds a pipe', () => {
    const row = `| ${escapeInline('a | b')} | c |`;
    const tokens = md.parse(`| x | y |\n| - | - |\n${row}\n`, {});
    expect(tokens.filter((t) => t.type === 'td_open')).toHaveLength(2);
  });
});

describe('escapeBlock', () => {
  it('keeps line breaks and escapes each line', () => {
    expect(escapeBlock('# a\nplain')).toBe('\\# a\nplain');
  });
});

describe('mention', () => {
  it('builds a handle and drops markup', () => {
    expect(mention('@tomberek')).toBe('@tomberek');
    expect(mention('<b>x</b>')).toBe('@bx/b');
    expect(mention('')).toBe('');
  });
});

describe('safeLinkTarget', () => {
  it('keeps http(s) and rejects everything else', () => {
    expect(safeLinkTarget('https://discourse.nixos.org/t/x/56458')).toBe('https://discourse.nixos.org/t/x/56458');
    expect(safeLinkTarget('javascript:alert(1)')).toBeNull();
    expect(safeLinkTarget('not a url')).toBeNull();
    expect(safeLinkTarget('https://x.example/a)b')).toBe('https://x.example/a%29b');
  });
});
