#!/bin/sh
# with-keyring.sh COMMAND [ARG...]: runs COMMAND in a private D-Bus session with a GNOME keyring
# (the Secret Service that QtKeychain talks to) unlocked in a temporary home, so tests of
# remembered passwords use a real keyring and never the user's own. Needs dbus and gnome-keyring
# (build.sh's test packages). Exit 77 when they are missing.
set -eu
command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null || {
  echo "with-keyring: dbus-run-session or gnome-keyring-daemon missing (Debian: dbus, gnome-keyring)" >&2
  exit 77
}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
  XDG_RUNTIME_DIR="$home/run"
# The daemon asks for no password when it creates the login keyring from the one given here.
dbus-run-session -- sh -c '
  printf %s podium-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$@"' with-keyring "$@"
