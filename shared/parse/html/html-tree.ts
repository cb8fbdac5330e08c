/**
 * A small, forgiving HTML tokenizer that builds an element tree. shared/ has no DOM
 * (it runs in Node for the CLI and in the renderer), and Discourse's cooked HTML is
 * well-formed enough that a tag stack with auto-closing is all we need. The tree is only
 * read to produce Markdown text; nothing is ever rendered from it.
 *
 * Linear time and bounded depth (issue 20: 1 MB of nested cooked HTML took 32–84 s, then
 * "Maximum call stack size exceeded"). The input is read in one forward pass that never
 * looks back — no backtracking pattern over a whole tag (a tag with an unmatched quote made
 * the old one rescan to the end from every `<`: 300 kB took 209 s) — and a closing tag finds
 * its element through per-name counts instead of searching the stack. Elements nested deeper
 * than {@link MAX_HTML_DEPTH} are not built: their content joins the deepest element kept
 * (so every reader of the tree recurses at most that deep) and `flattened` says so.
 */

/** An element or text node. Attribute values are raw (entity-encoded) strings. */
export type HtmlNode = { tag: string; attrs: Record<string, string>; children: HtmlNode[] } | { text: string };
export type HtmlElement = Extract<HtmlNode, { tag: string }>;

/**
 * Deepest element built. Discourse's own cooked HTML nests about 15 levels at most (a quote
 * in a list in a details block); 48 leaves room for that and keeps recursion shallow.
 */
export const MAX_HTML_DEPTH = 48;

/** The tree of a fragment, and how many elements were flattened for being deeper than the cap. */
export type ParsedHtml = { root: HtmlElement; flattened: number };

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is never text of the post. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea', 'title', 'noscript', 'svg', 'iframe']);
/** The end tag of each raw-text element, e.g. `</script >`. */
// eslint-disable-next-line security/detect-non-literal-regexp -- built from the fixed names above only
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]));
/** Closing one of these closes an open `p` or `li` implicitly (HTML's optional end tags). */
const AUTO_CLOSED_BY: Record<string, Set<string>> = {
  p: new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'table', 'aside', 'details', 'hr']),
  li: new Set(['li']),
};

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

type Tag = { name: string; attrs: Record<string, string>; isSelfClosing: boolean; end: number };

const isNameChar = (c: string | undefined) => isLetter(c) || (c !== undefined && ((c >= '0' && c <= '9') || c === '-'));

/** End of an attribute name starting at `i`: up to whitespace, `/`, `>` or a `=` after its first character. */
function attrNameEnd(html: string, i: number): number {
  let j = i;
  while (j < html.length) {
    const c = html[j];
    if (isSpace(c) || c === '/' || c === '>' || (c === '=' && j > i)) break;
    j++;
  }
  return j;
}

/**
 * A start or end tag at `i` (`html[i]` is `<`), read as HTML's tokenizer does: quotes open a
 * value only after `=`, and a value runs to its closing quote. Undefined when the input ends
 * inside the tag.
 */
function readTag(html: string, i: number): Tag | undefined {
  const isEnd = html[i + 1] === '/';
  const start = i + (isEnd ? 2 : 1);
  let j = start;
  while (isNameChar(html[j])) j++;
  const name = html.slice(start, j).toLowerCase();
  const attrs: Record<string, string> = {};
  let isSelfClosing = false;
  while (j < html.length) {
    const c = html[j];
    if (c === '>') return { name: isEnd ? `/${name}` : name, attrs, isSelfClosing, end: j + 1 };
    if (isSpace(c) || c === '/') {
      isSelfClosing = c === '/';
      j++;
      continue;
    }
    isSelfClosing = false;
    const end = attrNameEnd(html, j);
    const attr = html.slice(j, end).toLowerCase();
    j = end;
    while (isSpace(html[j])) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (isSpace(html[j])) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        if (close === -1) return undefined;
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const start = j;
        while (j < html.length && !isSpace(html[j]) && html[j] !== '>') j++;
        value = html.slice(start, j);
      }
    }
    if (attr !== '' && attr !== '__proto__') attrs[attr] = value;
  }
  return undefined;
}

