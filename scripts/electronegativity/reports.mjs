// Readers for Electronegativity's two report formats, written to survive the CSV's known damage.
//
// Why the CSV cannot be trusted on its own: the tool (1.10.3, src/util/file.js) writes the
// header with one fs.writeFile(flag 'w') and the rows with a second fs.writeFile(flag 'a')
// without waiting for the first, so the two race. In roughly one run in ten the rows land
// first and the header then overwrites the first 79 bytes of the first row: its check id,
// severity, file and location are gone (this is how CSP_GLOBAL_CHECK went unseen). The
// last column, the wiki URL, names the check and survives, so records are split on it.
// The SARIF report is written in one piece and is the list of findings; the CSV adds the
// severity (SARIF has none) and a second count of the check ids.

export const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const RECORD_END = /,https:\/\/github\.com\/doyensec\/electronegativity\/wiki\/([A-Z0-9_]+)[ \t]*(?:\r?\n|$)/g;

/**
 * Splits one CSV record (without its URL column) into fields: `"…"` with `""` escapes, or
 * bare text up to the next comma. Returns null when the quoting does not close.
 */
export function splitCsvFields(text) {
  const fields = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) return null;
        value += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      fields.push(value);
      if (i === text.length) return fields;
      if (text[i] !== ',') return null;
      i += 1;
    } else {
      const comma = text.indexOf(',', i);
      fields.push(comma === -1 ? text.slice(i) : text.slice(i, comma));
      if (comma === -1) return fields;
      i = comma + 1;
    }
  }
}

/** One row's leading columns, or null when they are damaged. */
function readRecord(check, text) {
  const fields = splitCsvFields(text);
  if (fields === null || fields.length !== 7) return null;
  const [id, severity, confidence, file, location] = fields;
  const at = /^(\d+):(\d+)$/.exec(location);
  if (id !== check || !SEVERITIES.includes(severity) || at === null) return null;
  return { severity, confidence, file, line: Number(at[1]), column: Number(at[2]) };
}

/**
 * Reads the CSV report: one record per finding, `intact: false` when its leading columns
 * were overwritten. `leftover` is text that belongs to no record (damage of another kind).
 */
export function readCsvReport(text) {
  const hasHeader = text.startsWith(CSV_HEADER);
  const body = hasHeader ? text.slice(CSV_HEADER.length).replace(/^\r?\n/, '') : text;
  const records = [];
  let start = 0;
  for (const match of body.matchAll(RECORD_END)) {
    const check = match[1];
    const row = readRecord(check, body.slice(start, match.index));
    records.push(row === null ? { check, intact: false } : { check, intact: true, ...row });
    start = match.index + match[0].length;
  }
  return { hasHeader, records, leftover: body.slice(start).trim() };
}

/** Reads the SARIF report into findings `{ check, file, line, column, level }` (column 0-based, as in the CSV). */
export function readSarifReport(text) {
  const sarif = JSON.parse(text);
  const results = sarif?.runs?.[0]?.results;
  if (!Array.isArray(results)) throw new Error('the SARIF report has no runs[0].results list');
  return results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation ?? {};
    const uri = location.artifactLocation?.uri;
    if (typeof result.ruleId !== 'string' || typeof uri !== 'string') throw new Error(`a SARIF result without ruleId or file: ${JSON.stringify(result)}`);
    return {
      check: result.ruleId,
      // The tool writes "file:///" for findings about the whole app (e.g. no CSP at all); the CSV says "N/A".
      file: uri === 'file:///' ? 'N/A' : uri,
      line: location.region?.startLine ?? 1,
      column: (location.region?.startColumn ?? 1) - 1,
      level: result.level,
    };
  });
}
