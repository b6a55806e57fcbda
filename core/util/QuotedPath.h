#pragma once

#include <QDir>
#include <QString>

// A file's path as messages show it: “/home/anna/IMI 2018.podium”.
inline QString quotedPath(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}
