// Reading the three inputs of the advisory check: npm audit's JSON report (format v2, as
// npm 7+ writes it with --json), package-lock.json (which of the report's nodes are
// dev-only) and the reviewed exceptions.
//
// The report's shape, as npm 11 writes it (@npmcli/arborist lib/audit-report.js, vuln.js):
//   { auditReportVersion: 2,
//     vulnerabilities: { <package>: { name, severity, isDirect, range, nodes: [lock paths],
//                                     effects: [package names], fixAvailable,
//                                     via: [ advisory objects | names of vulnerable deps ] } },
//     metadata: { vulnerabilities: {info, low, moderate, high, critical, total},
//                 dependencies: {prod, dev, optional, peer, peerOptional, total} } }
// An advisory object in `via` is { source (numeric id), name, dependency, title, url,
// severity, cwe, cvss, range }. A string in `via` marks a "meta-vulnerability": the package is
// listed only because it depends on a vulnerable version of that other package, whose own
// entry carries the advisory.
// When npm cannot reach the advisory service it still prints JSON, but an error object:
//   { message: "405 Method Not Allowed - POST …/advisories/bulk", statusCode: 405, error: {…}, … }

/** Thrown for input the gate cannot judge; `unchecked` marks "no advisories could be fetched". */
export class InputError extends Error {
  constructor(message, { unchecked = false } = {}) {
    super(message);
    this.unchecked = unchecked;
  }
}

function parseJson(text, what) {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!text.trim()) throw new InputError(`${what} is empty`);
    throw new InputError(`${what} is not JSON (${error.message})`);
  }
}

/** The advisories in an npm audit --json report, one row per (package, advisory). */
export function readAuditReport(text) {
  const report = parseJson(text, 'the npm audit report');
  if (report && typeof report === 'object' && report.auditReportVersion === undefined && (report.error || report.statusCode || report.message)) {
    throw new InputError(`npm audit could not fetch advisories: ${report.message ?? report.error?.summary ?? 'unknown error'}`, { unchecked: true });
  }
  if (!report || report.auditReportVersion !== 2 || typeof report.vulnerabilities !== 'object' || report.vulnerabilities === null) {
    throw new InputError('not an npm audit report of format 2 (npm 7 or later, --json): no auditReportVersion 2 with a vulnerabilities object');
  }
  const advisories = [];
  const metaOnly = [];
  for (const [key, vuln] of Object.entries(report.vulnerabilities)) {
    if (!Array.isArray(vuln?.via) || !Array.isArray(vuln?.nodes)) throw new InputError(`vulnerability ${key} has no via/nodes lists`);
    const own = vuln.via.filter((v) => v && typeof v === 'object');
    for (const via of vuln.via) {
      if (typeof via === 'string' && !Object.prototype.hasOwnProperty.call(report.vulnerabilities, via)) {
        throw new InputError(`vulnerability ${key} is listed via ${via}, which the report does not list`);
      }
    }
    if (own.length === 0) metaOnly.push(key);
    for (const via of own) {
      advisories.push({
        package: via.name ?? key,
        id: via.source === undefined ? null : String(via.source),
        ghsa: /GHSA-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}/i.exec(via.url ?? '')?.[0] ?? null,
        title: via.title ?? '(no title)',
        url: via.url ?? null,
        severity: String(via.severity ?? 'unknown').toLowerCase(),
        range: via.range ?? vuln.range ?? '*',
        nodes: vuln.nodes,
        effects: vuln.effects ?? [],
      });
    }
  }
  return { advisories, metaOnly, vulnerablePackages: Object.keys(report.vulnerabilities).length, audited: report.metadata?.dependencies?.total ?? null };
}

/** package-lock.json (lockfile v2/v3): the `packages` map, keyed by path ('' is the project). */
export function readLockfile(text) {
  const lock = parseJson(text, 'package-lock.json');
  if (!lock || typeof lock.packages !== 'object' || lock.packages === null || !lock.packages['']) {
    throw new InputError('package-lock.json has no "packages" map (lockfileVersion 2 or later is needed)');
  }
  return { packages: lock.packages, count: Object.keys(lock.packages).length - 1 };
}

/** The reviewed exceptions: each names a package, an advisory (GHSA id or npm's numeric id) and why. */
export function readExceptions(text) {
  const file = parseJson(text, 'the exceptions file');
  if (!file || !Array.isArray(file.entries)) throw new InputError('the exceptions file has no "entries" list');
  file.entries.forEach((entry, index) => {
    const label = `exception ${index + 1}${entry?.package ? ` (${entry.package})` : ''}`;
    for (const field of ['package', 'advisory', 'reason']) {
      if (typeof entry?.[field] !== 'string' || !entry[field].trim()) throw new InputError(`${label} has no "${field}"`);
    }
  });
  return file.entries;
}
