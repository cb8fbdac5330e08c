/**
 * Canonical JSON and the backup checksum. The checksum must come out the same for the
 * same data whoever wrote the file and in whatever key order, so it is taken over a
 * canonical text: object keys sorted by code unit, no white space, `undefined` dropped
 * exactly as JSON.stringify drops it. A JSON.parse of the file gives back values whose
 * canonical text equals the writer's, which is what lets a restore verify the file.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The canonical JSON text of `value` (sorted keys, no white space). */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  writeCanonical(value, (piece) => parts.push(piece));
  return parts.join('');
}

/**
 * `sha256:<hex>` of the canonical JSON of `tables`. The text is hashed row by row, so a
 * large backup is never held twice in memory as one string.
 */
export function checksumOf(tables: Readonly<Record<string, readonly unknown[]>>): string {
  const hash = sha256.create();
  let pending = '';
  const emit = (piece: string): void => {
    pending += piece;
    // Hash in chunks of about 64 KiB: fewer tiny updates, bounded memory.
    if (pending.length >= 65_536) {
      hash.update(utf8ToBytes(pending));
      pending = '';
    }
  };
  writeCanonical(tables, emit);
  hash.update(utf8ToBytes(pending));
  return `sha256:${bytesToHex(hash.digest())}`;
}

function writeCanonical(value: unknown, emit: (piece: string) => void): void {
  if (value === null || typeof value !== 'object') {
    // Numbers, strings, booleans; non-finite numbers become null as in JSON.stringify.
    emit(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    emit('[');
    value.forEach((item: unknown, index) => {
      if (index > 0) emit(',');
      writeCanonical(item === undefined || typeof item === 'function' ? null : item, emit);
    });
    emit(']');
    return;
  }
  emit('{');
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function') continue;
    if (!first) emit(',');
    first = false;
    emit(JSON.stringify(key));
    emit(':');
    writeCanonical(item, emit);
  }
  emit('}');
}
