/**
 * A refused restore says why in words (issue 20): which file, which table and row, which
 * field and limit, and that nothing was restored — never the validator's text ("Too big:
 * expected string to have <=2000 characters"), a date's pattern or JSON.
 */
import { describe, expect, it } from 'vitest';
import { buildBackup, serializeBackup } from '../../../shared/backup/format';
import { validateBackup } from '../../../shared/backup/validate';
import { notWords } from '../errors/not-words';
import { META, sampleTables } from './helpers';

type Tables = ReturnType<typeof sampleTables>;
const FILE = 'steering-desk-2026-11-26.json';

function edited(edit: (tables: Tables) => void): string {
  const tables = sampleTables();
  edit(tables);
  return serializeBackup(buildBackup(tables, META));
}

function message(input: string): string {
  const result = validateBackup(input, { maxBytes: 10_000_000, currentSchemaVersion: 3, fileName: FILE });
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error.message;
}

const withHeader = (patch: Record<string, unknown>) => JSON.stringify({ ...(JSON.parse(edited(() => undefined)) as object), ...patch });

describe('restore refusals in words', () => {
  it.each([
    ['a link over 2,000 characters', edited((t) => { t.items[0]!.entities.links = [`https://example.org/${'a'.repeat(2100)}`]; })],
    ['an @mention over 300 characters', edited((t) => { t.items[0]!.entities.mentions = ['m'.repeat(301)]; })],
    ['a date past 9999', edited((t) => { t.items[0]!.createdAt = '+010000-01-01T00:00:00.000Z'; })],
    ['a tag colour that is no colour', edited((t) => { t.tags[0]!.color = 'red'; })],
    ['a status that does not exist', edited((t) => Object.assign(t.decisions[0]!, { status: 'maybe' }))],
    ['a venue of an unknown kind', edited((t) => Object.assign(t.decisions[0]!, { venue: { kind: 'carrier-pigeon' } }))],
    ['a history summary over 10,000 characters', edited((t) => { t.history[0] = { ...t.history[0]!, summary: 's'.repeat(10_027) }; })],
    ['an id repeated', edited((t) => t.tags.push({ ...t.tags[0]! }))],
    ['an unknown table with a strange name', JSON.stringify({ ...(JSON.parse(edited(() => undefined)) as { tables: object }), tables: { '{"x":1}': [] } })],
    ['a format version from the future', withHeader({ formatVersion: '9.0', appVersion: '{"evil": true}' })],
  ])('%s', (_label, input) => {
    const text = message(input);
    expect(notWords(text, FILE), text).toBeNull();
  });

  it('names the table, the row, what the row is, the field and the limit', () => {
    const text = message(edited((t) => { t.items[0]!.entities.links = [`https://example.org/${'a'.repeat(2316)}`]; }));
    expect(text.startsWith(`${FILE}: 1 row in the backup does not match what Steering Desk expects: items row 1 (“`)).toBe(true);
    expect(text.endsWith('”): its link 1 is 2,336 characters long; at most 2,000 are allowed. Nothing was restored.')).toBe(true);
  });

  it('counts the other bad rows instead of listing them all', () => {
    const text = message(edited((t) => { t.tags = Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, name: `tag ${i}`, color: 'red' }) as never); }));
    expect(text).toMatch(/12 rows in the backup do not match .*: tags row 1 \(“tag 0”\): its colour “red” is not a colour like #3366cc \(and 11 more\)\. Nothing was restored\.$/);
  });
});
