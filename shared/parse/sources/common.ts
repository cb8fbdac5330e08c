/** Small helpers shared by the source readers: timestamps, thread keys, Discourse URLs. */

/**
 * The topic the member said this import is (issue 14: "a URL the member gives"). Used only by
 * forms whose text names no topic (a /raw/ dump saved as `raw.txt` or pasted); a form that
 * carries its own topic id keeps it.
 */
export type TopicContext = { topicId: number; origin?: string; slug?: string };

/** Context a source reader gets besides the text. */
export type SourceContext = { fileName: string; baseUrl?: string; topic?: TopicContext };

/** ISO-8601 UTC instant for anything `Date` can read (ISO with offsets, RFC 2822), else undefined. */
export function toIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  // A day or a time without a zone is read as UTC, the same on every laptop: Date.parse reads
  // "2024-11-25 10:00" and a five-digit year in the machine's zone, so under Asia/Kolkata a
  // front matter "10000-01-01" became 9999-12-31 and passed the year check it fails in UTC.
  const zoneless = /^(\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/.exec(text);
  const ms = zoneless ? utcMs(zoneless) : Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Milliseconds of a zoneless day/time read as UTC; setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999. */
function utcMs(m: RegExpExecArray): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // A day that does not exist (2024-13-45, 2025-02-30) is no date, as Date.parse has it.
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return Number.NaN;
  const [h, min, sec] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return Number.NaN;
  d.setUTCHours(h, min, sec, Number((m[7] ?? '0').padEnd(3, '0')));
  return d.getTime();
}

/** `/raw/` headers: `2024-11-25 10:00:00` in UTC. */
export function utcToIso(dateTime: string): string | undefined {
  return toIso(dateTime.replace(' ', 'T') + 'Z');
}

/** Thread key of a Discourse topic. Host-free, so that JSON, /raw/, RSS and CSV of one topic meet. */
export function topicThreadKey(topicId: number): string {
  return `discourse:${topicId}`;
}

/** A positive safe integer, or undefined. */
export function int(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** A string, or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Parts of a Discourse topic or post URL: `https://host/t/slug/123/4`. */
export type TopicRef = { origin?: string; host?: string; slug?: string; topicId: number; postNumber?: number };

/** Read a Discourse `/t/…` URL or path; undefined when it is not one. */
export function parseTopicUrl(url: string): TopicRef | undefined {
  // Split with string operations rather than one pattern with nested optional groups (untrusted input).
  const trimmed = url.trim();
  const origin = /^https?:\/\/[^/\s]+/i.exec(trimmed)?.[0];
  const path = (origin ? trimmed.slice(origin.length) : trimmed).split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/t/')) return undefined;
  const parts = path.slice(3).split('/');
  const at = /^\d+$/.test(parts[0] ?? '') ? 0 : 1;
  const topicId = Number(parts[at]);
  if (!/^\d+$/.test(parts[at] ?? '') || !Number.isSafeInteger(topicId)) return undefined;
  const ref: TopicRef = { topicId };
  if (origin) {
    ref.origin = origin;
    ref.host = origin.replace(/^https?:\/\//i, '');
  }
  if (at === 1 && parts[0]) ref.slug = parts[0];
  if (/^\d+$/.test(parts[at + 1] ?? '')) ref.postNumber = Number(parts[at + 1]);
  return ref;
}

/** Resolve a site-relative path against the forum origin; relative paths stay relative without one. */
export function absoluteUrl(baseUrl: string | undefined, path: string | undefined): string | undefined {
  if (path === undefined || path === '') return undefined;
  if (/^https?:\/\//i.test(path)) return path;
  if (baseUrl === undefined || !path.startsWith('/')) return path;
  return baseUrl.replace(/\/+$/, '') + path;
}

/** Host of a URL, or undefined. */
export function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return /^https?:\/\/([^/\s]+)/i.exec(url)?.[1];
}
