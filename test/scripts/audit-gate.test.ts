/**
 * The dependency audit gate (scripts/audit-gate.mjs, issue 12): judged on `npm audit --json`
 * reports that npm recorded for this project (test/fixtures/audit — invented advisories, real
 * npm output), on live npm audit runs against a stand-in advisory service on 127.0.0.1, and on
 * builds of this project and of seeded copies of it.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmEnvFor, startAdvisoryRegistry } from './support/advisory-registry.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const gate = join(root, 'scripts/audit-gate.mjs');
const fixture = (name: string) => join(root, 'test/fixtures/audit', name);
const fixtureLock = fixture('package-lock.json');
const { scenarios } = JSON.parse(readFileSync(fixture('advisories.json'), 'utf8')) as {
  scenarios: Record<string, { advisories: Record<string, object[]>; published: Record<string, string[]> }>;
};

type Run = { code: number | null; out: string };
/** The parts of an npm audit report (format 2) the tests edit. */
type AuditJson = {
  vulnerabilities: Record<string, { severity: string; via: { severity: string }[]; nodes: string[] }>;
  metadata: { dependencies: { total: number } };
};
type PackageJson = { dependencies: Record<string, string>; devDependencies: Record<string, string> };
type Lockfile = { packages: Record<string, { dev?: boolean; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }> };

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sd-audit-gate-test-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, content: unknown): string {
  const file = join(scratch, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function exceptions(entries: object[]): string {
  return writeScratch(`exceptions-${entries.length}-${Math.random().toString(36).slice(2)}.json`, { entries });
}
const noExceptions = () => exceptions([]);

function judge(report: string, exceptionsFile = noExceptions(), lockfile = fixtureLock): Run {
  const run = spawnSync(process.execPath, [gate, '--report', report, '--lockfile', lockfile, '--exceptions', exceptionsFile], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr };
}

/** A recorded report with `edit` applied to its parsed JSON. */
function edited(name: string, edit: (report: AuditJson) => void): string {
  const report = JSON.parse(readFileSync(fixture(name), 'utf8')) as AuditJson;
  edit(report);
  return writeScratch(`edited-${name}-${Math.random().toString(36).slice(2)}.json`, report);
}

function runGate(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [gate, ...args], { cwd: options.cwd ?? root, env: options.env ?? process.env, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout + stderr });
    });
  });
}

const TAR_EXCEPTION = {
  package: 'tar',
  advisory: 'GHSA-w9qc-3x6j-fm7p',
  reason: 'Test entry: tar is reached only through electron-builder and electronegativity, which unpack archives they fetched themselves, never user files.',
};

