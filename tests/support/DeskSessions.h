#pragma once

#include "checkin/DeskSession.h"
#include "storage/EventFile.h"

#include <memory>

// A door desk on an event file whose "network" a test pulls: while *reachable
// is false, opening the event fails as a server that cannot be reached does.
namespace test {

inline std::unique_ptr<DeskSession> fileDeskSession(const QString &path, const QString &stateDir, const QString &desk,
                                                    const bool *reachable)
{
    return std::make_unique<DeskSession>(
        [path, reachable]() -> Result<std::unique_ptr<EventStore>> {
            if (!*reachable)
                return Result<std::unique_ptr<EventStore>>::failure(QStringLiteral("The server cannot be reached."));
            auto opened = EventFile::open(path);
            if (!opened)
                return Result<std::unique_ptr<EventStore>>::failure(opened.error());
            return std::unique_ptr<EventStore>(std::move(opened).value());
        },
        stateDir, desk);
}

} // namespace test
