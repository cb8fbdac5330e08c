/**
 * Turns an input file into clean text: size limit, BOM/UTF-16, invalid UTF-8, binary
 * content, NUL bytes and CR/CRLF line endings. Bad bytes are reported, never a crash
 * (issue 3, "Bad input").
 */
import { ImportError } from './errors';
import type { InputFile, ParseWarning } from './types';

/** Largest file accepted. A 1,000-post `?print=true` topic is ~10 MB; 50 MB is surely not a thread export. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** A decoded file: LF line endings, no BOM, no NUL characters. */
export type DecodedFile = { name: string; text: string; warnings: ParseWarning[] };

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function decodeBytes(name: string, bytes: Uint8Array, warnings: ParseWarning[]): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = countReplacements(text);
  if (bad > 0) {
    warnings.push({
      fileName: name,
      code: 'bad-encoding',
      message: `${name}: ${bad} byte sequence(s) are not valid UTF-8 (first near character ${text.indexOf('\uFFFD')}); they were replaced with "\uFFFD". Save the file as UTF-8 and import it again to keep those characters.`,
    });
  }
  return text;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Does the text look binary: more control characters (other than tab/LF/CR/FF) than text has, in its first 64 K? */
function looksBinary(text: string): boolean {
  const end = Math.min(text.length, 65536);
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) n++;
  }
  // A stray NUL in a text file is repairable; binary data has them everywhere.
  return n > Math.max(8, end * 0.02);
}

/**
 * Decode and check one file. Throws `ImportError` for files that cannot be a thread export
 * (empty, binary, too large); returns warnings for repairable problems (bad bytes, NULs).
 */
export function decodeFile(file: InputFile): DecodedFile {
  const warnings: ParseWarning[] = [];
  const size = 'bytes' in file ? file.bytes.length : file.text.length;
  if (size > MAX_FILE_BYTES) {
    throw new ImportError('too-large', file.name, `the file is ${MB(size)}; the importer reads files up to ${MB(MAX_FILE_BYTES)}. Export the thread in pages (e.g. /raw/<number>?page=2) and import the pages together.`);
  }
  let text = 'bytes' in file ? decodeBytes(file.name, file.bytes, warnings) : file.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new ImportError('empty', file.name, 'the file is empty (or only whitespace); there is nothing to import.');
  if (looksBinary(text)) {
    throw new ImportError('binary', file.name, 'the file looks binary (many control or NUL bytes), not a text, JSON, CSV or RSS export. If it is UTF-16 text without a byte-order mark, save it as UTF-8.');
  }
  if (text.includes('\0')) {
    text = text.replace(/\0/g, '');
    warnings.push({ fileName: file.name, code: 'nul-bytes', message: `${file.name}: NUL characters were removed from the text.` });
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { name: file.name, text, warnings };
}