describe('judging recorded npm audit reports', () => {
  it('fails a high advisory in a shipped package (dompurify), naming the package and the advisory', () => {
    const { code, out } = judge(fixture('dompurify-high.json'));
    expect(out).toContain(
      'FAIL dompurify@3.4.18: high advisory GHSA-8m3q-9xv2-c5wr "DOMPurify allows mutation XSS through a nested math/svg namespace switch" (https://github.com/advisories/GHSA-8m3q-9xv2-c5wr) — it ships in the app',
    );
    expect(out).toContain('1 high/critical in shipped packages');
    expect(code).toBe(1);
  });

  it('fails a critical advisory in a shipped package even with an exception: exceptions are for dev-only tools', () => {
    const critical = edited('dompurify-high.json', (r) => {
      r.vulnerabilities.dompurify!.severity = 'critical';
      r.vulnerabilities.dompurify!.via[0]!.severity = 'critical';
    });
    const { code, out } = judge(critical, exceptions([{ package: 'dompurify', advisory: 'GHSA-8m3q-9xv2-c5wr', reason: 'An attempt to wave a shipped library through.' }]));
    expect(out).toMatch(/FAIL dompurify@3\.4\.18: critical advisory GHSA-8m3q-9xv2-c5wr .* its exception does not count, exceptions are for dev-only tools/);
    expect(code).toBe(1);
  });

  it('passes a report whose only advisory is moderate, and lists it', () => {
    const { code, out } = judge(fixture('moderate-only.json'));
    expect(out).toContain('0 high/critical in shipped packages, 0 high/critical in dev-only tools without an exception, 0 in dev-only tools reviewed');
    expect(out).toContain('below high: markdown-it@15.0.3 moderate GHSA-r4gv-j2x5-6hcq');
    expect(out).not.toContain('FAIL');
    expect(code).toBe(0);
  });

  it('passes a high advisory in a dev-only tool that has a reviewed exception', () => {
    const { code, out } = judge(fixture('dev-tool-high.json'), exceptions([TAR_EXCEPTION]));
    expect(out).toContain(`reviewed: tar GHSA-w9qc-3x6j-fm7p (high, dev-only) — ${TAR_EXCEPTION.reason}`);
    // electronegativity and node-pre-gyp are listed only because they depend on tar: judged at tar.
    expect(out).toContain('1 advisory (3 packages listed, 2 only through a vulnerable dependency)');
    expect(out).not.toContain('FAIL');
    expect(code).toBe(0);
  });

  it('fails a high advisory in a dev-only tool without an exception', () => {
    const { code, out } = judge(fixture('dev-tool-high.json'));
    expect(out).toContain(
      'FAIL tar@6.2.1, 7.5.23: high advisory GHSA-w9qc-3x6j-fm7p "node-tar: a hardlink entry can write outside the extraction folder" (https://github.com/advisories/GHSA-w9qc-3x6j-fm7p) — dev-only (node_modules/@mapbox/node-pre-gyp/node_modules/tar, node_modules/tar), and',
    );
    expect(code).toBe(1);
  });

  it('judges nodes, not names: an advisory against the dev copies of a package that also ships is a dev-only matter', () => {
    // @noble/hashes 2.4.0 ships (node_modules/@noble/hashes); the 1.8.0 copies under
    // app-builder-lib and pkijs are electron-builder's. The advisory covers <2.0.0 only.
    const unreviewed = judge(fixture('dev-copies-high.json'));
    expect(unreviewed.out).toMatch(/FAIL @noble\/hashes@1\.8\.0: high advisory GHSA-p7hw-5rq9-gx3m .* — dev-only \(node_modules\/app-builder-lib\/node_modules\/@noble\/hashes, node_modules\/pkijs\/node_modules\/@noble\/hashes\)/);
    expect(unreviewed.code).toBe(1);
    const reviewed = judge(fixture('dev-copies-high.json'), exceptions([{ package: '@noble/hashes', advisory: '1117533', reason: 'Test entry: by npm id; only electron-builder signs with the 1.x copies.' }]));
    expect(reviewed.out).toContain('reviewed: @noble/hashes GHSA-p7hw-5rq9-gx3m (high, dev-only)');
    expect(reviewed.code).toBe(0);
    // The same advisory reaching the shipped copy fails, exception or not.
    const shipped = edited('dev-copies-high.json', (r) => r.vulnerabilities['@noble/hashes']!.nodes.push('node_modules/@noble/hashes'));
    const run = judge(shipped, exceptions([{ package: '@noble/hashes', advisory: '1117533', reason: 'Test entry.' }]));
    expect(run.out).toContain('it ships in the app (production tree: node_modules/@noble/hashes)');
    expect(run.code).toBe(1);
  });

  it('passes a report without vulnerabilities and notes an exception that matched nothing', () => {
    const { code, out } = judge(fixture('clean.json'), exceptions([TAR_EXCEPTION]));
    expect(out).toContain('npm audit checked 899 packages: 0 advisories');
    expect(out).toContain('note: exception tar GHSA-w9qc-3x6j-fm7p matched no dev-only high advisory');
    expect(code).toBe(0);
  });

  it('reports NOT CHECKED, exit 2, when npm could not reach the advisory service', () => {
    // What npm printed on this project's machines: the registry access refuses the POST.
    const { code, out } = judge(fixture('registry-refused.json'));
    expect(out).toContain('audit: advisories — NOT CHECKED: npm audit could not fetch advisories: 405 Method Not Allowed - POST');
    expect(code).toBe(2);
  });

  it('fails a report of another tree, a damaged report and an exception without a reason', () => {
    const otherTree = judge(edited('clean.json', (r) => (r.metadata.dependencies.total = 1)));
    expect(otherTree.out).toContain('FAIL the report covers 1 packages but package-lock.json lists 899 — it is not a report of this tree');
    expect(otherTree.code).toBe(1);
    const unknownNode = judge(edited('dompurify-high.json', (r) => (r.vulnerabilities.dompurify!.nodes = ['node_modules/left-pad'])));
    expect(unknownNode.out).toContain('the report names node_modules/left-pad, which package-lock.json does not have');
    expect(unknownNode.code).toBe(1);
    const notAReport = judge(writeScratch('v1.json', { actions: [], advisories: {}, metadata: {} }));
    expect(notAReport.out).toContain('FAIL not an npm audit report of format 2');
    expect(notAReport.code).toBe(1);
    const empty = judge(writeScratch('empty.json', ''));
    expect(empty.out).toContain('FAIL the npm audit report is empty');
    expect(empty.code).toBe(1);
    const noReason = judge(fixture('dev-tool-high.json'), exceptions([{ package: 'tar', advisory: 'GHSA-w9qc-3x6j-fm7p', reason: ' ' }]));
    expect(noReason.out).toContain('FAIL exception 1 (tar) has no "reason"');
    expect(noReason.code).toBe(1);
  });

  it('the project’s exceptions file is well-formed, one reason per entry', () => {
    const file = JSON.parse(readFileSync(join(root, 'security/audit-exceptions.json'), 'utf8')) as { entries: Record<string, string>[] };
    for (const entry of file.entries) {
      expect(Object.keys(entry).sort()).toEqual(['advisory', 'package', 'reason']);
      expect(entry.reason!.length).toBeGreaterThan(20);
    }
    expect(judge(fixture('clean.json'), join(root, 'security/audit-exceptions.json')).code).toBe(0);
  });
});

