/**
 * Highlighting a span of a post's raw Markdown (the text an item was extracted from).
 *
 * Offsets refer to the raw source, but the span can cross emphasis, links and paragraphs,
 * so it cannot be wrapped in `<mark>` before parsing. Instead two private-use sentinel
 * characters are inserted at the offsets, the source is parsed as usual, and this core
 * rule replaces them in the token stream: every text token inside the span becomes
 * `<mark>text</mark>`. Marks are therefore always balanced and nested inside their block,
 * and the result still goes through the DOM sanitizer afterwards (`mark` is allow-listed).
 * Sentinels already present in the input are neutralised first, so a post cannot fake one.
 * Code blocks inside the span are not marked (a `<mark>` around `<pre>` is invalid HTML).
 */
import type { StateCore, Token } from 'markdown-it';
import { readRenderEnv } from './render-env';

/** Private-use characters that mark the start and end of the highlighted span. */
export const HIGHLIGHT_START = '\uE000';
/** See {@link HIGHLIGHT_START}. */
export const HIGHLIGHT_END = '\uE001';

const ANY_SENTINEL = /[\uE000\uE001]/g;

/** Replace sentinel characters the input already contains with U+FFFD (same length, so offsets hold). */
export function neutralizeSentinels(raw: string): string {
  return raw.replace(ANY_SENTINEL, '\uFFFD');
}

/** Remove every sentinel from a string. */
export function stripSentinels(text: string): string {
  return text.replace(ANY_SENTINEL, '');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Move an offset off the middle of a surrogate pair so a sentinel never splits a character. */
function snap(raw: string, offset: number): number {
  return offset > 0 && offset < raw.length && isHighSurrogate(raw.charCodeAt(offset - 1)) ? offset - 1 : offset;
}

/**
 * `raw` with sentinels around `[start, end)`, or `null` when the span is empty or outside
 * the text (a stale span must not break rendering; the post then renders unhighlighted).
 */
export function insertHighlightSentinels(raw: string, span: readonly [number, number]): string | null {
  const [start, end] = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > raw.length || start >= end) return null;
  const safe = neutralizeSentinels(raw);
  const from = snap(safe, start);
  const to = snap(safe, end);
  if (from >= to) return null;
  return `${safe.slice(0, from)}${HIGHLIGHT_START}${safe.slice(from, to)}${HIGHLIGHT_END}${safe.slice(to)}`;
}

/** The sentinels in `text`, in order. */
function sentinelsIn(text: string): string[] {
  return text.match(ANY_SENTINEL) ?? [];
}

/** Sentinels carried by a token's attributes (link targets, titles); the attributes are cleaned. */
function takeAttrSentinels(token: Token): string[] {
  const found = (token.attrs ?? []).flatMap(([, value]) => sentinelsIn(String(value)));
  token.attrs = token.attrs?.map(([name, value]) => [name, stripSentinels(String(value))]) ?? null;
  return found;
}

/** Walks the token stream in document order, remembering whether it is inside the span. */
class SpanTracker {
  private inside = false;

  constructor(private readonly state: StateCore) {}

  /** Apply sentinels in order; report whether anything between them was inside the span. */
  private apply(sentinels: readonly string[]): boolean {
    let touched = this.inside;
    for (const ch of sentinels) {
      this.inside = ch === HIGHLIGHT_START;
      touched ||= this.inside;
    }
    return touched;
  }

  private wrap(token: Token): Token[] {
    return [new this.state.Token('mark_open', 'mark', 1), token, new this.state.Token('mark_close', 'mark', -1)];
  }

  private splitText(token: Token): Token[] {
    const out: Token[] = [];
    for (const part of token.content.split(/([\uE000\uE001])/)) {
      if (part === HIGHLIGHT_START || part === HIGHLIGHT_END) this.inside = part === HIGHLIGHT_START;
      else if (part !== '') {
        const text = new this.state.Token('text', '', 0);
        text.content = part;
        out.push(...(this.inside ? this.wrap(text) : [text]));
      }
    }
    return out;
  }

  inline(children: Token[]): Token[] {
    const out: Token[] = [];
    // A link's target follows its text in the source but its open token precedes it,
    // so sentinels found in the target take effect at the link's close token.
    let pendingFromTarget: string[] = [];
    for (const token of children) {
      if (token.type === 'text') {
        out.push(...this.splitText(token));
      } else if (token.type === 'link_open') {
        pendingFromTarget = takeAttrSentinels(token);
        out.push(token);
      } else if (token.type === 'link_close') {
        out.push(token);
        this.apply(pendingFromTarget);
        pendingFromTarget = [];
      } else if (token.type === 'code_inline' || token.type === 'image') {
        // Alt text (content) comes before the image source in the source text.
        let touched = this.apply(sentinelsIn(token.content));
        token.content = stripSentinels(token.content);
        for (const child of token.children ?? []) child.content = stripSentinels(child.content);
        touched = this.apply(takeAttrSentinels(token)) || touched;
        out.push(...(touched ? this.wrap(token) : [token]));
      } else {
        this.apply([...sentinelsIn(token.content), ...takeAttrSentinels(token)]);
        token.content = stripSentinels(token.content);
        out.push(token);
      }
    }
    return out;
  }

  block(token: Token): void {
    this.apply(sentinelsIn(token.info));
    token.info = stripSentinels(token.info);
    if (token.type === 'inline') {
      // An inline token's own content is its unrendered source; only its children are output.
      token.content = stripSentinels(token.content);
      token.children = this.inline(token.children ?? []);
    } else {
      this.apply(sentinelsIn(token.content));
      token.content = stripSentinels(token.content);
    }
  }
}

/**
 * Wrap markdown-it's `normalizeLink` so sentinels inside a link target survive it: they
 * are removed before normalising (percent-encoding and punycode would mangle them) and
 * re-appended, in order, for the core rule to read and strip.
 */
export function keepSentinelsThroughNormalize(normalize: (url: string) => string): (url: string) => string {
  return (url) => normalize(stripSentinels(url)) + sentinelsIn(url).join('');
}

/** markdown-it core rule: turn sentinels into balanced `<mark>` tokens (no-op without a highlight). */
export function highlightRule(state: StateCore): void {
  if (!readRenderEnv(state.env).hasHighlight) return;
  const tracker = new SpanTracker(state);
  for (const token of state.tokens) tracker.block(token);
}
