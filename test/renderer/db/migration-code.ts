/**
 * The code fingerprint of a migration file, for the frozen check (issue 12): a hash of its
 * tokens after the imports, so comments, blank lines, re-wrapping and import paths may
 * change in a shipped migration, but its upgrade, description or stores may not.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Migration } from '../../../renderer/db/migrations/types';
import type { CheckedMigration } from './frozen-migrations';

const isJsDoc = (node: ts.Node) => node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode;

/** `sha256:<hex>` of the file's tokens, imports and comments left out. */
export function codeFingerprint(source: string): string {
  const file = ts.createSourceFile('migration.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const tokens: string[] = [];
  const visit = (node: ts.Node) => {
    if (isJsDoc(node)) return;
    const children = node.getChildren(file);
    if (children.length === 0) {
      if (node.kind !== ts.SyntaxKind.EndOfFileToken) tokens.push(node.getText(file));
    } else children.forEach(visit);
  };
  for (const statement of file.statements) if (!ts.isImportDeclaration(statement)) visit(statement);
  return `sha256:${createHash('sha256').update(tokens.join(' ')).digest('hex')}`;
}

/** `NNNN-name.ts` files of a migrations folder, by version. */
export function migrationFiles(dir: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const name of readdirSync(dir)) {
    const match = /^(\d{4})-[a-z0-9-]+\.ts$/.exec(name);
    if (!match) continue;
    const version = Number(match[1]);
    out.set(version, [...(out.get(version) ?? []), name]);
  }
  return out;
}

/**
 * The app's migrations with their file (repo-relative) and code fingerprint.
 * `root` is the repository root; each version must have exactly one file.
 */
export function withCode(migrations: readonly Migration[], root: string): CheckedMigration[] {
  const folder = 'renderer/db/migrations';
  const files = migrationFiles(join(root, folder));
  return migrations.map((m) => {
    const names = files.get(m.version) ?? [];
    if (names.length !== 1) throw new Error(`Migration ${m.version} needs exactly one file ${String(m.version).padStart(4, '0')}-name.ts in ${folder}; found ${names.length}.`);
    const file = `${folder}/${names[0]}`;
    return { version: m.version, stores: m.stores, file, code: codeFingerprint(readFileSync(join(root, file), 'utf8')) };
  });
}
