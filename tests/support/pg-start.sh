#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests: a fresh cluster in a
# temp dir, loopback only, trust auth, fsync off. Writes the connection URL to
# STATE_DIR/pg.url and the cluster dir to STATE_DIR/pg.dir. initdb refuses to
# run as root, so as root the server runs as the postgres user.
set -euo pipefail
state=${1:?usage: pg-start.sh STATE_DIR}
mkdir -p "$state"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (install the postgresql package)" >&2; exit 1; }
dir=$(mktemp -d /tmp/s113-pg.XXXXXX)
chmod 755 "$dir"
run=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  run=(runuser -u postgres --)
fi
"${run[@]}" "$bin/initdb" -D "$dir/data" -U s113 --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
for attempt in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 20000))
  if "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -w -t 30 -l "$dir/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null; then
    echo "$dir" >"$state/pg.dir"
    echo "postgresql://s113@127.0.0.1:$port/postgres" >"$state/pg.url"
    echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
    exit 0
  fi
done
cat "$dir/server.log" >&2
exit 1
