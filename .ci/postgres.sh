# Sourced by .ci/run: start_postgres starts a throwaway PostgreSQL server and exports
# GUARD_TEST_POSTGRES_URL; an EXIT trap stops it and removes its directory.
# initdb refuses to run as root, so as root the server runs as a dedicated unprivileged user.

PG_BIN="${PG_BIN:-}"
PG_DIR=""
PG_RUN=()

_pg_find_bin() {
  if [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ]; then return 0; fi
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then PG_BIN="$dir"; return 0; fi
  done
  return 1
}

stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "$PG_DIR" ]; then rm -rf "$PG_DIR"; fi
}

start_postgres() {
  if ! _pg_find_bin; then
    if [ "${CI:-}" = "true" ]; then
      echo "ci: PostgreSQL binaries not found (initdb, pg_ctl): the audit tests need them" >&2
      return 1
    fi
    echo "ci: no PostgreSQL found; its tests will be skipped" >&2
    return 0
  fi
  PG_DIR="$(mktemp -d /tmp/guard-pg.XXXXXX)"
  trap stop_postgres EXIT
  if [ "$(id -u)" = 0 ]; then
    local user=guard-pg
    if ! id "$user" >/dev/null 2>&1; then
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user" 2>/dev/null \
        || user=nobody
    fi
    chown "$user" "$PG_DIR"
    PG_RUN=(runuser -u "$user" --)
  else
    PG_RUN=(env)
  fi
  local port
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  # Run from the server's own directory: the clone's folder may be unreadable to the server's user.
  cd "$PG_DIR"
  "${PG_RUN[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U guard --auth=trust -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c max_connections=50" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  cd - >/dev/null
  export GUARD_TEST_POSTGRES_URL="postgresql://guard@127.0.0.1:$port/postgres"
  echo "ci: PostgreSQL $("$PG_BIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}
