/** Random and mutated inputs never throw anything but ImportError (issue 3). */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, ImportError, parseFiles, splitSections } from '../../../shared/parse';
import { FIXTURES } from './load';

const SEEDS = [
  'sample/topic-56458.json', 'sample/raw-56458.txt', 'sample/56458.rss', 'sample/user_archive.csv',
  'sample/markdown/xen-project-team.md', 'community-team-updates-thread.txt',
].map((p) => ({ name: p.split('/').pop() ?? p, text: readFileSync(join(FIXTURES, p), 'utf8').slice(0, 6000) }));

function parsesOrImportError(files: Parameters<typeof parseFiles>[0]): boolean {
  try {
    const r = parseFiles(files, { teams: DEFAULT_TEAMS });
    for (const u of r.updates) for (const i of u.items) if (i.span[0] > i.span[1] || i.span[1] > u.raw.length) return false;
    return true;
  } catch (e) {
    return e instanceof ImportError && e.message.includes(e.fileName);
  }
}

describe('robustness', () => {
  it('never throws anything but ImportError on random bytes', () => {
    fc.assert(fc.property(fc.string(), fc.uint8Array({ maxLength: 2000 }), (name, bytes) => parsesOrImportError([{ name, bytes }])), { numRuns: 300 });
  });

  it('never throws anything but ImportError on random text', () => {
    const names = fc.constantFrom('a.json', 'a.md', 'a.txt', 'a.csv', 'a.rss', '56458.txt');
    fc.assert(fc.property(names, fc.string({ unit: 'grapheme', maxLength: 3000 }), (name, text) => parsesOrImportError([{ name, text }])), { numRuns: 300 });
  });

  it('never throws anything but ImportError on mutated real exports', () => {
    const mutation = fc.record({
      seed: fc.constantFrom(...SEEDS),
      at: fc.nat(),
      cut: fc.nat({ max: 400 }),
      insert: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('"', '{', '}', '<', '>', '[quote', '```', '\n## ', '\r', '\0', ',', '-------------------------')),
    });
    fc.assert(fc.property(mutation, ({ seed, at, cut, insert }) => {
      const i = at % (seed.text.length + 1);
      const text = seed.text.slice(0, i) + insert + seed.text.slice(i + cut);
      return parsesOrImportError([{ name: seed.name, text }]);
    }), { numRuns: 400 });
  });

  it('gives sections whose body offsets stay inside the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (raw) => splitSections(raw).every((s) => 0 <= s.bodyStart && s.bodyStart <= s.bodyEnd && s.bodyEnd <= raw.length)), { numRuns: 300 });
  });

  it('is deterministic: the same input gives the same result', () => {
    const outcome = (seed: (typeof SEEDS)[number]) => {
      try {
        return parseFiles([seed], { teams: DEFAULT_TEAMS });
      } catch (e) {
        return e instanceof ImportError ? e.message : e;
      }
    };
    fc.assert(fc.property(fc.constantFrom(...SEEDS), (seed) => {
      expect(outcome(seed)).toEqual(outcome(seed));
    }), { numRuns: 6 });
  });
});
