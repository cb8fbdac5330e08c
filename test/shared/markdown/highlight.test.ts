import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START, insertHighlightSentinels } from '../../../shared/markdown/highlight';
import { renderMarkdown } from '../../../shared/markdown/render-markdown';

const spanOf = (raw: string, quoted: string): [number, number] => {
  const start = raw.indexOf(quoted);
  return [start, start + quoted.length];
};

describe('insertHighlightSentinels', () => {
  it('wraps the span in the two sentinels', () => {
    expect(insertHighlightSentinels('abcdef', [2, 4])).toBe(`ab${HIGHLIGHT_START}cd${HIGHLIGHT_END}ef`);
  });

  it.each([[[4, 2]], [[-1, 2]], [[0, 99]], [[1.5, 3]], [[3, 3]]] as const)('refuses the invalid span %j', (span) => {
    expect(insertHighlightSentinels('abcdef', span)).toBeNull();
  });

  it('neutralises sentinel characters the text already contains', () => {
    expect(insertHighlightSentinels(`a${HIGHLIGHT_START}b`, [0, 1])).toBe(`${HIGHLIGHT_START}a${HIGHLIGHT_END}\uFFFDb`);
  });

  it('never splits a surrogate pair', () => {
    expect(insertHighlightSentinels('a😀b', [2, 4])).toBe(`a${HIGHLIGHT_START}😀b${HIGHLIGHT_END}`);
  });
});

describe('renderMarkdown with a highlight', () => {
  it('marks the span of plain text', () => {
    const raw = 'We ask for CI budget now.';
    expect(renderMarkdown(raw, { highlight: spanOf(raw, 'CI budget') })).toBe('<p>We ask for <mark>CI budget</mark> now.</p>\n');
  });

  it('keeps marks balanced across emphasis and paragraphs', () => {
    const raw = 'one **two three** four\n\nfive six';
    const html = renderMarkdown(raw, { highlight: spanOf(raw, 'three** four\n\nfive') });
    expect(html).toBe('<p>one <strong>two <mark>three</mark></strong><mark> four</mark></p>\n<p><mark>five</mark> six</p>\n');
  });

  it('marks link text without touching the link target', () => {
    const raw = 'see [the RFC](https://example.com/rfc) today';
    const html = renderMarkdown(raw, { highlight: spanOf(raw, 'RFC](https://exa') });
    expect(html).toBe('<p>see <a href="https://example.com/rfc">the <mark>RFC</mark></a> today</p>\n');
  });

  it('marks inline code inside the span as a whole', () => {
    const raw = 'run `nix build` now';
    expect(renderMarkdown(raw, { highlight: spanOf(raw, 'nix') })).toBe('<p>run <mark><code>nix build</code></mark> now</p>\n');
  });

  it('leaves no sentinel characters in the output', () => {
    const raw = '```js\nconst a = 1;\n```\n\n![alt text](https://example.com/a.png)';
    const html = renderMarkdown(raw, { highlight: [2, raw.length - 3] });
    expect(html).not.toMatch(/[\uE000\uE001]|%EE%80%8[01]/i);
  });

  it('cannot be faked by sentinels in the post itself', () => {
    const html = renderMarkdown(`${HIGHLIGHT_START}fake${HIGHLIGHT_END} text`, { highlight: [7, 11] });
    expect(html).toBe('<p>\uFFFDfake\uFFFD <mark>text</mark></p>\n');
  });

  it('renders unhighlighted when the span is out of range', () => {
    expect(renderMarkdown('short', { highlight: [3, 50] })).toBe('<p>short</p>\n');
  });
});

describe('renderMarkdown with a highlight over linkified and arbitrary spans', () => {
  it('marks part of a bare URL and keeps its link working', () => {
    const raw = 'see https://example.com/path now';
    const html = renderMarkdown(raw, { highlight: spanOf(raw, 'example.com/path now') });
    expect(html).toBe('<p>see <a href="https://example.com/path">https://<mark>example.com/path</mark></a><mark> now</mark></p>\n');
  });

  it('always produces balanced marks and no sentinels, whatever the span', () => {
    const raw = '## Team *infra*\n\n- ask: [CI](https://ci.example/x "t") `code`\n- ![img|10x10](upload://a.png) www.example.org\n\n[quote="a, post:1, topic:2"]\nq **b**\n[/quote]\n\n```nix\nx\n```\n';
    for (let start = 0; start < raw.length; start += 3) {
      for (let end = start + 1; end <= raw.length; end += 7) {
        const html = renderMarkdown(raw, { highlight: [start, end] });
        expect(html).not.toMatch(/[\uE000\uE001]/);
        expect(html.split('<mark>').length).toBe(html.split('</mark>').length);
      }
    }
  });
});
