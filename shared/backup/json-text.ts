/**
 * Cheap text-level facts about a backup file, computed before or instead of parsing it:
 * its UTF-8 size, and whether a JSON parse failure looks like a file cut off mid-way
 * (so the member hears "incomplete", not "not a backup"). Both are one linear pass.
 */

/**
 * UTF-8 byte length of `text`; counting stops once it passes `stopAfter`, so a huge file
 * over the limit is not scanned to the end.
 */
export function utf8Length(text: string, stopAfter = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * True when `text` starts like a JSON object or array but ends inside a string or with
 * brackets still open — the shape of a file whose end is missing.
 */
export function looksTruncated(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < start.length; i += 1) {
    const c = start[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') depth -= 1;
  }
  return inString || depth > 0;
}

/**
 * True when the end of a file (its last few bytes are enough) closes a JSON object, as
 * every whole backup does. Lets a backup list mark a cut-short file without reading it all.
 */
export function endsLikeWholeBackup(tail: string): boolean {
  return tail.trimEnd().endsWith('}');
}
