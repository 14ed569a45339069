#!/usr/bin/env bash
# The national-scale benchmark: for each size, generates a register
# (gen_register), then on each backend times the product's commands beside
# their plain-SQL floors (bench_floor) and prints every figure with its floor,
# the ratio, the target and the peak memory.
#
#   tests/perf/bench.sh [--build DIR] [--sizes 25000[,100000,...]] [--postgres URL|start] [--no-sqlite]
#                       [--only forum] [--no-forum-above N]
#
# --only forum times the import (it makes the register) and the forum pack only.
#
# --no-forum-above N leaves out the forum pack for sizes above N posts (to
# keep a large size within a shared machine's memory).
# --postgres start runs a throw-away server (tests/support/pg-start.sh) and
# stops it at the end; a URL names a database whose tables the run drops.
# Needs GNU time (/usr/bin/time, Debian package "time") for the peak memory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=build sizes=25000 postgres="" sqlite=1 only="" forumlimit=""
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --postgres) postgres=$2; shift 2 ;;
    --no-sqlite) sqlite=0; shift ;;
    --only) only=$2; shift 2 ;;
    --no-forum-above) forumlimit=$2; shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--sizes N,N] [--postgres URL|start] [--no-sqlite] [--only forum] [--no-forum-above N]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
cli=$build/src/cli/s113reg-cli perf=$build/tests/perf
for tool in "$cli" "$perf/gen_register" "$perf/bench_floor" "$perf/bench_list"; do
  [ -x "$tool" ] || { echo "missing $tool: cmake --build $build --target bench s113reg-cli" >&2; exit 1; }
done
work=$(mktemp -d /tmp/s113-bench.XXXXXX)
state=$work/pg
cleanup() {
  [ -f "$state/pg.dir" ] && bash "$here/../support/pg-stop.sh" "$state" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
if [ "$postgres" = start ]; then
  bash "$here/../support/pg-start.sh" "$state" >/dev/null
  postgres=$(cat "$state/pg.url")
fi
year=2016/17

# measure NAME CMD...: runs CMD, keeps its wall seconds in SECS and peak MiB in MIB.
measure() {
  local name=$1; shift
  if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
    echo "$name failed:" >&2; tail -5 "$work/$name.err" >&2; exit 1
  fi
  read -r SECS KIB <"$work/time"
  MIB=$((KIB / 1024))
}
floor_of() { awk -v k="$1" '$1 == k {print $2}' "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }
num() { awk -v x="$1" 'BEGIN { if (x == "-" || x == "") print "-"; else printf "%.3g", x }'; }
row() {  # figure, seconds, floor (or -), target, MiB
  printf "%-40s %9s %9s %7s  %-18s %5s\n" "$1" "$(num "$2")" "$(num "$3")" "$(ratio "$2" "${3/-/0}")" "$4" "$5"
}

run_backend() {
  local n=$1 backend=$2 target=$3 data=$4 floortarget=$5
  echo
  echo "== $n posts on $backend"
  "$perf/bench_floor" import "$floortarget" "$data/base" "$data/later" >"$work/floor-import" 2>"$work/floor-import.err" ||
    { cat "$work/floor-import.err" >&2; exit 1; }
  local records; records=$(grep -o '^[0-9]* records, [0-9]* audit rows' "$work/floor-import.err")
  "$perf/bench_floor" reset "$target" >/dev/null
  printf "%-40s %9s %9s %7s  %-18s %5s\n" figure seconds floor ratio target MiB
  measure import-base "$cli" import "$target" "$data/base"
  local s1=$SECS m1=$MIB
  measure import-later "$cli" import "$target" "$data/later"
  local import; import=$(awk -v a="$s1" -v b="$SECS" 'BEGIN {print a + b}')
  local mem=$((m1 > MIB ? m1 : MIB))
  if [ "$backend" = PostgreSQL ]; then
    row "import ($records)" "$import" "$(floor_of import-copy "$work/floor-import")" "<= 3x COPY" "$mem"
    row "  against prepared inserts" "$import" "$(floor_of import-prepared "$work/floor-import")" "" ""
  else
    row "import ($records)" "$import" "$(floor_of import-prepared "$work/floor-import")" "<= 2x prepared" "$mem"
    printf "%-40s %9s %9s\n" "register file, MiB (floor's file)" "$(($(stat -c %s "$target") / 1048576))" \
      "$(($(stat -c %s "$floortarget") / 1048576))"
  fi
  if [ "$only" = forum ]; then
    measure forum "$cli" report "$target" forum-pack --out "$work/pack.html"
    row "forum pack" "$SECS" - "< 2 s, < 200 MB" "$MIB"
    return
  fi
  "$perf/bench_floor" schedule "$target" "$year" >"$work/floor-schedule" 2>/dev/null
  measure schedule "$cli" recharges "$target" --year "$year" --by pair
  row "recharges $year by pair" "$SECS" "$(floor_of schedule "$work/floor-schedule")" "<= 2x" "$MIB"
  measure decide "$cli" decide "$target" --all
  local posts; posts=$(wc -l <"$work/decide.out")
  row "decide --all ($(awk -v p="$posts" -v s="$SECS" 'BEGIN {printf "%d/s", p / (s > 0 ? s : 1)}'))" "$SECS" - ">= 10,000 posts/s" "$MIB"
  measure check "$cli" check "$target"
  row "check" "$SECS" - "< 10 s" "$MIB"
  measure export "$cli" export "$target" "$work/export"
  row "export" "$SECS" - "" "$MIB"
  if [ -n "$forumlimit" ] && [ "$n" -gt "$forumlimit" ]; then
    row "forum pack (left out: --no-forum-above)" - - "< 2 s, < 200 MB" ""
  else
    measure forum "$cli" report "$target" forum-pack --out "$work/pack.html"
    row "forum pack" "$SECS" - "< 2 s, < 200 MB" "$MIB"
  fi
  "$perf/bench_floor" list "$target" >"$work/floor-list" 2>/dev/null
  measure list "$perf/bench_list" --register "$target"
  local first whole filter sort save
  first=$(awk '/^list first screen/ {print $4}' "$work/list.out")
  whole=$(awk '/^read the whole list/ {print $5}' "$work/list.out")
  filter=$(awk '/^filter, per keystroke/ {printf "%g", $4 / 1000}' "$work/list.out")
  sort=$(awk '/^sort by text/ {print $4}' "$work/list.out")
  save=$(awk '/^save one post/ {printf "%g", $4 / 1000}' "$work/list.out")
  # The window reads its first page, then the rest while idle: the floor
  # (one SELECT of every row's columns) compares with the whole read.
  row "list: first screen" "$first" - "< 0.5 s" "$MIB"
  row "list: every row read (while idle)" "$whole" "$(floor_of list "$work/floor-list")" "" ""
  row "list: filter keystroke" "$filter" - "< 0.1 s" ""
  row "list: sort by text" "$sort" - "< 0.3 s" ""
  row "save one post (services)" "$save" - "< 0.05 s" ""
}

for n in ${sizes//,/ }; do
  data=$work/data-$n
  "$perf/gen_register" "$n" "$data" >/dev/null
  [ "$sqlite" = 1 ] && run_backend "$n" SQLite "$work/register-$n.s113" "$data" "$work/floor-$n.s113"
  [ -n "$postgres" ] && run_backend "$n" PostgreSQL "$postgres" "$data" "$postgres"
  rm -rf "$data" "$work"/register-* "$work"/floor-* "$work/export"
done
