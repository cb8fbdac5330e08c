/** Small helpers shared by the source readers: timestamps, thread keys, Discourse URLs. */

/** Context a source reader gets besides the text. */
export type SourceContext = { fileName: string; baseUrl?: string };

/** ISO-8601 UTC instant for anything `Date` can read (ISO with offsets, RFC 2822), else undefined. */
export function toIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
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
  const m = /^(?:(https?:\/\/([^/\s]+)))?\/t\/(?:([^/\s?#]+)\/)?(\d+)(?:\/(\d+))?/i.exec(url.trim());
  if (!m) return undefined;
  const topicId = Number(m[4]);
  if (!Number.isSafeInteger(topicId)) return undefined;
  const ref: TopicRef = { topicId };
  if (m[1]) ref.origin = m[1];
  if (m[2]) ref.host = m[2];
  if (m[3]) ref.slug = m[3];
  if (m[5]) ref.postNumber = Number(m[5]);
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
