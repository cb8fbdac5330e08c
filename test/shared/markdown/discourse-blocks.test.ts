import { describe, expect, it } from 'vitest';
import { parseQuoteParams } from '../../../shared/markdown/discourse-blocks';
import { renderMarkdown } from '../../../shared/markdown/render-markdown';

const BASE = { baseUrl: 'https://discourse.nixos.org' };

describe('parseQuoteParams', () => {
  it('reads user, post and topic from the composer form', () => {
    expect(parseQuoteParams('"anonymous105, post:28, topic:2144"')).toEqual({ username: 'anonymous105', post: 28, topic: 2144 });
  });

  it('reads a bare username', () => {
    expect(parseQuoteParams('alice')).toEqual({ username: 'alice' });
  });

  it('returns nothing for an empty parameter', () => {
    expect(parseQuoteParams('')).toEqual({});
  });

  it('ignores non-numeric post and topic values', () => {
    expect(parseQuoteParams('"bob, post:x, topic:2"')).toEqual({ username: 'bob', topic: 2 });
  });
});

describe('[quote] blocks', () => {
  it('become a quote aside with attribution and a link to the quoted post', () => {
    const html = renderMarkdown('[quote="anonymous105, post:28, topic:2144"]\nIs it **short**?\n[/quote]', BASE);
    expect(html).toBe(
      '<aside class="quote"><div class="title">anonymous105 (<a href="https://discourse.nixos.org/t/2144/28">post 28</a>):</div><blockquote>\n'
        + '<p>Is it <strong>short</strong>?</p>\n</blockquote></aside>\n',
    );
  });

  it('attribute without a link when there is no base URL', () => {
    expect(renderMarkdown('[quote="bob, post:1, topic:2"]\nhi\n[/quote]')).toContain('<div class="title">bob:</div>');
  });

  it('nest', () => {
    const html = renderMarkdown('[quote=a]\nouter\n[quote=b]\ninner\n[/quote]\n[/quote]\nafter');
    expect(html.match(/<aside class="quote">/g)).toHaveLength(2);
    expect(html.indexOf('inner')).toBeLessThan(html.lastIndexOf('</aside>'));
    expect(html.endsWith('<p>after</p>\n')).toBe(true);
  });

  it('may directly follow a paragraph line', () => {
    expect(renderMarkdown('intro\n[quote=a]\nq\n[/quote]')).toContain('<p>intro</p>\n<aside class="quote">');
  });

  it('escape a hostile username', () => {
    const html = renderMarkdown('[quote="<img src=x onerror=alert(1)>, post:1, topic:2"]\nq\n[/quote]');
    expect(html).toContain('<div class="title">&lt;img src=x onerror=alert(1)&gt;:</div>');
  });

  it('stay literal text when unclosed', () => {
    expect(renderMarkdown('[quote=a]\nnever closed')).toBe('<p>[quote=a]<br>\nnever closed</p>\n');
  });
});

describe('[details] blocks', () => {
  it('become details with the given summary', () => {
    expect(renderMarkdown('[details="My Work"]\n- a\n[/details]')).toBe('<details><summary>My Work</summary>\n<ul>\n<li>a</li>\n</ul>\n</details>\n');
  });

  it('get a default summary when none is given', () => {
    expect(renderMarkdown('[details]\nx\n[/details]')).toContain('<summary>Details</summary>');
  });

  it('escape a hostile summary', () => {
    expect(renderMarkdown('[details="<script>alert(1)</script>"]\nx\n[/details]')).toContain('<summary>&lt;script&gt;alert(1)&lt;/script&gt;</summary>');
  });
});
