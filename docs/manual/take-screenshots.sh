#!/bin/sh
# Retakes the manual's screenshots (docs/manual/images/*.png) from the demo event,
# offscreen, in English. Run from the repository after building ManualTest:
#   cmake --build build --target ManualTest && docs/manual/take-screenshots.sh
set -e
cd "$(dirname "$0")/../.."
PODIUM_MANUAL_SCREENSHOTS="$PWD/docs/manual/images" QT_QPA_PLATFORM=offscreen LANG=en_GB.UTF-8 \
  build/tests/ManualTest "Manual screenshots from the demo event (only with PODIUM_MANUAL_SCREENSHOTS)"
# Smaller files for the resource: 8-bit palettes where ImageMagick is there.
if command -v mogrify >/dev/null; then mogrify -colors 256 docs/manual/images/*.png; fi
