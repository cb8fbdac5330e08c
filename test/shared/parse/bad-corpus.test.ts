/**
 * Every refusal and warning of the bad-file corpus is words (issue 20): it names the file,
 * says what is wrong, refusals say that nothing was imported — and none carries a
 * validator's JSON, a zod code, a pattern or a stack trace, or runs past ~300 characters.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, ImportError, parseFiles, type ParseResult } from '../../../shared/parse';
import { badFiles, type BadFile } from '../../fixtures/import/bad/corpus';
import { notWords } from '../errors/not-words';

function outcomeOf(bad: BadFile): { error: ImportError } | { result: ParseResult } {
  try {
    return { result: parseFiles([bad.file()], { teams: DEFAULT_TEAMS }) };
  } catch (e) {
    if (e instanceof ImportError) return { error: e };
    throw e;
  }
}

describe('the bad-file corpus', () => {
  it.each(badFiles().map((b) => [b.name, b] as const))('%s gives what it must, in words', (name, bad) => {
    const started = performance.now();
    const outcome = outcomeOf(bad);
    // Correctness only, with room for a slow CI machine; the speed is bench/html-depth.ts's business.
    expect(performance.now() - started).toBeLessThan(30_000);
    if (typeof bad.outcome === 'object' && 'refused' in bad.outcome) {
      expect('error' in outcome ? outcome.error.code : 'imported').toBe(bad.outcome.refused);
      const message = 'error' in outcome ? outcome.error.message : '';
      expect(notWords(message, name), message).toBeNull();
      expect(message).toMatch(/Nothing was imported\.$/);
      return;
    }
    expect('result' in outcome, 'error' in outcome ? outcome.error.message : '').toBe(true);
    const warnings = 'result' in outcome ? outcome.result.warnings : [];
    for (const w of warnings) expect(notWords(w.message, w.code === 'no-posts' ? name : (w.fileName ?? name)), w.message).toBeNull();
    if (bad.outcome !== 'accepted') expect(warnings.map((w) => w.code)).toContain(bad.outcome.warned);
  }, 60_000);
});

describe('refusals name the post, the field and the limit', () => {
  const message = (name: string) => {
    const bad = badFiles().find((b) => b.name === name)!;
    const outcome = outcomeOf(bad);
    return 'error' in outcome ? outcome.error.message : '';
  };

  it('a post over 1,000,000 characters', () => {
    expect(message('post-over-1000000.json')).toBe('post-over-1000000.json, post #2: its text is 1,000,016 characters long; at most 1,000,000 are allowed. Nothing was imported.');
  });

  it('a date after the year 9999, in a post and in a topic', () => {
    expect(message('post-year-10000.json')).toBe('post-year-10000.json, post #2: its posting date “+010000-01-01T00:00:00.000Z” is outside the years 0000–9999. Nothing was imported.');
    expect(message('topic-year-99999.json')).toMatch(/^topic-year-99999\.json, topic 9: its creation date “\+099999-01-01T00:00:00\.000Z” is outside the years 0000–9999\./);
  });

  it('a 10 MB paste that is one post', () => {
    expect(message('paste-10mb.txt')).toMatch(/^paste-10mb\.txt, post 1 of the file: its text is 10,249,999 characters long; at most 1,000,000 are allowed\./);
  });

  it('the same post id twice with different text', () => {
    expect(message('duplicate-post-ids.json')).toMatch(/^duplicate-post-ids\.json: post id 102 appears twice \(as post #2 and as post #3\); .*Nothing was imported\.$/);
  });

  it('invalid JSON, saying where it stops instead of quoting the parser', () => {
    expect(message('truncated.json')).toMatch(/^truncated\.json: the file is not valid JSON \((it ends in the middle|it stops making sense at line \d+, column \d+)/);
  });
});