/** Where the raw-text element `name` opened before `from` ends: after its end tag, or at the end of input. */
function rawTextEnd(html: string, from: number, name: string): number {
  const re = RAW_TEXT_END.get(name);
  if (re === undefined) return from;
  re.lastIndex = from;
  return re.exec(html) === null ? html.length : re.lastIndex;
}

/** Parse an HTML fragment into a root element (`tag: '#root'`). Never throws; linear in the input. */
export function parseHtmlTree(html: string): ParsedHtml {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  // Open elements; those past MAX_HTML_DEPTH are names only (`el` undefined), their content goes to the deepest kept.
  const stack: { tag: string; el: HtmlElement | undefined }[] = [{ tag: '#root', el: root }];
  const open = new Map<string, number>();
  let flattened = 0;
  const parent = (): HtmlElement => stack[Math.min(stack.length, MAX_HTML_DEPTH + 1) - 1]?.el ?? root;
  const pop = () => {
    const entry = stack.pop();
    if (entry) open.set(entry.tag, (open.get(entry.tag) ?? 1) - 1);
  };
  let text = 0; // start of the pending text run
  const flushText = (to: number) => {
    if (to > text) parent().children.push({ text: html.slice(text, to) });
  };
  let i = html.indexOf('<');
  while (i !== -1) {
    let next = -1; // where the markup starting at i ends; -1: it is text
    let tag: Tag | undefined;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      next = close === -1 ? html.length : close + 3;
    } else if (html.startsWith('<![CDATA[', i)) {
      const close = html.indexOf(']]>', i + 9);
      next = close === -1 ? html.length : close + 3;
    } else if (html[i + 1] === '!' || html[i + 1] === '?') {
      const close = html.indexOf('>', i + 2);
      if (close === -1) break; // no `>` anywhere after: the rest is text
      next = close + 1;
    } else if (isLetter(html[i + 1]) || (html[i + 1] === '/' && isLetter(html[i + 2]))) {
      tag = readTag(html, i);
      if (tag === undefined) break; // the input ends inside this tag: the rest is text
      next = tag.end;
    }
    if (next === -1) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    flushText(i);
    text = next;
    if (tag !== undefined) {
      if (tag.name.startsWith('/')) {
        const name = tag.name.slice(1);
        // Every entry popped here was pushed once: linear over the whole input.
        if ((open.get(name) ?? 0) > 0) while (stack.length > 1 && stack[stack.length - 1]?.tag !== name) pop();
        if ((open.get(name) ?? 0) > 0) pop();
      } else {
        const top = stack[stack.length - 1]?.tag ?? '#root';
        if (AUTO_CLOSED_BY[top]?.has(tag.name)) pop();
        const isLeaf = VOID.has(tag.name) || RAW_TEXT.has(tag.name) || tag.isSelfClosing;
        const isKept = isLeaf || stack.length <= MAX_HTML_DEPTH;
        const el: HtmlElement | undefined = isKept ? { tag: tag.name, attrs: tag.attrs, children: [] } : undefined;
        if (el) parent().children.push(el);
        else flattened++;
        if (RAW_TEXT.has(tag.name)) text = rawTextEnd(html, next, tag.name); // code or markup, never post text
        else if (!isLeaf) {
          stack.push({ tag: tag.name, el: stack.length <= MAX_HTML_DEPTH ? el : undefined });
          open.set(tag.name, (open.get(tag.name) ?? 0) + 1);
        }
      }
    }
    i = html.indexOf('<', text);
  }
  flushText(html.length);
  return { root, flattened };
}

/** Parse an HTML fragment into a root element (`tag: '#root'`). Never throws. */
export function parseHtml(html: string): HtmlElement {
  return parseHtmlTree(html).root;
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
