#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL server on 127.0.0.1 for the test suite.
#   scripts/pg-test-server.sh start   -> prints the JDBC URL to export as CHANCERY_TEST_PG_URL
#   scripts/pg-test-server.sh stop
# Installs Debian's postgresql package when no server binaries are present.
set -euo pipefail

port=${CHANCERY_TEST_PG_PORT:-55432}
dir=${CHANCERY_TEST_PG_DIR:-/tmp/chancery-test-pg}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

case "${1:-}" in
  start)
    if [ -z "$(pg_bin)" ]; then
      echo "pg-test-server: installing PostgreSQL (Debian package postgresql)" >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2
      apt-get install -y -qq postgresql >&2
    fi
    bin=$(pg_bin)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >&2
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres chancery_test
    echo "jdbc:postgresql://127.0.0.1:$port/chancery_test?user=postgres"
    ;;
  stop)
    bin=$(pg_bin)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
