/**
 * The module boundaries of eslint.config.js hold (issue 12, "Boundaries without holes"):
 * every forbidden import or global in boundary-cases.ts is reported, once, by the named
 * rule, and every allowed one is not. Snippets are linted with ESLint's Node API at a
 * virtual path inside the folder under test, so the folder's own config applies without
 * a fixture file ever sitting in the source tree. One ESLint instance for all cases:
 * loading the config and the TypeScript parser is the slow part.
 */
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED, DENIED, type BoundaryRule } from './boundary-cases';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BOUNDARY_RULES: readonly string[] = ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax'] satisfies BoundaryRule[];

let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // Warm up (config, plugins, parser) outside the per-case timeouts.
  await eslint.lintText('export {};\n', { filePath: 'shared/model/lint-fixture.ts' });
}, 60_000);

async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: file, warnIgnored: true });
  const messages = result?.messages ?? [];
  // A parse error or an ignored path would make every "allowed" case pass vacuously.
  expect(messages.filter((m) => m.fatal || m.ruleId === null)).toEqual([]);
  return messages.filter((m) => m.ruleId !== null && BOUNDARY_RULES.includes(m.ruleId));
}

describe('eslint.config.js module boundaries', () => {
  it('has a case table worth checking', () => {
    expect(DENIED.length).toBeGreaterThan(50);
    expect(ALLOWED.length).toBeGreaterThan(30);
  });

  describe('reports each forbidden import or global', () => {
    it.each(DENIED.map((c) => [`${c.file}: ${c.code.trim()}`, c] as const))('%s', async (_name, c) => {
      const reported = await lint(c.file, c.code);
      expect(reported.map((m) => m.ruleId)).toEqual([c.rule]);
      expect(reported[0]?.message).toContain(c.message);
    });
  });

  describe('lets each allowed import or global through', () => {
    it.each(ALLOWED.map((c) => [`${c.file}: ${c.code.trim()}`, c] as const))('%s', async (_name, c) => {
      const reported = await lint(c.file, c.code);
      expect(reported.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
    });
  });
});
