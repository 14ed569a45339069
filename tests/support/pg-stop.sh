#!/usr/bin/env bash
# Stops the server pg-start.sh started and removes its cluster.
set -uo pipefail
state=${1:?usage: pg-stop.sh STATE_DIR}
[ -f "$state/pg.dir" ] || exit 0
dir=$(cat "$state/pg.dir")
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
run=()
[ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
rm -rf "$dir" "$state/pg.dir" "$state/pg.url"
exit 0
