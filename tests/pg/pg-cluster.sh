#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (ctest's fixture "podium_pg").
#
#   pg-cluster.sh start STATE_DIR SOCKET_DIR   initdb + pg_ctl start; prints the connection URI
#   pg-cluster.sh stop  STATE_DIR SOCKET_DIR   pg_ctl stop, then removes everything it made
#   pg-cluster.sh uri   STATE_DIR SOCKET_DIR   the URI tests use (admin role, database "podium")
#
# The server listens on a Unix socket in SOCKET_DIR only (listen_addresses = ''), never on TCP.
# STATE_DIR (under the build tree) holds the data directory and the server's log when the server's
# user can reach it; otherwise both go into SOCKET_DIR. SOCKET_DIR is short (a socket path must fit
# in 107 bytes) and made afresh by start.
# PostgreSQL refuses to run as root, and CI runs as root: then the server runs as PODIUM_PG_USER
# (default "nobody") through runuser. Other users run it as themselves.
# Authentication (pg_hba.conf): the admin role "podium_test" is trusted on the socket; every other
# role must give its password (scram-sha-256), so tests of wrong passwords and of the desk and
# viewer roles are real.
# PODIUM_PG=0 in the environment: start and stop do nothing and exit 77 (ctest: skipped).
set -euo pipefail

ADMIN=podium_test
DATABASE=podium
SKIP=77

usage() {
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -eq 3 ] || usage
action=$1
state_dir=$2
socket_dir=$3

uri() {
  echo "postgresql://$ADMIN@/$DATABASE?host=$socket_dir"
}

skipped() {
  case "${PODIUM_PG:-1}" in
    0|off|OFF|no|false) return 0 ;;
  esac
  return 1
}

bindir() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  echo "pg-cluster: PostgreSQL's initdb was not found; install the Debian package postgresql" \
    "(./build.sh test does) or run with PODIUM_PG=0 to skip the server tests" >&2
  exit 1
}

# Runs a command as the server's user.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "${PODIUM_PG_USER:-nobody}" -- "$@"
  else
    "$@"
  fi
}

server_user() {
  if [ "$(id -u)" -eq 0 ]; then echo "${PODIUM_PG_USER:-nobody}"; else id -un; fi
}

# Where the data directory is: recorded by start, so stop finds it.
data_dir() {
  if [ -f "$state_dir/data-dir" ]; then
    cat "$state_dir/data-dir"
  else
    echo ""
  fi
}

stop_cluster() {
  local data bin
  data=$(data_dir)
  if [ -n "$data" ] && [ -f "$data/postmaster.pid" ]; then
    bin=$(bindir)
    as_server_user "$bin/pg_ctl" stop -D "$data" -m fast -w -t 60 >/dev/null 2>&1 ||
      as_server_user "$bin/pg_ctl" stop -D "$data" -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
  [ -n "$data" ] && rm -rf "$data"
  rm -f "$state_dir/data-dir" "$state_dir/uri"
  # Only a directory this script made (it holds our marker), never whatever else is there.
  if [ -d "$socket_dir" ] && [ ! -L "$socket_dir" ] && [ -f "$socket_dir/.podium-pg-cluster" ]; then
    rm -rf "$socket_dir"
  fi
}

start_cluster() {
  local bin user data log
  bin=$(bindir)
  user=$(server_user)
  # A cluster left running by an interrupted run goes first.
  stop_cluster
  if [ -e "$socket_dir" ]; then
    echo "pg-cluster: $socket_dir exists and was not made by this script; remove it" >&2
    exit 1
  fi
  mkdir -p "$state_dir"
  (umask 077 && mkdir "$socket_dir")
  touch "$socket_dir/.podium-pg-cluster"
  chown "$user" "$socket_dir"

  # The data directory goes under the build tree when the server's user can reach it there
  # (a clone under /root cannot be), else beside the socket.
  data="$state_dir/data"
  rm -rf "$data"
  mkdir -m 700 "$data"
  chown "$user" "$data"
  if ! as_server_user test -w "$data" 2>/dev/null; then
    rm -rf "$data"
    data="$socket_dir/data"
    mkdir -m 700 "$data"
    chown "$user" "$data"
  fi
  echo "$data" >"$state_dir/data-dir"
  log="$data/server.log"

  if ! as_server_user "$bin/initdb" -D "$data" -U "$ADMIN" --auth-local=trust --auth-host=reject \
      -E UTF8 --locale=C.UTF-8 --no-sync >"$state_dir/initdb.log" 2>&1; then
    cat "$state_dir/initdb.log" >&2
    echo "pg-cluster: initdb failed (above)" >&2
    exit 1
  fi
  cat >"$data/pg_hba.conf" <<EOF
# Written by tests/pg/pg-cluster.sh: the socket only; the admin role trusted, every other role
# with its password.
local all $ADMIN trust
local all all scram-sha-256
EOF
  cat >>"$data/postgresql.conf" <<EOF
# tests/pg/pg-cluster.sh: a Unix socket, no TCP, quick and throwaway.
listen_addresses = ''
unix_socket_directories = '$socket_dir'
unix_socket_permissions = 0777
port = 5432
password_encryption = 'scram-sha-256'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
shared_buffers = 64MB
# The erasure tests read every table of every event on the server in one statement, and the
# suites leave a few hundred events behind (a lock per table: the default 64 runs out).
max_locks_per_transaction = 1024
log_min_messages = warning
EOF
  if ! as_server_user "$bin/pg_ctl" start -D "$data" -l "$log" -w -t 60 >/dev/null; then
    cat "$log" >&2 || true
    echo "pg-cluster: the server did not start (its log is above)" >&2
    exit 1
  fi
  # The socket directory must let the tests (root or the same user) in; the cluster's files
  # stay the server user's.
  chmod 711 "$socket_dir"
  if ! psql -X -q -h "$socket_dir" -U "$ADMIN" -d postgres -v ON_ERROR_STOP=1 \
      -c "CREATE DATABASE $DATABASE" >/dev/null; then
    echo "pg-cluster: could not create the database $DATABASE" >&2
    exit 1
  fi
  uri >"$state_dir/uri"
  echo "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') running as $user on $socket_dir: $(uri)"
}

case "$action" in
  start)
    if skipped; then echo "PODIUM_PG=${PODIUM_PG}: no PostgreSQL cluster, server tests skipped"; exit $SKIP; fi
    start_cluster
    ;;
  stop)
    if skipped && [ -z "$(data_dir)" ]; then exit $SKIP; fi
    stop_cluster
    ;;
  uri) uri ;;
  *) usage ;;
esac
