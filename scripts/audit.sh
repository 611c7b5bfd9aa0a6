#!/usr/bin/env bash
# npm audit --audit-level=high for CI: a high or critical advisory in any
# dependency fails the run. Where the registry offers no audit endpoint (a
# mirror that answers the advisory query with an HTTP error), the check cannot
# be made: it says so loudly and does not fail, rather than pretend it passed.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(npm audit --audit-level=high --json 2>/dev/null)
status=$?
if [ $status -eq 0 ]; then
  echo "== npm audit: no high or critical advisories"
  exit 0
fi
if node -e 'const r = JSON.parse(process.argv[1]); process.exit(r.statusCode && !r.vulnerabilities ? 0 : 1)' "$out" 2>/dev/null; then
  echo "== npm audit: NOT CHECKED: the registry's advisory endpoint answered $(node -e 'console.log(JSON.parse(process.argv[1]).message)' "$out")" >&2
  exit 0
fi
npm audit --audit-level=high
exit 1
