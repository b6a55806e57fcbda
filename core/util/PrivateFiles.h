#pragma once

// Everything Podium writes holds personal data or points to it (events,
// exports, locks, journals, the recent-files list), so it is owner-only.
class PrivateFiles
{
public:
    // For main(), after the application's name is set: new files and
    // folders are created owner-only (umask 077), the settings file (made
    // 0644 by older versions) becomes 0600, and the lock and half-written
    // files are removed on SIGTERM and SIGINT.
    static void applyToProcess();
};
