/**
 * The CLI on bad files (issue 20: it printed 7 stack traces and hung once on them): every
 * failure is exit code 1 and one line on stderr in words, never a stack trace, and every run
 * ends — checked in-process over the whole corpus and with real processes on the files that
 * hung or crashed (spawned with a generous limit; a run that would hang fails on `signal`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/index';
import type { Io } from '../../cli/io';
import { badFiles, writeCorpus } from '../fixtures/import/bad/corpus';
import { notWords } from '../shared/errors/not-words';

const ROOT = join(import.meta.dirname, '../..');
const DIR = mkdtempSync(join(tmpdir(), 'steering-cli-bad-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function run(argv: string[], files: Record<string, Uint8Array | string> = {}, io: Partial<Io> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, {
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
    readFile: (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    ...io,
  });
  return { code, out, err };
}

/** Each stderr line is one "error:" or "warning:" sentence in words; at most one error. */
function expectWords(err: string, fileName: string) {
  const lines = err.split('\n').filter((l) => l !== '');
  expect(lines.filter((l) => l.startsWith('error: ')).length).toBeLessThanOrEqual(1);
  for (const line of lines) {
    expect(line).toMatch(/^(error|warning): /);
    expect(notWords(line, line.startsWith('error') ? fileName : undefined), line).toBeNull();
  }
}

describe('cli parse on the bad-file corpus', () => {
  it.each(badFiles().map((b) => [b.name, b] as const))('%s: exit code and one line in words', (name, bad) => {
    const file = bad.file();
    const r = run(['parse', name], { [name]: 'bytes' in file ? file.bytes : file.text });
    const refused = typeof bad.outcome === 'object' && 'refused' in bad.outcome;
    expect(r.code, r.err).toBe(refused ? 1 : 0);
    expect(r.out === '').toBe(refused);
    expectWords(r.err, name);
  }, 60_000);
});

describe('cli failures other than an import file', () => {
  it.each([
    ['not JSON', '[oops', /the file is not valid JSON/],
    ['not a list', '{"a": 1}', /it is a record where a list was expected/],
    ['a list of numbers', '[1, 2]', /, team 1: it is the number 1 where a record was expected/],
    ['a team without a name', '[{"key": "x"}]', /, team 1: its name is missing/],
  ])('a --teams file that is %s: exit 1, naming the file', (_label, text, message) => {
    const r = run(['parse', '--teams', 'teams.json', 'a.md'], { 'teams.json': text, 'a.md': '## Status\n\nFine.' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: --teams teams\.json/);
    expect(r.err).toMatch(message);
    expectWords(r.err, 'teams.json');
  });

  it('a --teams file that does not exist', () => {
    const r = run(['parse', '--teams', 'nope.json', 'a.md'], { 'a.md': 'x' });
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toMatch(/^error: --teams nope\.json: cannot be read/);
  });

  it('reads a --teams file without the optional lists', () => {
    const r = run(['parse', '--teams', 'teams.json', 'a.md'], { 'teams.json': '[{"key": "docs", "name": "Documentation team"}]', 'a.md': '---\nteam: Documentation team\n---\n## Status\n\nFine.' });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('"key": "docs"');
  });

  it('an unexpected problem (the output cannot be written): exit 1, one line, no stack trace', () => {
    const r = run(['parse', 'a.md'], { 'a.md': '## Status\n\nFine.' }, { stdout: () => { throw new Error('ENOSPC: no space left on device, write'); } });
    expect(r.code).toBe(1);
    expect(r.err).toBe('error: Steering Desk stopped on an unexpected problem (ENOSPC: no space left on device, write); nothing was written. Please report this with the command you ran.\n');
  });
});

describe('the cli as a real process', () => {
  const paths = Object.fromEntries(writeCorpus(DIR).map(({ path, bad }) => [bad.name, path]));
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });

  it.each([['deep-divs.json', 0], ['deep-quotes.rss', 0], ['unclosed-items.rss', 0], ['unmatched-quotes.json', 0], ['paste-10mb.txt', 1]])(
    'finishes on %s (it hung or crashed before) with exit %i and no stack trace',
    (name, code) => {
      const r = cli('parse', paths[name]!);
      expect(r.signal, 'the run was stopped: it did not finish').toBeNull();
      expect(r.status, r.stderr).toBe(code);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expectWords(r.stderr, name);
    },
    200_000,
  );

  it('prints one line for a bad --teams file, no stack trace', () => {
    const teams = join(DIR, 'teams.json');
    writeFileSync(teams, '[oops');
    const r = cli('parse', '--teams', teams, paths['title-over-1000.json']!);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: --teams .*teams\.json: the file is not valid JSON/)]);
  }, 200_000);

  it('stops quietly when its output is closed early (| head), without an EPIPE trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/index.ts', 'parse', paths['unmatched-quotes.json']!], { cwd: ROOT }); // ~1 MB of output
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|\n\s+at /);
    expect(status).toBe(0);
  }, 200_000);
});
