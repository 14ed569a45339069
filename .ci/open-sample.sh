#!/usr/bin/env bash
# The run command (README): install what is missing, build, create the
# sample register (sample.s113) and open the app on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps.sh
bash .ci/build.sh
if [ ! -f sample.s113 ]; then
  ./build/src/cli/s113reg-cli demo sample.s113
fi
exec ./build/src/ui/s113reg sample.s113
