#!/usr/bin/env bash
# Podium's set-up in one step, on Debian 12 (as root, or with sudo):
#   ./build.sh run    install what is missing, build, open the demo event in the GUI
#   ./build.sh test   install what is missing, build, run the whole test suite, then the
#                     sanitizer stage (ASan+UBSan build with clang in build-asan: the core,
#                     io, cli, fuzz and hardening suites and 5 s of each fuzzer)
#   ./build.sh build  install what is missing and build only
#   ./build.sh package  build podium_VERSION_ARCH.deb here (in build-package, with
#                     Debian's hardening flags), then check it with lintian
# Options through the environment: BUILD_DIR (default build), PODIUM_SANITIZE=ON,
# ASAN_BUILD_DIR (default build-asan), PODIUM_SANITIZERS=reduced (default: without the
# tests that drive widgets), full (with them) or 0 (no sanitizer stage). See docs/TESTING.md.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-2}

# Debian packages: to build and run, then what the tests use to read back what Podium writes.
# fonts-noto-cjk: printed names in Chinese, Japanese and Korean, with a real bold face
# (DejaVu has no CJK letters; without it badges print empty boxes).
# fonts-symbola: symbols and emoji in titles as outlines that PDFs embed and every viewer draws
# (fonts-noto-color-emoji is a colour bitmap font: Qt embeds it in PDFs but nothing is drawn).
# libpq-dev, libqt6sql6-psql: events on a PostgreSQL server (team mode); qtkeychain-qt6-dev keeps
# its password in the desktop's keyring. Tests only: postgresql for the throwaway cluster
# tests/pg/pg-cluster.sh starts (users need no server package); dbus, gnome-keyring and
# libsecret-tools for a private keyring (tests/support/with-keyring.sh).
# libical-dev: reading iCalendar free/busy (availability imports).
# coinor-libcbc-dev: COIN-OR CBC, the solver that arranges sessions (core/arrange); coinor-cbc
# (tests, benchmark only): its command-line solver, to check our optimum on the same LP file.
BUILD_PACKAGES=(cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libgl-dev catch2 libqrencode-dev libxlsxwriter-dev libsqlite3-dev fonts-dejavu-core
  libqt6svg6 qt6-svg-dev librsvg2-bin help2man python3 fonts-noto-cjk fonts-symbola
  libpq-dev libqt6sql6-psql qtkeychain-qt6-dev libical-dev coinor-libcbc-dev)
TEST_PACKAGES=(zxing-cpp-tools poppler-utils libxml2-utils sqlite3 unzip xvfb xauth python3-reportlab python3-jsonschema clang libclang-rt-14-dev
  desktop-file-utils appstream man-db shared-mime-info xdg-utils libfile-mimeinfo-perl bash-completion
  chromium chromium-driver postgresql coinor-cbc dbus gnome-keyring libsecret-tools)
# To make and check the Debian package (CPack's DEB generator, dpkg-shlibdeps).
PACKAGE_PACKAGES=(dpkg-dev file lintian)

usage() {
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Please run as root or install sudo: missing ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPODIUM_SANITIZE="${PODIUM_SANITIZE:-OFF}"
  cmake --build "$BUILD_DIR" -j"$JOBS"
}

# The Debian package, built as Debian builds its own: with dpkg-buildflags'
# hardening (fortified functions, stack protector, full RELRO), without the tests.
package() {
  local dir=${PACKAGE_BUILD_DIR:-build-package} arch
  export DEB_BUILD_MAINT_OPTIONS=hardening=+all
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" \
    -DPODIUM_BUILD_TESTS=OFF -DPODIUM_BUILD_BENCH=OFF
  cmake --build "$dir" -j"$JOBS"
  rm -f "$dir"/podium_*.deb
  (cd "$dir" && cpack -G DEB)
  arch=$(dpkg --print-architecture)
  cp "$dir"/podium_*_"$arch".deb .
  lintian --fail-on error podium_*_"$arch".deb
  echo "Built $(ls podium_*_"$arch".deb): install it with  apt install ./$(ls podium_*_"$arch".deb)"
}

# Sanitizer reports exit with 86, never mistaken for podium-cli's own exit codes;
# the suppressions cover leaks inside Qt and fontconfig only (each explained there).
sanitizer_environment() {
  export ASAN_OPTIONS="exitcode=86:detect_leaks=1:strict_string_checks=1:check_initialization_order=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=86"
  export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
}

# AddressSanitizer + UndefinedBehaviorSanitizer build with clang (which also
# builds the libFuzzer targets), then the suites labelled "sanitize" and a
# few seconds of each fuzzer. -O1 with line tables only: what ASan recommends,
# and much quicker to compile than -O2 -g. The reduced stage (CI's) leaves out
# the tests that drive widgets, so podium_ui is not built a second time.
sanitizer_stage() {
  local dir=${ASAN_BUILD_DIR:-build-asan} started=$SECONDS ui=OFF
  [ "$1" = full ] && ui=ON
  CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DPODIUM_SANITIZE=ON -DPODIUM_SANITIZER_UI=$ui -DPODIUM_BUILD_BENCH=OFF
  cmake --build "$dir" -j"$JOBS" --target sanitizer-suite
  sanitizer_environment
  QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" -L sanitize --output-on-failure -j"$JOBS"
  echo "Sanitizer stage: $((SECONDS - started)) s"
}

case "${1:-}" in
  run)
    install_packages "${BUILD_PACKAGES[@]}"
    configure_and_build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "Built. There is no display here, so the GUI cannot open."
      echo "Use the command-line tool instead, for example:"
      echo "  $BUILD_DIR/app/podium-cli demo demo.podium && $BUILD_DIR/app/podium-cli info demo.podium"
      echo "or start the GUI on a virtual display: xvfb-run $BUILD_DIR/app/podium --demo"
      exit 0
    fi
    exec "$BUILD_DIR/app/podium" --demo
    ;;
  test)
    install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure_and_build
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$JOBS"
    case "${PODIUM_SANITIZERS:-reduced}" in
      0|off|no) echo "Sanitizer stage not run (PODIUM_SANITIZERS=${PODIUM_SANITIZERS})." ;;
      full) sanitizer_stage full ;;
      *) sanitizer_stage reduced ;;
    esac
    ;;
  build)
    install_packages "${BUILD_PACKAGES[@]}"
    configure_and_build
    ;;
  package)
    install_packages "${BUILD_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}"
    package
    ;;
  *) usage ;;
esac
