#!/usr/bin/env bash
# Builds the fuzz targets with clang in build-fuzz/ and runs each for a while,
# one at a time, at low priority, seeded from the sample register's export.
#   bash tests/fuzz/run.sh [SECONDS_PER_TARGET]   (default 200)
# Needs clang and libclang-rt-14-dev (tests/fuzz/install-deps.sh) and the
# normal build's s113reg-cli (bash .ci/build.sh) to export the sample.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-200}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DS113_FUZZ=ON \
  -DS113_BUILD_GUI=OFF -DBUILD_TESTING=OFF >/dev/null
nice -n 19 cmake --build build-fuzz -j 2 --target fuzz_csv fuzz_import fuzz_parsers
seeds=build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds"/{csv,import,parsers}
build/src/cli/s113reg-cli demo "$seeds/sample.s113" >/dev/null
build/src/cli/s113reg-cli export "$seeds/sample.s113" "$seeds/export" >/dev/null
for file in "$seeds"/export/*.csv; do
  name=$(basename "$file")
  cp "$file" "$seeds/csv/$name"
  { echo "$name"; cat "$file"; } > "$seeds/import/$name"
done
i=0
# One seed per parser, in the order of fuzz_parsers.cpp's first byte.
for value in "1234.56" "33.33" "0.6" "BNES:60;BCCG:40" "2013-04-01" "2013/14" \
    "postgresql://s113@127.0.0.1:5432/register?sslmode=require" "a=b \"c.s113" '{"a":[1,{"b":null}]}' "=SUM(A1)"; do
  printf "\\x$(printf %02x $i)%s" "$value" > "$seeds/parsers/seed-$i"
  i=$((i + 1))
done
for target in parsers csv import; do
  mkdir -p "build-fuzz/corpus/$target"
  nice -n 19 "build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=30 \
    -rss_limit_mb=2048 -print_final_stats=1 "build-fuzz/corpus/$target" "$seeds/$target"
done
