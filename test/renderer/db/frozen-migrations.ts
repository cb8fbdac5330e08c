/**
 * "Shipped migrations are frozen" (issue 12): the pure checks behind
 * frozen-migrations.test.ts and record-released-migrations.ts.
 *
 * A released migration has already run on users' databases, and Dexie never runs a version
 * again. Editing it changes nothing for them; it only gives new installs a different schema
 * under the same number (0001 lost two item indexes that way in commit 5ade8bc, and the
 * regenerated schema snapshot let it through). So:
 * - each released version's `stores` must equal its entry in
 *   test/fixtures/db/released-migrations.json exactly, and so must its code fingerprint
 *   (upgrade, description, helpers; comments and layout do not count);
 * - versions after the last released one may change freely until they are recorded;
 * - a table or index that the latest schema no longer has needs an entry in
 *   test/fixtures/db/retired-schema-names.json: the version that removed it, and why.
 */

export type Stores = Readonly<Record<string, string | null>>;

/** A migration as the checks see it; `code` is its fingerprint (migration-code.ts). */
export type CheckedMigration = { version: number; stores: Stores; code?: string; file?: string };

/** One released version, exactly as it shipped. */
export type ReleasedEntry = { file: string; releasedIn: string; stores: Record<string, string | null>; code: string };
export type ReleasedFixture = { about?: string[]; versions: Record<string, ReleasedEntry> };

/** A table (`items`) or index (`items.status`, spelled as in `stores`) that left the schema on purpose. */
export type RetiredName = { name: string; retiredIn: number; reason: string };
export type RetiredFixture = { about?: string[]; retired: RetiredName[] };

export type FrozenReport = { problems: string[]; unreleased: number[] };

export const RELEASED_FIXTURE = 'test/fixtures/db/released-migrations.json';
export const RETIRED_FIXTURE = 'test/fixtures/db/retired-schema-names.json';
export const RECORD_COMMAND = 'npx tsx test/renderer/db/record-released-migrations.ts';

/** Shown with any problem, so the developer knows what to do instead. */
export const FROZEN_ADVICE =
  'Shipped migrations are frozen: users\' databases already ran them and Dexie never runs a version twice. ' +
  'Undo the edit and add a new migration (renderer/db/migrations/NNNN-name.ts, next number) that makes the change. ' +
  `A table or index the new migration removes needs an entry with a reason in ${RETIRED_FIXTURE}. ` +
  `Never edit ${RELEASED_FIXTURE} to make this pass (README, "Database changes").`;

/** Primary key and index specs of one `stores` string, as written (`&email`, `*tagIds`, `[a+b]`). */
export function parseStore(spec: string): { primKey: string; indexes: string[] } {
  const [primKey = '', ...indexes] = spec.split(',').map((s) => s.trim());
  return { primKey, indexes: indexes.filter((s) => s !== '') };
}

const byVersion = (migrations: readonly CheckedMigration[]) => [...migrations].sort((a, b) => a.version - b.version);
const quote = (s: string | null | undefined) => (s === null ? 'null' : s === undefined ? 'nothing' : `'${s}'`);

function releasedVersions(released: ReleasedFixture, problems: string[]): number[] {
  const versions: number[] = [];
  for (const key of Object.keys(released.versions)) {
    const v = Number(key);
    if (Number.isInteger(v) && v >= 1 && String(v) === key) versions.push(v);
    else problems.push(`${RELEASED_FIXTURE}: "${key}" is not a version number.`);
  }
  return versions.sort((a, b) => a - b);
}

