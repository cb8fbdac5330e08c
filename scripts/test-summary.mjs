#!/usr/bin/env node
// Prints "N passed, N failed[, N skipped]" summing Vitest's and Playwright's JSON reports
// and the pass/fail count of the other gates (CI reads only this plain line).
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, playwrightFile, gatePassed = '0', gateFailed = '0'] = process.argv.slice(2);
let passed = Number(gatePassed);
let failed = Number(gateFailed);
let skipped = 0;

if (vitestFile && existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else {
  failed += 1; // no report means the runner itself failed
}
if (playwrightFile && existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, 'utf8')).stats ?? {};
  passed += (p.expected ?? 0) + (p.flaky ?? 0);
  failed += p.unexpected ?? 0;
  skipped += p.skipped ?? 0;
} else {
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
