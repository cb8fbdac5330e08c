/**
 * Links are checked when they are imported (issue 20): an RSS item link like
 * `https://[bad/t/…` was stored as the thread's address, `new URL()` threw on it in the item
 * view, and the whole window went blank. Every post and thread link a source reader
 * produced is kept only when it is a web address the app can open (http/https with a host,
 * shared/security/external-url.ts) or a site path (`/t/…`, made absolute later by the
 * forum's origin); anything else is left out with one warning per file. The post's text
 * keeps whatever it says.
 */
import { normaliseExternalUrl } from '../../security/external-url';
import { previewOf } from '../../errors/zod-words';
import type { ParsedThread, ParseWarning, SourceParse, SourcePost } from '../types';

/** True for a link an imported row may hold: an http(s) web address with a host, or a site path `/…`. */
export function isImportableUrl(url: string): boolean {
  if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\') && !/\s/.test(url);
  return normaliseExternalUrl(url) !== null;
}

/** The origin (`https://host`) of a stored link, or undefined when it has none (a path, or not a URL at all). */
export function originOf(url: string | undefined): string | undefined {
  if (url === undefined || normaliseExternalUrl(url) === null) return undefined;
  try {
    return new URL(url.trim()).origin;
  } catch {
    return undefined;
  }
}

/** `parsed` without the links it cannot hold, and a warning naming the first one. */
export function dropBadUrls(parsed: SourceParse, fileName: string): SourceParse {
  const bad: string[] = [];
  const check = (url: string | undefined) => {
    if (url === undefined || isImportableUrl(url)) return true;
    bad.push(url);
    return false;
  };
  const threads = parsed.threads.map((t): ParsedThread => {
    if (check(t.url)) return t;
    const { url: _url, host: _host, ...rest } = t;
    return rest;
  });
  const posts = parsed.posts.map((p): SourcePost => {
    if (check(p.url)) return p;
    const { url: _url, ...rest } = p;
    return rest;
  });
  if (bad.length === 0) return parsed;
  const first = `“${previewOf(bad[0] ?? '')}”`;
  const warning: ParseWarning = {
    fileName,
    code: 'bad-url',
    message: `${fileName}: ${bad.length === 1 ? `the link ${first} is` : `${bad.length} links (the first is ${first}) are`} not a web address Steering Desk can open; ${bad.length === 1 ? 'it was' : 'they were'} left out and the posts imported without ${bad.length === 1 ? 'it' : 'them'}.`,
  };
  return { ...parsed, threads, posts, warnings: [...parsed.warnings, warning] };
}
