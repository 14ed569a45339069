#!/usr/bin/env bash
# Draws the application icon as PNGs (hicolor/NxN/s113reg.png) with
# ImageMagick, with the shapes of s113reg.svg. Run it again after changing
# the SVG; the PNGs are committed, so a build needs no ImageMagick.
set -euo pipefail
cd "$(dirname "$0")"
convert=/usr/bin/convert  # Debian's ImageMagick (another convert may come first on PATH)
big=$(mktemp --suffix=.png)
trap 'rm -f "$big"' EXIT
"$convert" -size 256x256 xc:none \
  -fill '#005EB8' -draw 'roundrectangle 8,8 247,247 40,40' \
  -fill 'rgba(255,255,255,0.85)' -draw 'circle 100,128 100,64' \
  -fill 'rgba(255,184,28,0.85)' -draw 'circle 156,128 156,64' \
  -fill '#FFFFFF' -draw 'roundrectangle 116,84 139,171 6,6' \
  "$big"
for size in 16 24 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}"
  "$convert" "$big" -resize "${size}x${size}" -strip "PNG32:hicolor/${size}x${size}/s113reg.png"
done
