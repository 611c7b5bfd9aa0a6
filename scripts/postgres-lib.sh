# Shared by start-postgres.sh and stop-postgres.sh (sourced, not run).
# pg_bin: the newest installed PostgreSQL's bin folder, or nothing.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true; }
# as_postgres: runs a command as the postgres user (the server refuses to run as root).
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
