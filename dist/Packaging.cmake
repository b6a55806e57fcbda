# `cpack` in the build folder (or `./build.sh package`) makes
# podium_VERSION_amd64.deb from what `cmake --install` puts under /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME podium)
set(CPACK_PACKAGE_VENDOR "The Podium developers")
set(CPACK_PACKAGE_CONTACT "${PODIUM_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline conference organiser")
set(CPACK_PACKAGE_DESCRIPTION
  "Podium plans scientific and industry events, from a one-day networking event
to a congress with a thousand talks, offline on a laptop: the programme with
rooms, tracks and speakers, participants and their registrations, badges with
QR codes, room signs, sign-in sheets and certificates as PDF, check-in at the
door, lists to and from spreadsheets, and the programme as frab/pretalx XML or
JSON and iCalendar. An event is one SQLite file (*.podium), saved at every
edit. podium-cli does every job from the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PODIUM_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Qt plugins the programs load at run time, which dpkg-shlibdeps cannot see:
# the SQLite driver (every event file), the PostgreSQL driver (events on a server) and SVG icons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6")
# Qt's own dialogs in French and German; completion of podium-cli's commands.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, bash-completion")
include(CPack)
