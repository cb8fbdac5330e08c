/**
 * The Electronegativity gate (scripts/electronegativity-gate.mjs): judged on the tool's real
 * reports of this project — including one whose first CSV row the tool damaged, the way
 * CSP_GLOBAL_CHECK used to go unseen — and on live scans of seeded copies of the sources.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const gate = join(root, 'scripts/electronegativity-gate.mjs');
const fixture = (name: string) => join(root, 'test/fixtures/electronegativity', name);
const projectAllowList = join(root, 'security/electronegativity-allowlist.json');

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sd-gate-test-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

/** The project's allow-list without the entries for `check`. */
function allowListWithout(check: string): string {
  const list = JSON.parse(readFileSync(projectAllowList, 'utf8')) as { entries: { check: string }[] };
  return writeScratch(`allow-without-${check}.json`, JSON.stringify({ entries: list.entries.filter((e) => e.check !== check) }));
}

function judge(csv: string, sarif: string, allowList = projectAllowList): { code: number | null; out: string } {
  const run = spawnSync(process.execPath, [gate, '--reports', csv, sarif, '--allowlist', allowList], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('judging the tool’s reports', () => {
  it('passes this project’s reports: every finding is reviewed', () => {
    const { code, out } = judge(fixture('steering-desk.csv'), fixture('steering-desk.sarif'));
    expect(out).toContain('4 findings — 4 reviewed in the allow-list, 0 below medium severity, 0 failing');
    expect(code).toBe(0);
  });

  it('lets a finding read as LOW pass without review', () => {
    const { code, out } = judge(fixture('steering-desk.csv'), fixture('steering-desk.sarif'), allowListWithout('CSP_GLOBAL_CHECK'));
    expect(out).toContain('4 findings — 3 reviewed in the allow-list, 1 below medium severity, 0 failing');
    expect(code).toBe(0);
  });

  it('still sees the finding whose CSV row lost its leading columns, and fails it unless reviewed', () => {
    const damaged = fixture('steering-desk-first-row-damaged.csv');
    // The damage the tool really wrote: the header overwrote the start of the CSP_GLOBAL_CHECK row.
    expect(readFileSync(damaged, 'utf8').split('\n')[1]).toMatch(/^ne'; script-src/);
    const unreviewed = judge(damaged, fixture('steering-desk.sarif'), allowListWithout('CSP_GLOBAL_CHECK'));
    expect(unreviewed.out).toContain('FAIL CSP_GLOBAL_CHECK renderer/index.html:5:0 — severity unreadable');
    expect(unreviewed.code).toBe(1);
    const reviewed = judge(damaged, fixture('steering-desk.sarif'));
    expect(reviewed.out).toContain('0 failing');
    expect(reviewed.code).toBe(0);
  });

  it('fails a finding of medium severity that is not in the allow-list', () => {
    const { code, out } = judge(fixture('steering-desk.csv'), fixture('steering-desk.sarif'), allowListWithout('PRELOAD_JS_CHECK'));
    expect(out).toContain('FAIL PRELOAD_JS_CHECK electron/main/windows.ts:23:6 — MEDIUM, not in the allow-list');
    expect(code).toBe(1);
  });

  it('fails when the CSV report lacks a finding the SARIF report has', () => {
    const rows = readFileSync(fixture('steering-desk.csv'), 'utf8').split('\n');
    const csv = writeScratch('missing-row.csv', rows.filter((r) => !r.includes('renderer/lib/open-link.ts')).join('\n'));
    const { code, out } = judge(csv, fixture('steering-desk.sarif'));
    expect(out).toContain('FAIL the CSV and SARIF reports disagree — OPEN_EXTERNAL_JS_CHECK: 1 in the CSV report, 2 in the SARIF report');
    expect(code).toBe(1);
  });

  it('fails when the SARIF report lacks a finding the CSV report has', () => {
    const sarif = JSON.parse(readFileSync(fixture('steering-desk.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    sarif.runs[0]!.results = sarif.runs[0]!.results.filter((r) => r.ruleId !== 'CSP_GLOBAL_CHECK');
    const { code, out } = judge(fixture('steering-desk.csv'), writeScratch('missing.sarif', JSON.stringify(sarif)));
    expect(out).toContain('CSP_GLOBAL_CHECK: 1 in the CSV report, 0 in the SARIF report');
    expect(code).toBe(1);
  });

  it('fails when the reports hold no finding at all (the scan read nothing)', () => {
    const csv = writeScratch('empty.csv', 'issue, severity, confidence, filename, location, sample, description, url\n');
    const sarif = writeScratch('empty.sarif', JSON.stringify({ runs: [{ results: [] }] }));
    const { code, out } = judge(csv, sarif);
    expect(out).toContain('no findings in either report');
    expect(code).toBe(1);
  });

  it('fails with the reason when a report is missing or not SARIF', () => {
    expect(judge(fixture('steering-desk.csv'), join(scratch, 'absent.sarif')).out).toContain('the SARIF report was not written');
    const broken = judge(fixture('steering-desk.csv'), writeScratch('broken.sarif', '{"runs": 3}'));
    expect(broken.out).toContain('no runs[0].results list');
    expect(broken.code).toBe(1);
  });
});

describe('scanning seeded copies of the sources', () => {
  /** A copy of the parts the seeds touch (main process, page, package.json), with `seed` applied; returns the gate's result. */
  async function scanSeeded(name: string, seed: (copy: string) => void): Promise<{ code: number; out: string }> {
    const copy = join(scratch, name);
    cpSync(join(root, 'electron'), join(copy, 'electron'), { recursive: true });
    cpSync(join(root, 'renderer/index.html'), join(copy, 'renderer/index.html'));
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    seed(copy);
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [gate, '--root', copy, '--out', join(copy, 'out')]);
      return { code: 0, out: stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { code: failed.code, out: failed.stdout };
    }
  }

  function edit(file: string, from: RegExp, to: string): void {
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(from);
    writeFileSync(file, text.replace(from, to));
  }

  it('fails an insecure window and a page without CSP', { timeout: 120_000 }, async () => {
    // Both scans at once: each is mostly the tool waiting on its network look-up.
    const [insecure, noCsp] = await Promise.all([
      scanSeeded('insecure-window', (copy) => {
        const windows = join(copy, 'electron/main/windows.ts');
        edit(windows, /contextIsolation: true/, 'contextIsolation: false');
        edit(windows, /sandbox: true/, 'sandbox: false');
      }),
      scanSeeded('no-csp', (copy) => edit(join(copy, 'renderer/index.html'), /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')),
    ]);
    expect(insecure.out).toMatch(/FAIL CONTEXT_ISOLATION_JS_CHECK electron\/main\/windows\.ts:\d+:\d+ — (HIGH|severity unreadable)/);
    expect(insecure.code).toBe(1);
    // No CSP anywhere is reported against the whole app (N/A), which no allow-list entry names.
    expect(noCsp.out).toMatch(/FAIL CSP_GLOBAL_CHECK N\/A:1:0 — (MEDIUM|severity unreadable)/);
    expect(noCsp.code).toBe(1);
  });
});
