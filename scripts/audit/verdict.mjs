// The gate's two decisions.
//
// 1. Bundles (judgeBundles): what ships is what `npm ls --omit=dev` lists. Every package whose
//    code the build put into main, preload, renderer or a worker must be a production node of
//    package-lock.json (not "dev": true), no bundled package may be a devDependency, every
//    "dependencies" entry must be bundled (app.asar carries no node_modules, so nothing else
//    of it ships), and no bundle may import a package at run time (only Node built-ins and
//    electron), since there would be no node_modules to load it from.
// 2. Advisories (judgeAdvisories): every advisory of high or critical severity fails when any
//    vulnerable node of its package is in the production tree; in a dev-only node it fails
//    unless security/audit-exceptions.json reviews that package and advisory. Exceptions never
//    cover a shipped package. A node is judged by package-lock.json, so a high advisory against
//    the dev copies of a package (@noble/hashes 1.x under app-builder-lib) is a dev matter even
//    though another copy of that package ships. An unknown severity counts as high.

const SEVERE = ['high', 'critical'];
const KNOWN = ['info', 'low', 'moderate', ...SEVERE];

function targetsOf(entry) {
  return [...entry.targets].sort().join(', ');
}

/**
 * @param {{ chunks: Array<{target: string, fileName: string, moduleIds: string[], externals: string[]}>, unseen: string[] }} build
 * @param {{ packages: Map<string, {name: string, targets: Set<string>}>, outside: string[], modules: Map<string, number> }} bundled
 * @param {{ dependencies?: object, devDependencies?: object }} pkg package.json
 * @param {{ packages: object }} lock
 * @param {(id: string) => boolean} isPlatformModule
 */
export function judgeBundles(build, bundled, pkg, lock, isPlatformModule) {
  const failures = [];
  const dependencies = Object.keys(pkg.dependencies ?? {});
  const devDependencies = new Set(Object.keys(pkg.devDependencies ?? {}));

  for (const file of build.unseen) failures.push(`out/${file} was written by a build step the gate does not see, so what it bundles is unknown`);
  for (const path of bundled.outside) failures.push(`${path} is bundled from outside the project and its node_modules`);
  if (build.chunks.length === 0) failures.push('the build emitted no chunks — nothing was judged');

  for (const [key, entry] of [...bundled.packages].sort(([a], [b]) => a.localeCompare(b))) {
    const node = lock.packages[key];
    const where = targetsOf(entry);
    if (!node) {
      failures.push(`${entry.name} (${key}) is bundled into ${where}, but package-lock.json has no entry for it — run npm install`);
    } else if (devDependencies.has(entry.name) && key === `node_modules/${entry.name}`) {
      failures.push(`${entry.name} is bundled into ${where} but is a devDependency, so npm audit --omit=dev skips it — move it to "dependencies"`);
    } else if (node.dev === true) {
      failures.push(`${entry.name} (${key}) is bundled into ${where}, but package-lock.json marks it dev-only (only devDependencies reach it) — move what imports it to "dependencies"`);
    }
  }

  const bundledTop = new Set([...bundled.packages.keys()].filter((k) => k.lastIndexOf('node_modules/') === 0).map((k) => k.slice('node_modules/'.length)));
  for (const name of dependencies) {
    if (!bundledTop.has(name)) failures.push(`${name} is in "dependencies" but no bundle contains it; app.asar carries no node_modules, so it does not ship — move it to "devDependencies"`);
  }

  for (const chunk of build.chunks) {
    const file = `out/${chunk.target.split(' ')[0]}/${chunk.fileName}`;
    for (const id of chunk.externals) {
      if (!isPlatformModule(id)) {
        failures.push(`${file} imports ${id} at run time, but app.asar carries no node_modules to load it from — bundle it (build.externalizeDeps: false for ${chunk.target.split(' ')[0]} in electron.vite.config.ts)`);
      }
    }
  }

  const names = new Set([...bundled.packages.values()].map((e) => e.name));
  return {
    failures,
    modules: bundled.modules,
    packageCount: names.size,
    direct: dependencies.filter((n) => bundledTop.has(n)).length,
    ok: failures.length === 0,
  };
}

function matches(exception, advisory) {
  return exception.package === advisory.package && (exception.advisory === advisory.ghsa || exception.advisory === advisory.id || exception.advisory === advisory.url);
}

/**
 * @param {{ advisories: object[], metaOnly: string[], vulnerablePackages: number, audited: number|null }} report
 * @param {{ packages: object, count: number }} lock
 * @param {Array<{package: string, advisory: string, reason: string}>} exceptions
 * @param {Map<string, {targets: Set<string>}>} [bundled] lock key → where it ships, when the build was judged too
 */
