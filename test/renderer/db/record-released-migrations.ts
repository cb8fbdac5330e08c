/**
 * Records migrations as released in test/fixtures/db/released-migrations.json (issue 12).
 * Run it in the commit that releases them, from the repository root:
 *
 *   npx tsx test/renderer/db/record-released-migrations.ts <last version> <release tag or commit>
 *
 * It appends every unrecorded version up to <last version> and never changes an entry that
 * is already there: when any recorded migration no longer matches, it refuses and says why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS } from '../../../renderer/db/migrations';
import { recordReleased, RELEASED_FIXTURE, RETIRED_FIXTURE, type ReleasedFixture, type RetiredFixture } from './frozen-migrations';
import { withCode } from './migration-code';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const [through, releasedIn] = process.argv.slice(2);
if (!through || !/^\d+$/.test(through) || !releasedIn) {
  console.error('Usage: npx tsx test/renderer/db/record-released-migrations.ts <last version> <release tag or commit>');
  process.exit(2);
}

const read = <T>(file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
try {
  const released = read<ReleasedFixture>(RELEASED_FIXTURE);
  const retired = read<RetiredFixture>(RETIRED_FIXTURE).retired;
  const next = recordReleased(released, retired, withCode(MIGRATIONS, root), { through: Number(through), releasedIn });
  writeFileSync(join(root, RELEASED_FIXTURE), `${JSON.stringify(next, null, 2)}\n`);
  const added = Object.keys(next.versions).filter((v) => !(v in released.versions));
  console.log(`Recorded migration ${added.join(', ')} as released in ${releasedIn}. Commit ${RELEASED_FIXTURE}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
