#!/usr/bin/env bash
# What the fuzz targets need beyond .ci/install-deps.sh (CI does not fuzz):
# Debian's clang and the libFuzzer/sanitizer runtimes.
set -euo pipefail
sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
"${sudo[@]}" apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >/dev/null
