#!/usr/bin/env bash
# Renders the app and tray icons from icon.svg and plain shapes. Needs ImageMagick 6
# (`apt-get install -y imagemagick`); the PNG/ICO outputs are committed, so packaging does not need it.
set -euo pipefail
cd "$(dirname "$0")"
CONVERT=/usr/bin/convert
[ -x "$CONVERT" ] || CONVERT=convert

# App icon: electron-builder turns the 1024 px PNG into .icns (macOS) and uses it for Linux; .ico for Windows.
$CONVERT -background none -density 96 icon.svg -resize 1024x1024 icon.png
$CONVERT -background none icon.png -define icon:auto-resize=256,128,64,48,32,16 icon.ico

# Tray icons: a ring for "no live incident", a filled dot coloured by severity when one is live.
tray() { # name colour filled size
  local name=$1 colour=$2 filled=$3 size=$4 suffix=$5
  local r=$(( size * 3 / 8 )) c=$(( size / 2 )) w=$(( size / 8 ))
  local fill=none
  [ "$filled" = yes ] && fill=$colour
  $CONVERT -size "${size}x${size}" xc:none -stroke "$colour" -strokewidth "$w" -fill "$fill" \
    -draw "circle $c,$c $c,$(( c - r ))" "PNG32:tray/tray-${name}${suffix}.png"
}
for scale in 1 2; do
  size=$(( 16 * scale )); suffix=""; [ "$scale" = 2 ] && suffix="@2x"
  tray idle '#8a93a6' no "$size" "$suffix"
  tray minor '#e0b400' yes "$size" "$suffix"
  tray major '#f07b1d' yes "$size" "$suffix"
  tray critical '#e5383b' yes "$size" "$suffix"
done
echo "icons written to $(pwd)"
