#!/usr/bin/env bash
# Sourced by scripts/test-all.sh: starts a throwaway PostgreSQL from Debian's packages so the
# database tests also run against it, and exports ORDINAL_TEST_POSTGRES_URL. Installs the
# `postgresql` package when running as root without it. Prints why and carries on (SQLite only)
# when no server can be started. `stop_test_postgres` stops it and removes its files.
if [ -n "${ORDINAL_TEST_POSTGRES_URL:-}" ]; then
  echo "ordinal: database tests also use PostgreSQL at ORDINAL_TEST_POSTGRES_URL"
  return 0
fi
pg_bin() {
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}
PG_BIN="$(pg_bin)"
if [ -z "$PG_BIN" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ordinal: installing Debian's postgresql package for the database tests"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 ||
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
  PG_BIN="$(pg_bin)"
fi
if [ -z "$PG_BIN" ]; then
  echo "ordinal: no PostgreSQL found (install Debian's postgresql package): database tests run on SQLite only"
  return 0
fi
PG_DIR="$(mktemp -d /tmp/ordinal-pg-XXXXXX)"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
# The first free port from ORDINAL_TEST_POSTGRES_PORT (54329) on: another run may hold one.
pg_start() {
  local first="${ORDINAL_TEST_POSTGRES_PORT:-54329}"
  for PG_PORT in $(seq "$first" $((first + 9))); do
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR -h 127.0.0.1" -l "$PG_DIR/server.log" -w start >/dev/null 2>&1 && return 0
  done
  return 1
}
if as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >"$PG_DIR/initdb.log" 2>&1 && pg_start; then
  export ORDINAL_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "ordinal: database tests also use a throwaway PostgreSQL on port $PG_PORT"
else
  echo "ordinal: PostgreSQL would not start (see $PG_DIR): database tests run on SQLite only"
fi
stop_test_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
