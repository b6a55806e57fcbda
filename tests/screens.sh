#!/bin/sh
# Every page and dialog of Podium on the demo event (and the programme of a
# 40-room event), offscreen, as PNG files to look at after a change:
#   tests/screens.sh [OUT-DIR]          (default: build/screens)
# OUT-DIR/contact-sheet.png shows them all at once when ImageMagick is there.
set -e
cd "$(dirname "$0")/.."
mkdir -p "${1:-build/screens}"
out=$(cd "${1:-build/screens}" && pwd)
rm -f "$out"/*.png
cmake --build build -j2 --target ScreensTest
PODIUM_SCREENSHOTS="$out" QT_QPA_PLATFORM=offscreen build/tests/ScreensTest
if command -v montage >/dev/null; then
  montage "$out"/[0-9]*.png -geometry 480x300+4+4 -tile 5x -label '%t' "$out/contact-sheet.png"
fi
ls "$out"