export function judgeAdvisories(report, lock, exceptions, bundled = null) {
  const problems = [];
  if (report.audited !== null && report.audited !== lock.count) {
    problems.push(`the report covers ${report.audited} packages but package-lock.json lists ${lock.count} — it is not a report of this tree`);
  }
  const rows = report.advisories.map((advisory) => {
    const missing = advisory.nodes.filter((n) => !lock.packages[n]);
    if (missing.length) problems.push(`the report names ${missing.join(', ')}, which package-lock.json does not have — it is not a report of this tree`);
    const prodNodes = advisory.nodes.filter((n) => lock.packages[n] && lock.packages[n].dev !== true);
    const versions = [...new Set(advisory.nodes.map((n) => lock.packages[n]?.version).filter(Boolean))];
    const shipsIn = bundled ? [...new Set(prodNodes.flatMap((n) => [...(bundled.get(n)?.targets ?? [])]))].sort() : [];
    const exception = exceptions.find((e) => matches(e, advisory)) ?? null;
    const severe = SEVERE.includes(advisory.severity) || !KNOWN.includes(advisory.severity);
    let verdict;
    if (!severe) verdict = 'minor';
    else if (prodNodes.length > 0 || missing.length > 0) verdict = 'shipped';
    else verdict = exception ? 'reviewed' : 'unreviewed';
    return { ...advisory, versions, prodNodes, shipsIn, exception, verdict };
  });
  const unusedExceptions = exceptions.filter((e) => !rows.some((r) => r.exception === e && r.verdict === 'reviewed'));
  const failures = rows.filter((r) => r.verdict === 'shipped' || r.verdict === 'unreviewed');
  return { rows, failures, problems: [...new Set(problems)], unusedExceptions, report, ok: failures.length === 0 && problems.length === 0 };
}

/** The lines the gate prints for the bundle verdict. */
export function describeBundles(verdict) {
  const modules = [...verdict.modules].map(([t, n]) => `${t} ${n}`).join(', ');
  const lines = [
    `audit: bundles — modules: ${modules}; ${verdict.packageCount} packages from node_modules ship (${verdict.direct} listed in "dependencies", the rest are their dependencies), ${verdict.failures.length} problems`,
  ];
  for (const f of verdict.failures) lines.push(`  FAIL ${f}`);
  return lines;
}

function label(row) {
  const id = row.ghsa ?? (row.id ? `npm advisory ${row.id}` : 'advisory');
  return `${id} "${row.title}"${row.url ? ` (${row.url})` : ''}`;
}

/** The lines the gate prints for the advisory verdict. */
export function describeAdvisories(verdict, exceptionsFile) {
  const { rows, failures, problems, unusedExceptions, report } = verdict;
  const count = (v) => rows.filter((r) => r.verdict === v).length;
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `audit: advisories — npm audit checked ${report.audited ?? 'an unknown number of'} packages: ${plural(rows.length, 'advisory', 'advisories')} ` +
      `(${plural(report.vulnerablePackages, 'package', 'packages')} listed, ${report.metaOnly.length} only through a vulnerable dependency) — ` +
      `${count('shipped')} high/critical in shipped packages, ${count('unreviewed')} high/critical in dev-only tools without an exception, ` +
      `${count('reviewed')} in dev-only tools reviewed in ${exceptionsFile}, ${count('minor')} below high`,
  ];
  for (const r of failures) {
    const at = `${r.package}@${r.versions.join(', ') || '?'}`;
    if (r.verdict === 'shipped') {
      const where = r.shipsIn.length ? `it ships in the app (${r.shipsIn.join(', ')})` : `it ships in the app (production tree: ${r.prodNodes.join(', ') || 'unknown nodes'})`;
      lines.push(`  FAIL ${at}: ${r.severity} advisory ${label(r)} — ${where}${r.exception ? '; its exception does not count, exceptions are for dev-only tools' : ''}`);
    } else {
      lines.push(`  FAIL ${at}: ${r.severity} advisory ${label(r)} — dev-only (${r.nodes.join(', ')}), and ${exceptionsFile} has no exception for it`);
    }
  }
  for (const p of problems) lines.push(`  FAIL ${p}`);
  for (const r of rows.filter((x) => x.verdict === 'reviewed')) lines.push(`  reviewed: ${r.package} ${r.ghsa ?? r.id} (${r.severity}, dev-only) — ${r.exception.reason}`);
  for (const r of rows.filter((x) => x.verdict === 'minor')) lines.push(`  below high: ${r.package}@${r.versions.join(', ') || '?'} ${r.severity} ${label(r)}`);
  for (const e of unusedExceptions) lines.push(`  note: exception ${e.package} ${e.advisory} matched no dev-only high advisory; remove it once the advisory is gone`);
  return lines;
}
