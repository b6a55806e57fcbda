#pragma once

#include <QString>

// Who is making changes in this process, as the history records them: a
// name ("alice") and, at a registration desk, the desk's name ("Desk 2").
// The GUI sets it from Preferences, podium-cli from --as/--desk or the same
// settings; a process that sets nothing is its login name.
struct ChangeAuthor
{
    QString name;
    QString desk;

    // The settings the GUI's Preferences write (also read by podium-cli).
    static QString nameKey() { return QStringLiteral("team/name"); }
    static QString deskKey() { return QStringLiteral("team/desk"); }

    static ChangeAuthor current();
    static void setCurrent(const ChangeAuthor &author);
    // Settings first, then the login name.
    static ChangeAuthor fromSettings();
    static QString loginName();
};
