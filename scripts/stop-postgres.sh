#!/usr/bin/env bash
# Stops a server scripts/start-postgres.sh started in [dir] (its data stay for the next start).
#   scripts/stop-postgres.sh [dir]
set -euo pipefail
DIR=${1:-/tmp/tally-postgres}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$bin" ] || exit 0
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
if as_postgres "$bin/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  as_postgres "$bin/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null
fi
