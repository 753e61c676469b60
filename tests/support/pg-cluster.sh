#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the team-server tests (issue 16), started and stopped by
# CTest fixtures (tests/CMakeLists.txt). Never the system's cluster: its own data folder and a
# private socket folder under /tmp, no TCP (listen_addresses=''), trust authentication for the
# local socket only. The tests find it through the file STATE/url, which holds a URL such as
#   postgresql://postgres@/postgres?host=/tmp/rdpg.AbC123&port=5439
#
#   pg-cluster.sh start STATE   initdb + pg_ctl start; writes STATE/url
#   pg-cluster.sh stop STATE    pg_ctl stop -m fast; removes the folders
#   pg-cluster.sh restart STATE pg_ctl restart -m immediate (a crash and a start, for tests)
#
# Without postgresql-15's binaries `start` writes no url and exits 0, so the tests that need the
# server skip with a message; with REGIEDESK_REQUIRE_PG=1 (set by .ci/run) it fails instead.
set -euo pipefail

action=${1:?usage: pg-cluster.sh start|stop|restart STATE}
state=${2:?usage: pg-cluster.sh start|stop|restart STATE}
bin=${REGIEDESK_PG_BIN:-/usr/lib/postgresql/15/bin}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  if [ -f "$state/datadir" ]; then
    local data
    data=$(cat "$state/datadir")
    if [ -f "$data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$data" stop -m fast >/dev/null 2>&1 || true
    fi
    rm -rf "$(dirname "$data")"
  fi
  rm -f "$state/url" "$state/datadir"
}

case "$action" in
start)
  mkdir -p "$state"
  stop_cluster # a cluster left by an interrupted run
  if [ ! -x "$bin/initdb" ]; then
    msg="pg-cluster: $bin/initdb not found (install postgresql-15: bash packaging/install-deps.sh)"
    if [ "${REGIEDESK_REQUIRE_PG:-0}" = 1 ]; then
      echo "$msg" >&2
      exit 1
    fi
    echo "$msg; the server tests will skip"
    exit 0
  fi
  root=$(mktemp -d /tmp/rdpg.XXXXXX)
  chmod 0755 "$root"
  mkdir -p "$root/data" "$root/sock"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$root"
  fi
  echo "$root/data" >"$state/datadir"
  # A port number only names the socket file here (no TCP), so a fixed one cannot collide with
  # another cluster: each has its own socket folder.
  port=5439
  as_owner "$bin/initdb" -D "$root/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
    >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w \
    -o "-k $root/sock -p $port -c listen_addresses='' -c fsync=off -c max_connections=60" start \
    >/dev/null || { cat "$root/server.log" >&2; exit 1; }
  echo "postgresql://postgres@/postgres?host=$root/sock&port=$port" >"$state/url"
  echo "pg-cluster: started, $(cat "$state/url")"
  ;;
restart)
  data=$(cat "$state/datadir")
  as_owner "$bin/pg_ctl" -D "$data" -m immediate -w restart >/dev/null
  echo "pg-cluster: restarted"
  ;;
stop)
  stop_cluster
  echo "pg-cluster: stopped"
  ;;
*)
  echo "usage: pg-cluster.sh start|stop|restart STATE" >&2
  exit 2
  ;;
esac
