import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';

/**
 * Golden documents of the journey (test/fixtures/journey/). `UPDATE_GOLDEN=1` rewrites
 * them; a rewritten file is committed only after its diff has been read line by line
 * as the SC would publish it.
 */
export function expectGolden(name: string, text: string): void {
  const path = fileURLToPath(new URL(`../../fixtures/journey/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  expect(existsSync(path), `golden file ${name} is missing; run with UPDATE_GOLDEN=1 and read it`).toBe(true);
  expect(text, `${name} differs from its golden file`).toBe(readFileSync(path, 'utf8'));
}
