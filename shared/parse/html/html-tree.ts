/**
 * A small, forgiving HTML tokenizer that builds an element tree. shared/ has no DOM
 * (it runs in Node for the CLI and in the renderer), and Discourse's cooked HTML is
 * well-formed enough that a tag stack with auto-closing is all we need. The tree is only
 * read to produce Markdown text; nothing is ever rendered from it.
 */

/** An element or text node. Attribute values are raw (entity-encoded) strings. */
export type HtmlNode = { tag: string; attrs: Record<string, string>; children: HtmlNode[] } | { text: string };
export type HtmlElement = Extract<HtmlNode, { tag: string }>;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is never text of the post. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea', 'title', 'noscript', 'svg', 'iframe']);
const RAW_TEXT_END = /<\/(script|style|template|textarea|title|noscript|svg|iframe)\s*>/gi;
/** Closing one of these closes an open `p` or `li` implicitly (HTML's optional end tags). */
const AUTO_CLOSED_BY: Record<string, Set<string>> = {
  p: new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'table', 'aside', 'details', 'hr']),
  li: new Set(['li']),
};

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  // Each alternative starts with a different character class, so there is one way to match: linear.
  // eslint-disable-next-line security/detect-unsafe-regex
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    const name = m[1]?.toLowerCase();
    if (name !== undefined) attrs[name] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

/** Parse an HTML fragment into a root element (`tag: '#root'`). Never throws. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  // Attribute values are matched as whole quoted strings, alternatives disjoint on their first character: linear.
  // eslint-disable-next-line security/detect-unsafe-regex
  const tagRe = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<![^>]*>/g;
  let last = 0;
  for (let m = tagRe.exec(html); m !== null; m = tagRe.exec(html)) {
    if (m.index > last) top().children.push({ text: html.slice(last, m.index) });
    last = tagRe.lastIndex;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // comment, doctype or CDATA
    if (m[1] === '/') {
      const at = stack.map((e) => e.tag).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    const closes = top().tag in AUTO_CLOSED_BY ? AUTO_CLOSED_BY[top().tag] : undefined;
    if (closes?.has(name)) stack.pop();
    const el: HtmlElement = { tag: name, attrs: parseAttrs(m[3] ?? ''), children: [] };
    top().children.push(el);
    if (RAW_TEXT.has(name)) {
      // Skip to the matching end tag: its content is code or markup, never post text.
      let stop = html.length;
      RAW_TEXT_END.lastIndex = last;
      for (let e = RAW_TEXT_END.exec(html); e !== null; e = RAW_TEXT_END.exec(html)) {
        if (e[1]?.toLowerCase() === name) {
          stop = RAW_TEXT_END.lastIndex;
          break;
        }
      }
      last = stop;
      tagRe.lastIndex = stop;
      continue;
    }
    if (!VOID.has(name) && !(m[3] ?? '').trimEnd().endsWith('/')) stack.push(el);
  }
  if (last < html.length) top().children.push({ text: html.slice(last) });
  return root;
}

/** The concatenated text of a node (entities still encoded). */
export function textContent(node: HtmlNode): string {
  if ('text' in node) return node.text;
  return node.children.map(textContent).join('');
}

/** The element's class list. */
export function classes(el: HtmlElement): string[] {
  return (el.attrs.class ?? '').split(/\s+/).filter(Boolean);
}
