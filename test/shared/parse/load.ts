/** Fixture loading for the import parser tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../../../shared/parse';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

/** A fixture file as bytes, named by its path under test/fixtures/import. */
export function fixture(path: string): InputFile {
  return { name: path.split('/').pop() ?? path, bytes: readFileSync(join(FIXTURES, path)) };
}

/** Every file of a fixture folder. */
export function fixtureDir(dir: string): InputFile[] {
  return readdirSync(join(FIXTURES, dir)).sort().map((f) => fixture(`${dir}/${f}`));
}
