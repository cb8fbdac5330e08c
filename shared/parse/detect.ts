/**
 * Which reader a file needs, decided from its content first and its name only as a
 * tie-breaker (issue 3: "detected from the content, not only the file name"). A Discourse
 * error page saved as `.json` is recognised as HTML, not fed to JSON.parse.
 */

/** Coarse format of a file; JSON is told apart (topic, posts page, single post) after parsing. */
export type DetectedFormat = 'json' | 'discourse-raw' | 'discourse-rss' | 'discourse-csv' | 'markdown' | 'plain-text' | 'html';

/** `username | 2024-11-25 10:00:00 UTC | #3` — the header of each post in Discourse's /raw/ output. */
export const RAW_HEADER = /^(\S+) \| (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC \| #(\d+)$/;

const CSV_COLUMNS = ['topic_title', 'url', 'created_at'];

/** Detect the format of one decoded file. */
export function detectFormat(name: string, text: string): DetectedFormat {
  const head = text.slice(0, 2048).trimStart();
  const lower = head.toLowerCase();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (lower.startsWith('<?xml') || lower.startsWith('<rss') || /^<feed[\s>]/.test(lower)) {
    return lower.includes('<rss') || lower.includes('<channel') ? 'discourse-rss' : 'html';
  }
  if (/^<(!doctype html|html|head|body|div|p|h[1-6]|!--)[\s>]/.test(lower)) return 'html';
  const firstLine = head.slice(0, Math.max(0, head.indexOf('\n'))) || head;
  if (RAW_HEADER.test(firstLine.trim())) return 'discourse-raw';
  const header = firstLine.toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (CSV_COLUMNS.every((c) => header.includes(c))) return 'discourse-csv';
  if (/\.(md|markdown|mdown|mkd)$/i.test(name)) return 'markdown';
  if (head.startsWith('---\n') || /^ {0,3}#{1,6} \S/m.test(text.slice(0, 20000)) || /^ {0,3}[-*] \S/m.test(text.slice(0, 20000))) return 'markdown';
  return 'plain-text';
}
