#!/bin/sh
# Saves pictures of the desktop application into docs/screenshots/: the main
# window on the sample register, the post form, the post form refusing a
# functional split, the decision wizard (BN-001), the recharge view
# (2013/14), the register report previewed for printing (Reports menu), the
# forum pack's preview at its first chart, a placement's form, the decisions
# list, the audit log and Needs attention.
# Usage: tests/gui/screenshots.sh [BUILD_DIR] (default build-ui).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-ui}
out=$root/docs/screenshots
mkdir -p "$out"
GDK_BACKEND=x11 xvfb-run -a -s "-screen 0 1280x1024x24" "$build/tests/gui/test_gui" --screenshots "$out"
