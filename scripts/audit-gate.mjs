#!/usr/bin/env node
// The dependency audit gate (issue 12; SECURITY.md check 12). `npm audit --omit=dev` alone
// checked nothing while every library was a devDependency, so this gate first proves that the
// production tree is what ships, then judges npm's advisories against it:
//  1. bundles: builds the app (electron.vite.config.ts) into a scratch folder and reads, from
//     the bundler, which packages main, preload, renderer and the workers contain; each must be
//     a production dependency, "dependencies" must list nothing that is not bundled, and no
//     bundle may load a package at run time (app.asar has no node_modules).
//  2. advisories: runs `npm audit --json` over the whole tree (dev tools included) and fails on
//     any high or critical advisory in a shipped package, and on one in a dev-only tool unless
//     security/audit-exceptions.json reviews it. See audit/verdict.mjs for the rules.
// Exit status: 0 passed, 1 failed, 2 nothing failed but the advisories could not be fetched
// (npm audit needs the registry's advisory service, a POST request).
//
//   node scripts/audit-gate.mjs [--root DIR] [--exceptions FILE] [--only bundles|advisories]
//   node scripts/audit-gate.mjs --report AUDIT.json [--lockfile FILE] [--exceptions FILE]
// --root judges another copy of the project (the gate's tests seed problems into one);
// --report judges a saved `npm audit --json` output instead of asking the registry (the
// advisory check only: no build); --lockfile judges it against another package-lock.json (the
// gate's tests keep the one their reports were made from).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledPackages, collectBundles, isPlatformModule } from './audit/bundle.mjs';
import { InputError, readAuditReport, readExceptions, readLockfile } from './audit/report.mjs';
import { describeAdvisories, describeBundles, judgeAdvisories, judgeBundles } from './audit/verdict.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { root: process.cwd(), exceptions: join(repo, 'security/audit-exceptions.json'), report: null, lockfile: null, only: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--root') opts.root = resolve(value());
    else if (arg === '--exceptions') opts.exceptions = resolve(value());
    else if (arg === '--report') opts.report = resolve(value());
    else if (arg === '--lockfile') opts.lockfile = resolve(value());
    else if (arg === '--only') {
      opts.only = value();
      if (!['bundles', 'advisories'].includes(opts.only)) throw new Error(`--only takes bundles or advisories, not ${opts.only}`);
    } else throw new Error(`unknown argument ${arg}`);
  }
  opts.lockfile ??= join(opts.root, 'package-lock.json');
  // A saved report is judged on its own: building the tree it may not describe proves nothing.
  if (opts.report && opts.only === null) opts.only = 'advisories';
  if (opts.report && opts.only === 'bundles') throw new Error('--report goes with the advisory check, not --only bundles');
  return opts;
}

/** npm audit over every node of the tree; npm exits 1 when it finds anything, so only its JSON counts. */
function runNpmAudit(root) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --include: NODE_ENV=production or an omit= setting in .npmrc would otherwise drop dev tools.
  const args = ['audit', '--json', '--include=dev', '--include=optional', '--include=peer'];
  return new Promise((done, fail) => {
    execFile(npm, args, { cwd: root, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 }, (error, stdout, stderr) => {
      if (stdout.trim()) return done(stdout);
      fail(new InputError(`npm audit printed no report${error ? ` (${error.message.split('\n')[0]})` : ''}: ${stderr.trim().split('\n').slice(-2).join(' ')}`, { unchecked: true }));
    });
  });
}

async function checkBundles(opts, lock) {
  const pkg = JSON.parse(readFileSync(join(opts.root, 'package.json'), 'utf8'));
  const build = await collectBundles(opts.root);
  const bundled = bundledPackages(build.chunks, opts.root);
  const verdict = judgeBundles(build, bundled, pkg, lock, isPlatformModule);
  for (const line of describeBundles(verdict)) console.log(line);
  return { ok: verdict.ok, bundled: bundled.packages };
}

async function checkAdvisories(opts, lock, bundled) {
  const exceptionsFile = relative(process.cwd(), opts.exceptions) || opts.exceptions;
  const exceptions = readExceptions(readFileSync(opts.exceptions, 'utf8'));
  let text;
  try {
    text = opts.report ? readFileSync(opts.report, 'utf8') : await runNpmAudit(opts.root);
  } catch (error) {
    if (error.code === 'ENOENT') throw new InputError(`no report at ${opts.report}`);
    throw error;
  }
  const verdict = judgeAdvisories(readAuditReport(text), lock, exceptions, bundled);
  for (const line of describeAdvisories(verdict, exceptionsFile)) console.log(line);
  return verdict.ok;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const lock = readLockfile(readFileSync(opts.lockfile, 'utf8'));
  let ok = true;
  let unchecked = false;
  let bundled = null;
  if (opts.only !== 'advisories') {
    const result = await checkBundles(opts, lock);
    ok &&= result.ok;
    bundled = result.bundled;
  }
  if (opts.only !== 'bundles') {
    try {
      ok = (await checkAdvisories(opts, lock, bundled)) && ok;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      if (error.unchecked) {
        unchecked = true;
        console.log(`audit: advisories — NOT CHECKED: ${error.message}`);
      } else {
        ok = false;
        console.log(`audit: advisories — FAIL ${error.message}`);
      }
    }
  }
  if (!ok) return 1;
  return unchecked ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.log(`audit: FAIL — ${error.message}`);
    process.exit(1);
  },
);
