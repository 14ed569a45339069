#!/usr/bin/env bash
# Installs the Debian 12 packages S113 Register needs to build, test and run,
# skipping the apt calls entirely when everything is already there.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libwxgtk3.2-dev libsoci-dev libsqlite3-dev libpq-dev libboost-date-time-dev
  catch2 libcli11-dev nlohmann-json3-dev libxlsxwriter-dev libhpdf-dev libkainjow-mustache-dev
  postgresql xvfb xauth imagemagick poppler-utils
  unzip  # the report tests read the sheets of the XLSX files they write
  appstream gettext
  time  # the benchmark's peak memory (GNU time)
  libssl-dev  # SHA-256 (OpenSSL libcrypto) for the audit log's hash chain
  sqlite3  # the tamper tests edit a register with the sqlite3 program, as anyone holding the file could
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
