/**
 * Deep or huge cooked HTML (issue 20): 1 MB of nested HTML took 32–84 s and then threw
 * "Maximum call stack size exceeded". The tree is now built in one forward pass and at most
 * MAX_HTML_DEPTH deep; deeper content is kept as text of the deepest level, with a warning.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, htmlToMarkdown, parseFiles } from '../../../shared/parse';
import { htmlToMarkdownReport } from '../../../shared/parse/html/html-to-markdown';
import { MAX_HTML_DEPTH, parseHtmlTree, type HtmlNode } from '../../../shared/parse/html/html-tree';

const nested = (open: string, close: string, bytes: number) => {
  const n = Math.floor(bytes / (open.length + close.length));
  return `${open.repeat(n)}deepest${close.repeat(n)}`;
};

/** Depth of the tree, walked without recursion. */
function depthOf(root: HtmlNode): number {
  let max = 0;
  const todo: [HtmlNode, number][] = [[root, 0]];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [node, depth] = next;
    max = Math.max(max, depth);
    if (!('text' in node)) for (const child of node.children) todo.push([child, depth + 1]);
  }
  return max;
}

function fastest(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('1 MB of nested cooked HTML', () => {
  it.each([
    ['divs', '<div>x ', '</div>'],
    ['list items', '<ul><li>x ', '</li></ul>'],
    ['blockquotes', '<blockquote>x ', '</blockquote>'],
    ['bold', '<b>x ', '</b>'],
    ['unclosed divs', '<div>x ', ''],
    ['quotes', '<aside class="quote"><blockquote>x ', '</blockquote></aside>'],
  ])('of %s converts without a stack overflow, keeping the deepest text', (_label, open, close) => {
    const html = nested(open, close, 1_000_000);
    const { markdown, flattened } = htmlToMarkdownReport(html);
    expect(markdown).toContain('deepest');
    expect(flattened).toBeGreaterThan(1000);
    expect(depthOf(parseHtmlTree(html).root)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 2);
  }, 60_000);

  it('takes time in proportion to its size (four times the HTML, not sixteen times the time)', () => {
    const small = nested('<div>x ', '</div>', 250_000);
    const large = nested('<div>x ', '</div>', 1_000_000);
    htmlToMarkdown(small); // warm up
    const ratio = fastest(() => htmlToMarkdown(large)) / fastest(() => htmlToMarkdown(small));
    expect(ratio).toBeLessThan(10);
  }, 60_000);
});

describe('HTML read in one forward pass', () => {
  it('reads a tag with an unmatched quote, and the rest, as text (50,000 of them: 59 s before)', () => {
    const started = performance.now();
    const md = htmlToMarkdown(`<p>start</p>${'<a "'.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(md.startsWith('start')).toBe(true);
  });

  it('keeps nesting under the cap as it was', () => {
    const md = htmlToMarkdown('<ul><li>one<ul><li>two<ul><li>three</li></ul></li></ul></li></ul>');
    expect(md).toBe('- one\n  - two\n    - three');
    expect(htmlToMarkdownReport('<blockquote><blockquote><p>hi</p></blockquote></blockquote>')).toEqual({ markdown: '> > hi', flattened: 0 });
  });

  it('reads attributes quoted either way, unquoted or bare', () => {
    const root = parseHtmlTree(`<a href='/t/x/1' class=mention data-x title="a > b" hidden>t</a>`).root;
    expect(root.children[0]).toMatchObject({ tag: 'a', attrs: { href: '/t/x/1', class: 'mention', 'data-x': '', title: 'a > b', hidden: '' } });
  });

  it('closes an element whose end tag skips open children, and ignores end tags never opened', () => {
    expect(htmlToMarkdown('<div><p>one<b>two</div></span><p>three</p>')).toBe('one**two**\n\nthree');
  });

  it('skips script, style and comments, also unterminated ones', () => {
    expect(htmlToMarkdown('<p>a</p><script>alert(1)</p><p>b')).toBe('a');
    expect(htmlToMarkdown('<p>a</p><!-- note <p>b</p> -->c<!-- open')).toBe('a\n\nc');
  });

  it('never lets a tag through, also from text that only looks like markup', () => {
    const md = htmlToMarkdown(`<p>x <b y <i>z</i> <img src=x onerror=alert(1)> &lt;script&gt;</p>${'<'.repeat(1000)}<svg onload=alert(2)`);
    expect(md).not.toMatch(/<[a-z]/i);
  });
});

describe('a post whose HTML is nested too deep', () => {
  it('is imported with a warning naming the file and the post', () => {
    const text = JSON.stringify({ id: 9, title: 'T', post_stream: { posts: [
      { id: 1, post_number: 1, topic_id: 9, username: 'sc', raw: 'Updates, please.' },
      { id: 2, post_number: 2, topic_id: 9, username: 'docs', cooked: nested('<div>', '</div>', 100_000) },
    ] } });
    const r = parseFiles([{ name: 'deep.json', text }], { teams: DEFAULT_TEAMS });
    expect(r.updates.find((u) => u.postNumber === 2)?.raw).toBe('deepest');
    expect(r.warnings).toContainEqual(expect.objectContaining({
      code: 'deep-html', fileName: 'deep.json', message: expect.stringMatching(/^deep\.json: the HTML of post #2 is nested more than 48 levels deep/),
    }));
  });
});
