#pragma once

// Helpers shared by the participant import tests (header-only: each *Test.cpp
// is its own executable).

#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/ParticipantTableQuery.h"

namespace test {

// A new event in Europe/Luxembourg, empty or filled with the demo event: a
// file in `dir`, or an event on the test server when the tests run there
// (then `name` is a hint for its name). Gives its location.
inline QString makeEvent(const TempDir &dir, bool demo, const QString &name = QStringLiteral("event.podium"))
{
    Event e;
    e.name = QStringLiteral("Pharma meets Academia");
    e.timeZoneId = "Europe/Luxembourg";
    QString location;
    std::unique_ptr<EventStore> store;
    if (onServer()) {
        store = createTestEvent(dir, e, &location, name);
    } else {
        location = dir.path(name);
        auto file = EventFile::create(location, e);
        REQUIRE(file.ok());
        store = std::move(file).value();
    }
    if (demo)
        REQUIRE(DemoEvent::fill(*store).ok());
    return location;
}

// Every participant of the event, by e-mail address.
inline QList<ParticipantRow> rowsByEmail(const QString &location)
{
    auto store = openTestEvent(location);
    ParticipantSort sort;
    sort.field = ParticipantField::Email;
    auto page = ParticipantTableQuery(*store, {}, sort).page({}, 1000);
    REQUIRE(page.ok());
    return page->rows;
}

inline qint64 participantCount(const QString &location)
{
    return openTestEvent(location)->participants().count().value();
}

} // namespace test