describe('running npm audit (against a stand-in advisory service on 127.0.0.1)', () => {
  async function liveAudit(options: { refuse?: boolean; scenario?: string; env?: NodeJS.ProcessEnv }) {
    const { advisories, published } = options.scenario ? scenarios[options.scenario]! : { advisories: {}, published: {} };
    const registry = await startAdvisoryRegistry({ lockfile: join(root, 'package-lock.json'), advisories, published, refuse: options.refuse ?? false });
    const cache = mkdtempSync(join(scratch, 'npm-cache-'));
    try {
      const env = { ...npmEnvFor(registry.url, cache), ...options.env };
      const run = await runGate(['--only', 'advisories', '--exceptions', noExceptions()], { env });
      return { ...run, asked: registry.asked() };
    } finally {
      await registry.close();
    }
  }

  it('audits the whole tree, shipped libraries and dev tools, and fails a shipped high advisory', { timeout: 60_000 }, async () => {
    const { code, out, asked } = await liveAudit({ scenario: 'dompurify-high' });
    for (const name of ['dompurify', 'markdown-it', 'linkify-it', 'react-dom', 'scheduler', 'dexie', 'zod', 'vite', 'electron-builder']) expect(asked).toContain(name);
    expect(out).toContain('FAIL dompurify@3.4.18: high advisory GHSA-8m3q-9xv2-c5wr');
    expect(code).toBe(1);
  });

  it('still audits dev tools when npm is told to omit them (NODE_ENV=production)', { timeout: 60_000 }, async () => {
    const { code, out, asked } = await liveAudit({ scenario: 'dev-tool-high', env: { NODE_ENV: 'production' } });
    expect(asked).toContain('tar');
    expect(out).toContain('FAIL tar@6.2.1, 7.5.23: high advisory GHSA-w9qc-3x6j-fm7p');
    expect(code).toBe(1);
  });

  it('reports NOT CHECKED, exit 2, when the advisory service refuses the request', { timeout: 60_000 }, async () => {
    const { code, out } = await liveAudit({ refuse: true });
    expect(out).toMatch(/NOT CHECKED: npm audit could not fetch advisories: 405 Method Not Allowed - POST http:\/\/127\.0\.0\.1:\d+\/-\/npm\/v1\/security\/advisories\/bulk/);
    expect(code).toBe(2);
  });
});

