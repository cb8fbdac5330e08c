// Issue 15: the importer on the 16 real minutes of the NixOS SC (test/fixtures/minutes/),
// against what a reader finds in each file (minutes-fixtures/expected-*.ts). Every
// expectation is one test; the last test reports the share that holds.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checksOf, importFixture, type Imported } from './minutes-fixtures/checks';
import { EXPECTED_2025 } from './minutes-fixtures/expected-2025';
import { EXPECTED_2026 } from './minutes-fixtures/expected-2026';
import { FIXTURE_FILES } from './minutes-fixtures/roster';

const EXPECTED = [...EXPECTED_2025, ...EXPECTED_2026];
const read = (file: string) => readFileSync(new URL(`../../fixtures/minutes/${file}`, import.meta.url), 'utf8');
const cache = new Map<string, Imported>();
const imported = (file: string) => cache.get(file) ?? cache.set(file, importFixture(read(file), file)).get(file)!;
const results: boolean[] = [];

it('has expectations for every one of the 16 files', () => {
  expect(EXPECTED.map((e) => e.file).sort()).toEqual([...FIXTURE_FILES]);
});

describe.each(EXPECTED)('$file', (e) => {
  it.each(checksOf(e, () => imported(e.file)).map((c) => [c.name, c] as const))('%s', (_name, check) => {
    const problem = check.problem();
    results.push(problem === null);
    expect(problem).toBeNull();
  });
});

afterAll(() => {
  const passed = results.filter(Boolean).length;
  console.info(`minutes fixtures: ${passed} of ${results.length} expectations hold (${((100 * passed) / Math.max(1, results.length)).toFixed(1)} %)`);
});