function compareWithRelease(m: CheckedMigration, entry: ReleasedEntry): string[] {
  const where = `Migration ${m.version} (released in ${entry.releasedIn})`;
  const out: string[] = [];
  for (const [table, shipped] of Object.entries(entry.stores)) {
    if (!(table in m.stores)) out.push(`${where}: table ${table} was taken out of its stores (it shipped as ${quote(shipped)}).`);
    else if (m.stores[table] !== shipped) out.push(`${where}: ${table} changed from ${quote(shipped)} to ${quote(m.stores[table])}.`);
  }
  for (const table of Object.keys(m.stores)) {
    if (!(table in entry.stores)) out.push(`${where}: table ${table} was added to its stores (${quote(m.stores[table])}).`);
  }
  // A changed stores string changes the code too; say only the more precise thing.
  if (out.length) return out;
  if (m.code === undefined) out.push(`${where}: no code fingerprint to compare with the release.`);
  else if (m.code !== entry.code) out.push(`${where}: its code changed (upgrade, description or helpers); compare with \`git show ${entry.releasedIn}:${entry.file}\`.`);
  return out;
}

/** Released versions are unchanged and present; new versions only come after the last released one. */
export function checkReleased(migrations: readonly CheckedMigration[], released: ReleasedFixture): FrozenReport {
  const problems: string[] = [];
  const versions = releasedVersions(released, problems);
  const lastReleased = versions.length ? versions[versions.length - 1]! : 0;
  const byNumber = new Map(migrations.map((m) => [m.version, m]));
  for (const v of versions) {
    const m = byNumber.get(v);
    if (!m) problems.push(`Migration ${v} (released in ${released.versions[v]!.releasedIn}) is gone from MIGRATIONS.`);
    else problems.push(...compareWithRelease(m, released.versions[v]!));
  }
  const unreleased: number[] = [];
  for (const m of byVersion(migrations)) {
    if (released.versions[m.version]) continue;
    if (m.version < lastReleased) problems.push(`Migration ${m.version} is not in ${RELEASED_FIXTURE} but version ${lastReleased} is: new migrations go after the last released one.`);
    else unreleased.push(m.version);
  }
  return { problems, unreleased };
}

/** Every table and index name the migrations ever declared, and those the latest schema lost (name → version that removed it). */
function walkSchema(migrations: readonly CheckedMigration[]) {
  const schema = new Map<string, { primKey: string; indexes: string[] }>();
  const declared = new Set<string>();
  const removedIn = new Map<string, number>();
  const problems: string[] = [];
  for (const m of byVersion(migrations)) {
    for (const [table, spec] of Object.entries(m.stores)) {
      const before = schema.get(table);
      if (spec === null) {
        if (!before) continue;
        removedIn.set(table, m.version);
        for (const index of before.indexes) removedIn.set(`${table}.${index}`, m.version);
        schema.delete(table);
        continue;
      }
      const next = parseStore(spec);
      if (before && before.primKey !== next.primKey) {
        problems.push(`Migration ${m.version} changes the primary key of ${table} from '${before.primKey}' to '${next.primKey}': Dexie cannot do that; add a new table instead.`);
      }
      for (const index of before?.indexes ?? []) if (!next.indexes.includes(index)) removedIn.set(`${table}.${index}`, m.version);
      for (const name of [table, ...next.indexes.map((i) => `${table}.${i}`)]) {
        declared.add(name);
        removedIn.delete(name);
      }
      schema.set(table, next);
    }
  }
  // An index of a table that is gone is covered by the table's own entry.
  for (const name of removedIn.keys()) {
    const table = name.split('.')[0]!;
    if (name !== table && !schema.has(table)) removedIn.delete(name);
  }
  return { declared, removedIn, problems };
}