describe('what the build bundles', () => {
  /** A copy of what the build reads, with the project's node_modules linked in and `seed` applied. */
  function seededCopy(name: string, seed: (copy: string) => void): string {
    const copy = join(scratch, name);
    mkdirSync(copy);
    for (const part of ['electron', 'renderer', 'shared', 'types', 'electron.vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      cpSync(join(root, part), join(copy, part), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    seed(copy);
    return copy;
  }

  function editJson<T>(file: string, edit: (json: T) => void): void {
    const json = JSON.parse(readFileSync(file, 'utf8')) as T;
    edit(json);
    writeFileSync(file, JSON.stringify(json, null, 2));
  }

  function moveToDev(copy: string, name: string): void {
    editJson<PackageJson>(join(copy, 'package.json'), (pkg) => {
      pkg.devDependencies[name] = pkg.dependencies[name]!;
      delete pkg.dependencies[name];
    });
    // What `npm install` would write for it.
    editJson<Lockfile>(join(copy, 'package-lock.json'), (lock) => {
      const project = lock.packages['']!;
      project.devDependencies![name] = project.dependencies![name]!;
      delete project.dependencies![name];
      lock.packages[`node_modules/${name}`]!.dev = true;
    });
  }

  // The builds run side by side (each gate run is its own process, about 4 s of build).
  const runs: Record<string, Promise<Run>> = {};
  beforeAll(() => {
    const bundles = (copy: string) => runGate(['--only', 'bundles', '--root', copy]);
    runs.project = runGate(['--only', 'bundles']);
    runs.devDependency = bundles(seededCopy('dompurify-in-dev', (copy) => moveToDev(copy, 'dompurify')));
    runs.unbundled = bundles(
      seededCopy('flexsearch-in-deps', (copy) =>
        editJson<PackageJson>(join(copy, 'package.json'), (pkg) => {
          pkg.dependencies.flexsearch = pkg.devDependencies.flexsearch!;
          delete pkg.devDependencies.flexsearch;
        }),
      ),
    );
    runs.externalized = bundles(
      seededCopy('main-externalizes', (copy) => {
        // The project's config, with main built the electron-vite default way: every
        // "dependencies" entry left to be loaded at run time.
        const base = join(copy, 'electron.vite.base.ts');
        cpSync(join(copy, 'electron.vite.config.ts'), base);
        writeFileSync(
          join(copy, 'electron.vite.config.ts'),
          "import base from './electron.vite.base.ts';\n" +
            'export default { ...base, main: { ...base.main, build: { ...base.main?.build, externalizeDeps: true } } };\n',
        );
      }),
    );
  });

  it('this project: every bundled package is a production dependency, and "dependencies" lists only bundled ones', { timeout: 120_000 }, async () => {
    const { code, out } = await runs.project!;
    expect(out).toMatch(/audit: bundles — modules: main \d+, preload \d+, renderer worker \d+, renderer \d+; \d+ packages from node_modules ship \(\d+ listed in "dependencies", the rest are their dependencies\), 0 problems/);
    expect(code).toBe(0);
  });

  it('fails a library bundled but left in devDependencies', { timeout: 120_000 }, async () => {
    const { code, out } = await runs.devDependency!;
    expect(out).toContain('FAIL dompurify is bundled into renderer but is a devDependency, so npm audit --omit=dev skips it — move it to "dependencies"');
    expect(code).toBe(1);
  });

  it('fails a "dependencies" entry that no bundle contains', { timeout: 120_000 }, async () => {
    const { code, out } = await runs.unbundled!;
    expect(out).toContain('FAIL flexsearch is in "dependencies" but no bundle contains it');
    expect(code).toBe(1);
  });

  it('fails a main bundle that would load a package at run time from the absent node_modules', { timeout: 120_000 }, async () => {
    const { code, out } = await runs.externalized!;
    expect(out).toMatch(/FAIL out\/main\/index\.js imports zod at run time, but app\.asar carries no node_modules to load it from/);
    expect(code).toBe(1);
  });
});
