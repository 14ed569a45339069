#!/usr/bin/env bash
# The package test: builds the .deb with CPack from the build tree (already
# built, so CPack only installs, strips and packs), unpacks it into a scratch
# root with dpkg -x and runs both programs' --version from there; checks the
# desktop entry, icon, AppStream metadata and user guide are in it and
# validates the metadata with appstreamcli when it is installed.
#   install-deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# No compression: the package is unpacked at once, and xz/gzip would be most
# of the test's time.
cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" \
  -D CPACK_DEBIAN_COMPRESSION_TYPE=none >"$scratch/cpack.log" 2>&1 ||
  { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/s113reg_"$version"_*.deb)
echo "built $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Depends

dpkg -x "$deb" "$scratch/root"
root=$scratch/root
cli=$("$root/usr/bin/s113reg-cli" --version)
echo "$cli"
[ "$cli" = "s113reg-cli $version" ]
if [ -x "$root/usr/bin/s113reg" ]; then
  gui=$("$root/usr/bin/s113reg" --version)
  echo "$gui"
  [ "$gui" = "s113reg $version" ]
  for f in usr/share/applications/org.s113.Register.desktop \
           usr/share/metainfo/org.s113.Register.metainfo.xml \
           usr/share/icons/hicolor/48x48/apps/s113reg.png \
           usr/share/icons/hicolor/scalable/apps/s113reg.svg \
           usr/share/s113reg/user-guide/index.html \
           usr/share/s113reg/screenshots/main-window.png \
           usr/share/locale/en_GB/LC_MESSAGES/s113reg.mo; do
    [ -s "$root/$f" ] || { echo "missing from the package: /$f"; exit 1; }
  done
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/org.s113.Register.metainfo.xml"
  fi
fi
echo "installed and ran from $root"
