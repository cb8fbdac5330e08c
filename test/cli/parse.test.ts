/** The CLI's parse command: output and exit codes, via main() and one real spawn. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, USAGE } from '../../cli/index';
import type { Io } from '../../cli/io';

const ROOT = join(import.meta.dirname, '../..');
const FIX = join(ROOT, 'test/fixtures/import');

function run(argv: string[], files: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
    readFile: (path) => (path in files ? new TextEncoder().encode(files[path]) : readFileSync(path)),
  };
  return { code: main(argv, io), out, err };
}

type CliJson = { threads: { key: string }[]; updates: { postNumber?: number; author: string; isTeamUpdate: boolean; team: { key: string | null } | null; sections: { kind: string }[]; items: { isAsk: boolean; askType?: string; text: string }[] }[]; warnings: { code: string }[] };

describe('cli parse', () => {
  it('prints threads, updates and warnings as JSON', () => {
    const r = run(['parse', join(FIX, 'sample/topic-56458.json'), join(FIX, 'sample/posts-56458-page2.json')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as CliJson;
    expect(json.threads.map((t) => t.key)).toEqual(['discourse:56458']);
    expect(json.updates.filter((u) => u.isTeamUpdate)).toHaveLength(8);
    const xen = json.updates.find((u) => u.team?.key === 'xen');
    expect(xen).toMatchObject({ postNumber: 2, author: 'xen_lead' });
    expect(xen?.items.some((i) => i.isAsk && i.askType === 'access')).toBe(true);
    expect(json.warnings).toEqual([]);
  });

  it('reads a /raw/ page saved without the topic id as the topic of --topic-url', () => {
    const raw = readFileSync(join(FIX, 'sample/raw-56458.txt'), 'utf8');
    const without = run(['parse', 'thread.txt'], { 'thread.txt': raw });
    expect((JSON.parse(without.out) as CliJson).threads.map((t) => t.key)).not.toEqual(['discourse:56458']);
    expect(without.err).toContain('does not say which topic it is');
    const given = run(['parse', 'thread.txt', '--topic-url', 'https://discourse.nixos.org/t/community-team-updates/56458'], { 'thread.txt': raw });
    expect(given.code).toBe(0);
    expect((JSON.parse(given.out) as CliJson).threads.map((t) => t.key)).toEqual(['discourse:56458']);
  });

  it('prints a Markdown summary of asks and blockers per team with --format md', () => {
    const r = run(['parse', '--format', 'md', join(FIX, 'community-team-updates-thread.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## Marketing team');
    expect(r.out).toMatch(/- \*\*access\*\*: Can we get a private matrix room/);
    expect(r.out).toContain('### Blockers');
  });

  it('escapes post text in the Markdown summary', () => {
    const r = run(['parse', '--format=md', 'evil.md'], { 'evil.md': '---\nteam: Xen\n---\n## Requests\n\n- We need <script>alert(1)</script> # now' });
    expect(r.out).not.toContain('<script>');
  });

  it('prints the message and exits 1 on bad input', () => {
    const r = run(['parse', 'bad.json'], { 'bad.json': '{"post_stream": [' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: bad\.json: the file is not valid JSON/);
    expect(r.out).toBe('');
  });

  it('exits 1 with the path when a file cannot be read', () => {
    const r = run(['parse', join(FIX, 'does-not-exist.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('does-not-exist.json');
  });

  it('prints usage and exits 0 for --help', () => {
    const r = run(['--help']);
    expect(r).toEqual({ code: 0, out: USAGE, err: '' });
  });

  it.each([[['parse']], [['parse', '--format', 'xml', 'a']], [['frobnicate']], [[]]])('exits 2 on wrong usage %j', (argv) => {
    expect(run(argv).code).toBe(2);
  });

  it('reports warnings on stderr and still exits 0', () => {
    const r = run(['parse', join(FIX, 'sample/topic-56458.json')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: Topic 56458: 3 post\(s\)/);
  });

  it('runs as a real process with npx tsx', () => {
    const ok = execFileSync('npx', ['tsx', 'cli/index.ts', 'parse', join(FIX, 'sample/56458.rss')], { cwd: ROOT, encoding: 'utf8' });
    expect((JSON.parse(ok) as CliJson).updates.length).toBe(9);
    const bad = spawnSync('npx', ['tsx', 'cli/index.ts', 'parse', join(FIX, 'discourse-real/t_2144.rss'), '--format', 'nope'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be json or md');
  }, 60_000);
});
