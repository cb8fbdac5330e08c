/**
 * Row-level checks of a backup before a restore (issue 7, SECURITY.md check 43): every row
 * against its table's zod schema, and primary keys unique per table. One pass per table,
 * so a large backup costs linear time; only the first few problems are kept for the message,
 * each in words (issue 20: the validator's own text — "Too big: expected string to have
 * <=2000 characters", a date's 400-character pattern — reached the member).
 */
import { issueInWords, previewOf } from '../errors/zod-words';
import { PRIMARY_KEYS, TABLE_SCHEMAS, type TableName } from '../model/tables';

/** One row that does not match its table's schema. */
export interface RowProblem {
  table: string;
  /** 0-based position of the row in its table. */
  index: number;
  /** Field path inside the row, e.g. `venue.kind`; empty for the row itself. */
  path: string;
  /** The problem in words, without a subject: "its link 1 is 2,345 characters long; at most 2,000 are allowed" (shared/errors/zod-words.ts). */
  message: string;
  /** The row's title, name or text, shortened, so the member can find it; absent when it has none. */
  label?: string;
}

/** One primary key that appears more than once in a table. */
export interface DuplicateKey {
  table: string;
  key: string;
}

/** How many problems are listed in full; the rest are only counted. */
export const MAX_LISTED = 5;

/** Rows parsed by their schemas (unknown fields kept), or the problems found. */
export type RowCheck<T> = { ok: true; rows: T } | { ok: false; problems: RowProblem[]; badCount: number };

/** Parse every row of every table; schemas are loose, so unknown fields survive. */
export function checkRows(tables: Partial<Record<TableName, readonly unknown[]>>): RowCheck<Partial<Record<TableName, unknown[]>>> {
  const problems: RowProblem[] = [];
  let badCount = 0;
  const out: Partial<Record<TableName, unknown[]>> = {};
  for (const [name, rows] of Object.entries(tables) as [TableName, readonly unknown[]][]) {
    const schema = TABLE_SCHEMAS[name];
    const parsed: unknown[] = [];
    rows.forEach((row, index) => {
      const result = schema.safeParse(row);
      if (result.success) {
        parsed.push(result.data);
        return;
      }
      badCount += 1;
      if (problems.length < MAX_LISTED) {
        const issue = result.error.issues[0];
        const label = labelOf(row);
        problems.push({
          table: name, index, path: issue ? issue.path.map(String).join('.') : '', message: issue ? issueInWords(issue, row) : 'it is not valid',
          ...(label ? { label } : {}),
        });
      }
    });
    out[name] = parsed;
  }
  return badCount === 0 ? { ok: true, rows: out } : { ok: false, problems, badCount };
}

/** A short name for a row in a message: its title, name or text, if it has one. */
function labelOf(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const r = row as Record<string, unknown>;
  const text = [r.title, r.name, r.text, r.key].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return text === undefined ? undefined : previewOf(text);
}

/** Primary keys that appear twice or more, table by table (first few only). */
export function findDuplicateKeys(tables: Partial<Record<TableName, readonly unknown[]>>): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  for (const [name, rows] of Object.entries(tables) as [TableName, readonly unknown[]][]) {
    const field = PRIMARY_KEYS[name];
    const seen = new Set<string>();
    for (const row of rows) {
      const key = String((row as Record<string, unknown>)[field]);
      if (seen.has(key)) {
        duplicates.push({ table: name, key });
        if (duplicates.length >= MAX_LISTED) return duplicates;
      }
      seen.add(key);
    }
  }
  return duplicates;
}
