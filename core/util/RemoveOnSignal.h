#pragma once

#include <QString>

// Files that must not outlive the process when it is ended by SIGTERM,
// SIGINT or SIGHUP (logout, Ctrl+C, `kill`): the "open in Podium" lock, the
// half-written `.part` of a generate. SIGKILL cannot be caught: what it
// leaves is cleaned up by the next run instead.
class RemoveOnSignal
{
public:
    // Installs the handlers (main() of podium and podium-cli calls it once).
    static void install();
    static void add(const QString &path);
    static void remove(const QString &path);
};
