import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { renderMarkdown } from '../../../shared/markdown/render-markdown';

const BASE = { baseUrl: 'https://discourse.nixos.org' };
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('Normal **bold** and _em_')).toBe('<p>Normal <strong>bold</strong> and <em>em</em></p>\n');
  });

  it('shows raw HTML in a post as text', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(html).not.toMatch(/<(img|script)/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('turns single newlines into line breaks, as Discourse does', () => {
    expect(renderMarkdown('line one\nline two')).toBe('<p>line one<br>\nline two</p>\n');
  });

  it('links http, https and mailto targets with normalised hrefs', () => {
    const html = renderMarkdown('[a](HTTPS://NixOS.org) [b](http://example.com/x) [c](mailto:sc@example.org)');
    expect(hrefs(html)).toEqual(['https://nixos.org/', 'http://example.com/x', 'mailto:sc@example.org']);
  });

  it('linkifies bare URLs and e-mail addresses', () => {
    expect(hrefs(renderMarkdown('see https://nixos.org and sc@example.org'))).toEqual(['https://nixos.org/', 'mailto:sc@example.org']);
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](data:text/html,hi)',
    '[x](vbscript:msgbox(1))',
    '[x](file:///etc/passwd)',
    '[x](//evil.example/a)',
    '[x](<java\tscript:alert(1)>)',
    '[x](&#106;avascript:alert(1))',
    '[a]: javascript:alert(1)\n\n[x][a]',
    '<javascript:alert(1)>',
  ])('does not link %j', (src) => {
    expect(renderMarkdown(src, BASE)).not.toContain('href=');
  });

  it('resolves root-relative Discourse links against the base URL', () => {
    expect(hrefs(renderMarkdown('[topic](/t/budget/12)', BASE))).toEqual(['https://discourse.nixos.org/t/budget/12']);
  });

  it('keeps the text of root-relative links but no href without a base URL', () => {
    const html = renderMarkdown('[topic](/t/budget/12)');
    expect(html).toBe('<p><a>topic</a></p>\n');
  });

  it('escapes a hostile code-fence info string into a harmless class value', () => {
    const html = renderMarkdown('```<style/onload=alert(1)>\ncode\n```');
    expect(html).toBe('<pre><code class="lang-&lt;style/onload=alert(1)&gt;">code\n</code></pre>\n');
  });

  it('renders Mermaid diagrams as code text, never as markup', () => {
    const html = renderMarkdown('```mermaid\nA["<img src=x onerror=alert(1)>"]\n```');
    expect(html).toContain('<code class="lang-mermaid">A[&quot;&lt;img src=x onerror=alert(1)&gt;&quot;]');
  });

  it('escapes image alt text that tries to break out of the attribute', () => {
    const html = renderMarkdown('![x" onerror="alert(1)](https://example.com/a.png)');
    expect(html).toBe('<p><img src="https://example.com/a.png" alt="x&quot; onerror=&quot;alert(1)"></p>\n');
  });

  it('replaces upload:// images with a text placeholder and drops the size suffix from the alt', () => {
    const html = renderMarkdown('![roadmap|690x207](upload://rZ2rVggOzeSKowGYwFP7MWDvfWW.png)');
    expect(html).toBe('<p><span class="upload-placeholder">[image: roadmap — not available offline]</span></p>\n');
  });

  it('keeps the text of upload:// attachment links without a link', () => {
    expect(renderMarkdown('[minutes.pdf](upload://abc123.pdf)')).toBe('<p><a>minutes.pdf</a></p>\n');
  });

  it('leaves :emoji: codes and @mentions as text', () => {
    expect(renderMarkdown(':tada: thanks @alice')).toBe('<p>:tada: thanks @alice</p>\n');
  });

  it('renders about as fast as plain markdown-it (one shared instance, no per-call setup)', () => {
    const doc = Array.from({ length: 400 }, (_, i) => `## Team ${i}\n\n- ask **${i}** [link](https://example.com/${i})\n- blocker _x_\n`).join('\n');
    const plain = new MarkdownIt({ linkify: true, breaks: true });
    const time = (fn: () => void) => {
      fn();
      const start = performance.now();
      for (let i = 0; i < 5; i++) fn();
      return performance.now() - start;
    };
    const baseline = time(() => plain.render(doc));
    const ours = time(() => renderMarkdown(doc, BASE));
    // Generous bound: the link policy adds URL parsing per link; a per-call instance would cost far more.
    expect(ours).toBeLessThan(baseline * 4 + 20);
  });
});
