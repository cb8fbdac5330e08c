#!/usr/bin/env bash
# Every check of the project, in the order a failure is cheapest to see:
# type check, lint, build, unit tests (Vitest), end-to-end tests (Playwright on the web
# build, and on Electron where its binary exists), security gates (Electronegativity,
# npm audit). Ends with one line "N passed, N failed" summing the tests and the gates.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p out
export TZ="${TZ:-UTC}"

gate_passed=0
gate_failed=0
failed_steps=()

step() {
  local name="$1"
  shift
  echo
  echo "=== $name"
  if "$@"; then
    gate_passed=$((gate_passed + 1))
  else
    gate_failed=$((gate_failed + 1))
    failed_steps+=("$name")
  fi
}

step "type check (whole project)" npx tsc -p tsconfig.json --noEmit
step "type check (shared/ without DOM or Node)" npx tsc -p tsconfig.shared.json --noEmit
step "lint" npx eslint .
step "build (main, preload, renderer)" npx electron-vite build

rm -f out/vitest.json out/playwright.json
step "unit tests (Vitest)" npx vitest run --reporter=default --reporter=json --outputFile.json=out/vitest.json
# Date logic must not depend on the machine's zone (SECURITY.md check 26).
for zone in America/Los_Angeles Asia/Kolkata; do
  step "unit tests of shared/ under TZ=$zone" env TZ="$zone" npx vitest run --project shared --reporter=default --silent
done
step "end-to-end tests (Playwright)" env PLAYWRIGHT_JSON_OUTPUT_NAME=out/playwright.json npx playwright test --reporter=list,json
step "Electronegativity gate" node scripts/electronegativity-gate.mjs
step "npm audit (runtime dependencies)" npm audit --omit=dev --audit-level=high

summary=$(node scripts/test-summary.mjs out/vitest.json out/playwright.json "$gate_passed" "$gate_failed")
echo
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "Failed steps: ${failed_steps[*]}"
fi
echo "$summary"
[ ${#failed_steps[@]} -eq 0 ]
