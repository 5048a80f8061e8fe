#!/usr/bin/env bash
# Services the test suite needs, on a Debian machine (CI runs as root):
#   - a throwaway PostgreSQL cluster on 127.0.0.1 (data in /tmp/jalur-pg, trust auth on loopback only,
#     superuser "postgres", database "jalur_test"), reused when an earlier run left it up;
#   - Debian's Chromium for the browser tests;
#   - a Java runtime (Debian's OpenJDK 17) for the Spark tests (PySpark itself comes with the pip install).
# Installs postgresql / chromium / java with apt-get only when they are missing. Idempotent.
#
# stdout carries exactly one line, for the caller to eval:
#   export JALUR_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:55432/jalur_test JALUR_REQUIRE_SPARK=1
# everything else goes to stderr.
#
#   eval "$(scripts/test-services.sh)"      # start (or reuse) and export the URL
#   scripts/test-services.sh stop           # stop the cluster (the data folder stays for the next start)
#
# Environment: JALUR_PG_DIR (default /tmp/jalur-pg), JALUR_PG_PORT (first port tried, default 55432),
# JALUR_PG_DB (default jalur_test), JALUR_SKIP_CHROMIUM=1 (do not install Chromium), JALUR_SKIP_JAVA=1 (no
# Java: the Spark tests are then skipped rather than failed).
set -euo pipefail

PGDIR=${JALUR_PG_DIR:-/tmp/jalur-pg}
PGDATA="$PGDIR/data"
PORT=${JALUR_PG_PORT:-55432}
DB=${JALUR_PG_DB:-jalur_test}

log() { echo "test-services: $*" >&2; }

APT_UPDATED=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    log "need root to install $* with apt-get"; exit 1
  fi
  if [ "$APT_UPDATED" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
    return 1
  fi
  echo "$bin"
}

# ---- run a command as the cluster owner (postgres refuses to run as root)
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_busy() {  # something accepts connections on 127.0.0.1:$1
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

running_port() {  # the port of our cluster when it is up and answering, else nothing
  local pidfile="$PGDATA/postmaster.pid" port
  [ -f "$pidfile" ] || return 1
  port=$(sed -n 4p "$pidfile")
  [ -n "$port" ] || return 1
  "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 5 || return 1
  echo "$port"
}

clear_stale() {  # a server that was killed (or is a zombie) leaves its pid and lock files behind
  if [ -f "$PGDATA/postmaster.pid" ]; then
    log "clearing a server that does not answer"
    as_owner "$BIN/pg_ctl" -D "$PGDATA" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
    rm -f "$PGDATA/postmaster.pid"
  fi
  rm -f "$PGDIR"/.s.PGSQL.*
}

ensure_postgres() {
  if ! BIN=$(pg_bin); then
    log "installing PostgreSQL"
    apt_install postgresql >/dev/null
    BIN=$(pg_bin) || { log "PostgreSQL binaries still missing after apt-get"; exit 1; }
  fi
  if [ "$(id -u)" = 0 ] && ! getent passwd postgres >/dev/null; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
}

start_cluster() {
  local port
  if port=$(running_port); then
    log "reusing the cluster in $PGDATA on port $port"
    echo "$port"; return
  fi
  mkdir -p "$PGDIR"
  # a data folder from another PostgreSQL version, or half-written, is thrown away (it is scratch)
  if [ -f "$PGDATA/PG_VERSION" ]; then
    local want have
    want=$("$BIN/postgres" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/')
    have=$(cat "$PGDATA/PG_VERSION")
    if [ "$want" != "$have" ]; then
      log "discarding $PGDATA (PostgreSQL $have, binaries are $want)"; rm -rf "$PGDATA"
    fi
  elif [ -e "$PGDATA" ]; then
    rm -rf "$PGDATA"
  fi
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PGDIR"; fi
  chmod 700 "$PGDIR"
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    log "initdb $PGDATA"
    as_owner "$BIN/initdb" -D "$PGDATA" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
  fi
  clear_stale
  port=$PORT
  while port_busy "$port"; do port=$((port + 1)); done
  # scratch data: durability off, loopback TCP only, the socket inside the data folder
  as_owner "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDIR/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PGDIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
    || { log "PostgreSQL did not start:"; tail -n 20 "$PGDIR/server.log" >&2; exit 1; }
  log "started PostgreSQL in $PGDATA on 127.0.0.1:$port"
  echo "$port"
}

stop_cluster() {
  if BIN=$(pg_bin) && [ -f "$PGDATA/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >&2 || true
  else
    log "no cluster running in $PGDATA"
  fi
}

ensure_database() {
  local port=$1 psql=("$BIN/psql" -X -q -h 127.0.0.1 -p "$1" -U postgres -d postgres -v ON_ERROR_STOP=1)
  if [ "$("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    "${psql[@]}" -c "CREATE DATABASE \"$DB\"" >&2
    log "created database $DB"
  fi
}

ensure_chromium() {
  [ "${JALUR_SKIP_CHROMIUM:-0}" = 1 ] && return
  if [ ! -x /usr/bin/chromium ]; then
    log "installing Chromium"
    apt_install chromium >/dev/null
  fi
}

ensure_java() {
  [ "${JALUR_SKIP_JAVA:-0}" = 1 ] && return
  if ! command -v java >/dev/null 2>&1; then
    log "installing a Java runtime for Spark"
    apt_install openjdk-17-jre-headless >/dev/null
  fi
}

case "${1:-start}" in
  start)
    ensure_postgres
    port=$(start_cluster)
    ensure_database "$port"
    ensure_chromium
    ensure_java
    spark=""
    [ "${JALUR_SKIP_JAVA:-0}" = 1 ] || spark=" JALUR_REQUIRE_SPARK=1"
    echo "export JALUR_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$port/$DB$spark"
    ;;
  stop)
    stop_cluster
    ;;
  *)
    echo "usage: $0 [start|stop]" >&2; exit 2
    ;;
esac
