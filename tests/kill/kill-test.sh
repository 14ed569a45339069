#!/usr/bin/env bash
# The kill test: s113reg-cli is killed with SIGKILL at random points of
# imports (new records), edits (imports changing a record) and backups, on a
# SQLite register. After every kill:
#  - `check` passes (PRAGMA integrity_check and every record validated);
#  - every import is all or nothing (its three posts are all there or none);
#  - every change the program reported committed (exit 0) is there;
#  - every backup under its final name is a whole register that passes check.
# Usage: kill-test.sh S113REG-CLI [KILLS]. KILLS defaults to $S113_KILLS or 20;
# the long run is S113_KILLS=200.
set -u
CLI=$1
KILLS=${2:-${S113_KILLS:-20}}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "kill test FAILED after $kill kills: $*" >&2; exit 1; }

DB=$WORK/reg.s113
"$CLI" demo "$DB" >/dev/null || fail "demo"
"$CLI" export "$DB" "$WORK/base" >/dev/null || fail "export"
HEADER=$(head -1 "$WORK/base/posts.csv")
SAMPLE=$(sed -n 2p "$WORK/base/posts.csv")
EDITED=$(echo "$SAMPLE" | cut -d, -f1)   # the post each edit retitles

# Import folder N: three new posts KN-a, KN-b, KN-c (all or nothing).
new_posts() {
  local dir=$WORK/in/new$1
  mkdir -p "$dir"
  { echo "$HEADER"
    for part in a b c; do echo "$SAMPLE" | sed "s/^[^,]*,[^,]*/K$1-$part,Kill test post $1/"; done
  } >"$dir/posts.csv"
  echo "$dir"
}
# Import folder N: the sample post retitled "Edit N".
edit_post() {
  local dir=$WORK/in/edit$1
  mkdir -p "$dir"
  { echo "$HEADER"; echo "$SAMPLE" | sed "s/^\([^,]*\),[^,]*/\1,Edit $1/"; } >"$dir/posts.csv"
  echo "$dir"
}

# One writer: imports, edits and backups, one after another; logs each one
# the program reported done.
writer() {
  local round=$1 n=0
  while :; do
    n=$((n + 1))
    local id=${round}x$n
    case $((n % 3)) in
      0) "$CLI" import "$DB" "$(new_posts "$id")" >/dev/null 2>&1 && echo "new $id" >>"$WORK/done" ;;
      1) "$CLI" import "$DB" "$(edit_post "$id")" >/dev/null 2>&1 && echo "edit $id" >>"$WORK/done" ;;
      2) "$CLI" backup "$DB" "$WORK/backups/b$id.s113" >/dev/null 2>&1 && echo "backup $id" >>"$WORK/done" ;;
    esac
  done
}

mkdir -p "$WORK/backups"
: >"$WORK/done"
kill=0
backups=0
start=$SECONDS
while [ "$kill" -lt "$KILLS" ]; do
  kill=$((kill + 1))
  setsid bash -c "$(declare -f writer new_posts edit_post); CLI='$CLI' DB='$DB' WORK='$WORK' HEADER='$HEADER' SAMPLE='$SAMPLE' writer $kill" &
  group=$!
  # A random point: 50 to 800 ms in.
  sleep "0.$(printf '%03d' $((50 + RANDOM % 750)))"
  kill -KILL -- "-$group" 2>/dev/null
  wait "$group" 2>/dev/null

  rm -rf "$WORK/now"
  "$CLI" check "$DB" >"$WORK/check.txt" 2>&1 || fail "check refused the register: $(cat "$WORK/check.txt")"
  "$CLI" export "$DB" "$WORK/now" >/dev/null 2>&1 || fail "export"
  posts=$WORK/now/posts.csv
  # All or nothing: each import's posts are there together or not at all.
  for dir in "$WORK"/in/new*; do
    [ -d "$dir" ] || continue
    id=${dir##*/new}
    count=$(grep -c "^K$id-" "$posts")
    [ "$count" = 0 ] || [ "$count" = 3 ] || fail "import $id half there ($count of 3 posts)"
  done
  # Reported committed: there.
  while read -r kind id; do
    case $kind in
      new) [ "$(grep -c "^K$id-" "$posts")" = 3 ] || fail "import $id reported committed but missing" ;;
    esac
  done <"$WORK/done"
  last_edit=$(grep '^edit ' "$WORK/done" | tail -1 | cut -d' ' -f2)
  if [ -n "$last_edit" ]; then
    title=$(grep "^$EDITED," "$posts" | cut -d, -f2)
    # The last reported edit, or one started after it and killed after its commit.
    case $title in "Edit "*) ;; *) fail "edit $last_edit reported committed, title is '$title'" ;; esac
    [ "${title#Edit }" = "$last_edit" ] || grep -q "edit${title#Edit }" <<<"$(ls "$WORK/in")" ||
      fail "title '$title' is from no edit"
  fi
  # Backups: a file under a final name is whole; a reported one is there.
  for b in "$WORK"/backups/*.s113; do
    [ -e "$b" ] || continue
    "$CLI" check "$b" >/dev/null 2>&1 || fail "backup $b under its final name fails check"
  done
  while read -r kind id; do
    [ "$kind" = backup ] && { [ -e "$WORK/backups/b$id.s113" ] || fail "backup $id reported but missing"; }
  done <"$WORK/done"
  backups=$((backups + $(grep -c '^backup ' "$WORK/done")))
  rm -f "$WORK"/backups/*
  grep -v '^backup ' "$WORK/done" >"$WORK/done.kept"; mv "$WORK/done.kept" "$WORK/done"
done
imports=$(grep -c '^new ' "$WORK/done"); edits=$(grep -c '^edit ' "$WORK/done")
[ "$imports" -gt 0 ] && [ "$edits" -gt 0 ] && [ "$backups" -gt 0 ] ||
  fail "too little work got done between kills ($imports imports, $edits edits, $backups backups)"
echo "kill test: $KILLS kills in $((SECONDS - start)) s ($imports imports, $edits edits, $backups backups reported done): no corruption, no partial import, nothing reported committed lost, no partial backup"
