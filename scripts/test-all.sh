#!/usr/bin/env bash
# The whole test suite, as `npm test` runs it: static checks, unit tests, then the production
# build driven by Playwright in Debian's Chromium. Ends with one summary line over all runners.
set -uo pipefail
export NEXT_TELEMETRY_DISABLED=1
rm -rf reports && mkdir -p reports
failed=()
step() {
  local name=$1; shift
  echo
  echo "==> $name: $*"
  if ! "$@"; then failed+=("$name"); fi
}

# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh
trap 'type stop_test_postgres >/dev/null 2>&1 && stop_test_postgres' EXIT

step typecheck npx tsc --noEmit
step lint npx eslint .
step lessons npx tsx scripts/lessons-check.ts
step unit npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step build npx next build
if [ -z "$(printf '%s\n' "${failed[@]}" | grep -x build)" ]; then
  step e2e bash -c 'bash scripts/ensure-chromium.sh && PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json'
else
  failed+=("e2e (skipped: the build failed)")
fi

echo
node scripts/test-summary.mjs reports/vitest.json reports/playwright.json || failed+=("summary")
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed steps: ${failed[*]}"
  exit 1
fi
