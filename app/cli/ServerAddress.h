#pragma once

#include "storage/StoreLocation.h"

#include <QString>

// What the server commands (server init/list, publish, pull) say about an
// argument that must be a server address: empty when it is one.
struct ServerAddress
{
    enum class Event { Optional, Required };
    static QString problem(const QString &command, const StoreLocation &location, Event event)
    {
        if (!location.isServer())
            return QStringLiteral("podium-cli %1: “%2” is not a server address: write postgresql://USER@HOST/DATABASE%3.")
                .arg(command, location.path(),
                     event == Event::Required ? QStringLiteral("?event=NAME") : QString());
        if (event == Event::Required && location.event().isEmpty())
            return QStringLiteral("podium-cli %1: name the event on the server: %2?event=NAME.")
                .arg(command, location.serverOnly());
        return {};
    }
};
