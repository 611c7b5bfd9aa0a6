#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests and the scale benchmark,
# from Debian's packages (installed when missing), as the postgres user (the
# server refuses to run as root). Prints the URL to connect to.
#   scripts/start-postgres.sh [dir] [port]
set -euo pipefail
DIR=${1:-/tmp/tally-postgres}
PORT=${2:-54329}
SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
. "$(dirname "$0")/postgres-lib.sh"
bin=$(pg_bin)
if [ -z "$bin" ]; then
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  bin=$(pg_bin)
fi
if ! as_postgres "$bin/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  $SUDO mkdir -p "$DIR"
  $SUDO chown postgres:postgres "$DIR"
  if [ ! -f "$DIR/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_postgres "$bin/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
