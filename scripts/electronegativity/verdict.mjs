// The gate's decision from the two reports (reports.mjs): both must list the same checks,
// and every finding must be classified — reviewed in the allow-list, or of a severity read
// as LOW/INFORMATIONAL — or it fails. A finding whose severity cannot be read (its CSV row
// was damaged) counts as serious: an unreadable row must never mean an unseen one.

const MINOR = ['INFORMATIONAL', 'LOW'];

function countBy(list) {
  const counts = new Map();
  for (const item of list) counts.set(item.check, (counts.get(item.check) ?? 0) + 1);
  return counts;
}

/** The tool maps line 0 to 1 in SARIF (its lines start at 1) but keeps 0 in the CSV. */
function sameLocation(row, finding) {
  return row.file === finding.file && Math.max(row.line, 1) === finding.line && row.column === finding.column;
}

function isAllowed(entry, finding) {
  return entry.check === finding.check && entry.file === finding.file;
}

/**
 * Cross-checks the CSV and the SARIF findings and classifies each finding.
 * @param {{ records: Array<{check: string, intact: boolean}>, leftover: string, hasHeader: boolean }} csv
 * @param {Array<{check: string, file: string, line: number, column: number}>} sarif
 * @param {Array<{check: string, file: string}>} allow
 */
export function judge(csv, sarif, allow) {
  const disagreements = [];
  if (!csv.hasHeader) disagreements.push('the CSV report does not start with its header');
  if (csv.leftover) disagreements.push(`the CSV report has text outside any finding: ${JSON.stringify(csv.leftover.slice(0, 120))}`);

  const csvCounts = countBy(csv.records);
  const sarifCounts = countBy(sarif);
  for (const check of new Set([...csvCounts.keys(), ...sarifCounts.keys()])) {
    const inCsv = csvCounts.get(check) ?? 0;
    const inSarif = sarifCounts.get(check) ?? 0;
    if (inCsv !== inSarif) disagreements.push(`${check}: ${inCsv} in the CSV report, ${inSarif} in the SARIF report`);
  }

  // Pair each readable CSV row with its SARIF finding to learn that finding's severity.
  const unpaired = [...sarif];
  const severityOf = new Map();
  for (const row of csv.records.filter((r) => r.intact)) {
    const index = unpaired.findIndex((f) => f.check === row.check && sameLocation(row, f));
    if (index === -1) {
      disagreements.push(`${row.check} at ${row.file}:${row.line}:${row.column} is in the CSV report but not in the SARIF report`);
      continue;
    }
    severityOf.set(unpaired[index], row.severity);
    unpaired.splice(index, 1);
  }

  const findings = sarif.map((finding) => {
    const severity = severityOf.get(finding) ?? null;
    if (allow.some((entry) => isAllowed(entry, finding))) return { ...finding, severity, verdict: 'allowed' };
    if (severity !== null && MINOR.includes(severity)) return { ...finding, severity, verdict: 'minor' };
    return { ...finding, severity, verdict: severity === null ? 'unreadable' : 'serious' };
  });
  const failures = findings.filter((f) => f.verdict === 'serious' || f.verdict === 'unreadable');
  const unusedEntries = allow.filter((entry) => !sarif.some((f) => isAllowed(entry, f)));
  const readNothing = sarif.length === 0 && csv.records.length === 0;
  return { findings, failures, disagreements, unusedEntries, readNothing, ok: !readNothing && disagreements.length === 0 && failures.length === 0 };
}

/** The lines the gate prints for a verdict. */
export function describe(verdict) {
  const { findings, failures, disagreements, unusedEntries, readNothing } = verdict;
  const lines = [];
  const count = (v) => findings.filter((f) => f.verdict === v).length;
  lines.push(`electronegativity: ${findings.length} findings — ${count('allowed')} reviewed in the allow-list, ${count('minor')} below medium severity, ${failures.length} failing`);
  for (const f of failures) {
    const why = f.verdict === 'unreadable' ? 'severity unreadable (its CSV row is damaged) and not in the allow-list' : `${f.severity}, not in the allow-list`;
    lines.push(`  FAIL ${f.check} ${f.file}:${f.line}:${f.column} — ${why}`);
  }
  for (const d of disagreements) lines.push(`  FAIL the CSV and SARIF reports disagree — ${d}`);
  if (readNothing) lines.push('  FAIL no findings in either report — the scan did not read the sources');
  for (const e of unusedEntries) lines.push(`  note: allow-list entry ${e.check} ${e.file} matched nothing; remove it if the code changed`);
  return lines;
}
