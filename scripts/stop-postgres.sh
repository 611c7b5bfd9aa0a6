#!/usr/bin/env bash
# Stops a server scripts/start-postgres.sh started in [dir] (its data stay for the next start).
#   scripts/stop-postgres.sh [dir]
set -euo pipefail
DIR=${1:-/tmp/tally-postgres}
. "$(dirname "$0")/postgres-lib.sh"
bin=$(pg_bin)
[ -n "$bin" ] || exit 0
if as_postgres "$bin/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  as_postgres "$bin/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null
fi
