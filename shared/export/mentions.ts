/**
 * What counts as a mention in exported Markdown, and how one is made harmless (issue 13).
 *
 * Exports are pasted into Discourse, GitHub and HedgeDoc. Discourse turns `@name` into a
 * mention when it is not preceded by a letter or digit — its matcher is
 * `/@(\w[\w.-]{0,58}\w)|@(\w)/` — so `someone@example.org` is an e-mail, not a mention,
 * but "an alias that ends in @nixos.org" would ping a `nixos.org` account. GitHub pings
 * `@user` and `@org/team` the same way. A backslash does not help: Discourse drops the
 * escape before it looks for mentions. The one construct all three agree never pings is a
 * code span, so a mention that must not ping is written `` `@nixos.org` ``.
 *
 * Scanning is by hand, not with markdown-it: exports rewrite the member's source text and
 * must leave every other character as typed, and markdown-it's inline tokens carry no
 * source offsets to map a rewrite back onto.
 */

/** A letter, digit or underscore: what may not stand right before a mention, and what a handle starts and ends with. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** What a handle may hold between its first and last character. */
const HANDLE_CHAR = /[\p{L}\p{N}_.-]/u;
/** A URL up to the `/` right before an `@` (`https://social.example/@alice`): linked by every renderer, so no mention. */
const URL_BEFORE = /https?:\/\/[^\s<>`]*\/$/i;
/** How far back a URL before an `@` is looked for: bounded, so that a long line is scanned in linear time. */
const URL_LOOKBACK = 2048;

/** One mention-like token in a text: `[start, end)` offsets and the handle without `@`. */
export interface MentionSpan {
  start: number;
  end: number;
  handle: string;
}

/** Handles that a document means to ping, lower-cased and without `@`: see pingable.ts. */
export type Pingable = ReadonlySet<string>;

/** The lower-cased key a handle is compared by (`@NixOS/Xen` → `nixos/xen`); Discourse and GitHub ignore case. */
export function handleKey(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase();
}

/** Whether `handle` (with or without `@`) is one of `pingable`. */
export function isPingable(handle: string, pingable: Pingable): boolean {
  return pingable.has(handleKey(handle));
}

/**
 * End of the handle part that starts at `from`: word characters, dots and dashes, ending
 * on a word character (`@alice.` is `@alice`); `from` itself when no handle starts there.
 */
function handleEnd(text: string, from: number): number {
  if (!WORD_CHAR.test(text[from] ?? '')) return from;
  let end = from + 1;
  for (let i = from + 1; i < text.length && HANDLE_CHAR.test(text[i] ?? ''); i++) if (WORD_CHAR.test(text[i] ?? '')) end = i + 1;
  return end;
}

/** The mention that starts at `text[at]` (an `@`), or undefined when that `@` is not one (e-mail, URL, no handle). */
export function mentionAt(text: string, at: number): MentionSpan | undefined {
  if (text[at] !== '@') return undefined;
  if (at > 0 && WORD_CHAR.test(text[at - 1] ?? '')) return undefined;
  let end = handleEnd(text, at + 1);
  if (end === at + 1) return undefined;
  // GitHub's team mentions: `@org/team`.
  if (text[end] === '/') {
    const team = handleEnd(text, end + 1);
    if (team > end + 1) end = team;
  }
  if (text[at - 1] === '/' && URL_BEFORE.test(text.slice(Math.max(0, at - URL_LOOKBACK), at))) return undefined;
  return { start: at, end, handle: text.slice(at + 1, end) };
}

/** Every mention in `text`, in order. */
export function mentionsIn(text: string): MentionSpan[] {
  const out: MentionSpan[] = [];
  for (let i = text.indexOf('@'); i !== -1; ) {
    const m = mentionAt(text, i);
    if (m) out.push(m);
    i = text.indexOf('@', m ? m.end : i + 1);
  }
  return out;
}

/** `` `@handle` ``: the mention written so that it pings nobody (reason in the module comment). */
export function inertMention(handle: string): string {
  return `\`@${handle}\``;
}
