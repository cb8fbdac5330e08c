/**
 * Minimal YAML front matter (`---` … `---`) of Markdown update files: flat `key: value`
 * pairs only, which is all a team update needs (team, author, date, thread, url). Malformed
 * front matter is reported and the file is still read.
 */
import type { ParseWarning } from '../types';

/** The parsed front matter, the body after it, and the body's offset in the file. */
export type FrontMatter = { data: Record<string, string>; body: string; bodyOffset: number; warnings: ParseWarning[] };

/** Split and parse front matter; never throws. */
export function readFrontMatter(text: string, fileName: string): FrontMatter {
  const data: Record<string, string> = {};
  const warnings: ParseWarning[] = [];
  if (!/^---[ \t]*\n/.test(text)) return { data, body: text, bodyOffset: 0, warnings };
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!close) {
    warnings.push({ fileName, code: 'front-matter', message: `${fileName}: the front matter opened on line 1 is never closed with "---"; the whole file was read as the update's text.` });
    return { data, body: text, bodyOffset: 0, warnings };
  }
  const header = text.slice(text.indexOf('\n') + 1, close.index + 3);
  const bodyOffset = close.index + 3 + close[0].length;
  header.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      warnings.push({ fileName, code: 'front-matter', message: `${fileName}: front matter line ${i + 2} ("${line.trim().slice(0, 40)}") is not "key: value"; it was ignored.` });
      return;
    }
    data[(m[1] ?? '').toLowerCase()] = (m[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
  });
  return { data, body: text.slice(bodyOffset), bodyOffset, warnings };
}
