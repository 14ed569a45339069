#!/usr/bin/env bash
# Regenerates po/s113reg.pot, the catalogue of the desktop application's
# words: every _("...") and wxTRANSLATE("...") in src/ui and every label of
# forms/*.xrc (extracted by wxrc -g); then merges it into each po/*.po.
# Run it after changing what the screens say, and commit the result.
# `update-pot.sh --check` changes nothing: it fails, naming the difference,
# when po/s113reg.pot is not what the sources give (ctest po.uptodate).
# WXRC names the wxrc program when it is not on the PATH.
set -euo pipefail
check=${1:-}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd forms && "${WXRC:-wxrc}" -g ./*.xrc -o "$tmp/forms.cpp")
{ find src/ui -name '*.cpp' | sort; echo "$tmp/forms.cpp"; } >"$tmp/files"
xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=wxTRANSLATE \
  --keyword=wxPLURAL:1,2 --keyword=wxGETTEXT_IN_CONTEXT:1c,2 --no-location --sort-output \
  --package-name=s113reg --msgid-bugs-address="" --files-from="$tmp/files" -o "$tmp/s113reg.pot"
# No creation date: the file changes only when the words do.
grep -v '^"POT-Creation-Date:' "$tmp/s113reg.pot" >"$tmp/new.pot"
if [ "$check" = --check ]; then
  if ! diff -u po/s113reg.pot "$tmp/new.pot"; then
    echo "po/s113reg.pot is out of date: run po/update-pot.sh and commit the result" >&2
    exit 1
  fi
  exit 0
fi
cp "$tmp/new.pot" po/s113reg.pot
for po in po/*.po; do
  msgmerge --quiet --update --backup=none --no-location --sort-output "$po" po/s113reg.pot
done
