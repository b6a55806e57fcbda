#pragma once

// Helpers shared by the participant import tests (header-only: each *Test.cpp
// is its own executable).

#include "support/TestSupport.h"

#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/ParticipantTableQuery.h"

namespace test {

// A new event in Europe/Luxembourg, empty or filled with the demo event.
inline QString makeEvent(const TempDir &dir, bool demo, const QString &name = QStringLiteral("event.podium"))
{
    const QString path = dir.path(name);
    Event e;
    e.name = QStringLiteral("Pharma meets Academia");
    e.timeZoneId = "Europe/Luxembourg";
    auto file = EventFile::create(path, e);
    REQUIRE(file.ok());
    if (demo)
        REQUIRE(DemoEvent::fill(*file.value()).ok());
    return path;
}

// Every participant of the event, by e-mail address.
inline QList<ParticipantRow> rowsByEmail(const QString &path)
{
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    ParticipantSort sort;
    sort.field = ParticipantField::Email;
    auto page = ParticipantTableQuery(*file.value(), {}, sort).page({}, 1000);
    REQUIRE(page.ok());
    return page->rows;
}

inline qint64 participantCount(const QString &path)
{
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    return file.value()->participants().count().value();
}

} // namespace test