/** Names missing from the latest schema are retired on purpose, each once, with the right version and a reason. */
export function checkRetired(migrations: readonly CheckedMigration[], retired: readonly RetiredName[]): string[] {
  const { declared, removedIn, problems } = walkSchema(migrations);
  const seen = new Set<string>();
  for (const entry of retired) {
    const where = `${RETIRED_FIXTURE}: ${entry.name}`;
    if (seen.has(entry.name)) problems.push(`${where} is listed twice.`);
    seen.add(entry.name);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 10) problems.push(`${where} needs a reason (why it left the schema).`);
    if (!declared.has(entry.name)) problems.push(`${where} was never declared by any migration (spell it as in stores, e.g. items.status or items.*tagIds).`);
    else if (!removedIn.has(entry.name)) problems.push(`${where} is listed as retired, but the latest schema still has it: a retired name is never used again.`);
    else if (removedIn.get(entry.name) !== entry.retiredIn) problems.push(`${where} says retiredIn ${entry.retiredIn}, but migration ${removedIn.get(entry.name)} removed it.`);
  }
  for (const [name, version] of removedIn) {
    if (seen.has(name)) continue;
    const kind = name.includes('.') ? 'index' : 'table';
    problems.push(`Migration ${version} removes ${kind} ${name}, which is not in ${RETIRED_FIXTURE}: stop using it and keep it, or add { "name": "${name}", "retiredIn": ${version}, "reason": "…" }.`);
  }
  return problems;
}

/** The whole rule: released versions frozen, removals retired. */
export function checkFrozenMigrations(migrations: readonly CheckedMigration[], released: ReleasedFixture, retired: readonly RetiredName[]): FrozenReport {
  const report = checkReleased(migrations, released);
  return { problems: [...report.problems, ...checkRetired(migrations, retired)], unreleased: report.unreleased };
}

/** A schema as the snapshot holds it: table → primary key and index specs. */
export type SchemaTables = Record<string, { primKey: string; indexes: string[] }>;

/**
 * Tables and indexes (`items.status`) of `before` that `after` lacks, less the retired names:
 * what UPDATE_SCHEMA_SNAPSHOT must refuse to drop from the snapshot.
 */
export function unretiredRemovals(before: SchemaTables, after: SchemaTables, retiredNames: readonly string[]): string[] {
  const gone: string[] = [];
  for (const [table, spec] of Object.entries(before)) {
    const now = after[table];
    if (!now) gone.push(table);
    else if (now.primKey !== spec.primKey) gone.push(`${table} (primary key ${spec.primKey})`);
    else for (const index of spec.indexes) if (!now.indexes.includes(index)) gone.push(`${table}.${index}`);
  }
  return gone.filter((name) => !retiredNames.includes(name));
}

/** What to tell the developer about versions that may still change. */
export function unreleasedNote(unreleased: readonly number[]): string {
  if (unreleased.length === 0) return 'Every migration is recorded as released.';
  const last = unreleased[unreleased.length - 1]!;
  return `Migration ${unreleased.join(', ')} is not released yet and may still change. In the commit that releases it, ` +
    `record it with \`${RECORD_COMMAND} ${last} <release tag or commit>\` and commit ${RELEASED_FIXTURE}; from then on it is frozen.`;
}

/**
 * The fixture with every unrecorded version up to `through` appended. Refuses (throws) when
 * any check fails, so an existing entry can never be rewritten to match an edited migration.
 */
export function recordReleased(
  released: ReleasedFixture, retired: readonly RetiredName[], migrations: readonly CheckedMigration[],
  opts: { through: number; releasedIn: string },
): ReleasedFixture {
  const { problems, unreleased } = checkFrozenMigrations(migrations, released, retired);
  if (problems.length) throw new Error(`Refusing to record: the migrations do not pass the frozen check.\n- ${problems.join('\n- ')}\n${FROZEN_ADVICE}`);
  if (!opts.releasedIn.trim()) throw new Error('Name the release (tag or commit) the migrations shipped in.');
  const toRecord = unreleased.filter((v) => v <= opts.through);
  if (!migrations.some((m) => m.version === opts.through)) throw new Error(`There is no migration ${opts.through}.`);
  if (toRecord.length === 0) throw new Error(`Nothing to record: every migration up to ${opts.through} is already recorded.`);
  const versions = { ...released.versions };
  for (const v of toRecord) {
    const m = migrations.find((x) => x.version === v)!;
    if (m.code === undefined || m.file === undefined) throw new Error(`Migration ${v} has no file or code fingerprint.`);
    versions[String(v)] = { file: m.file, releasedIn: opts.releasedIn.trim(), stores: { ...m.stores }, code: m.code };
  }
  return { ...released, versions };
}
