#pragma once

#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include "generate/DemoEvent.h"
#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "storage/EventFile.h"

// Event files for tests: the demo event, or generated test data.
namespace test {

inline QString createDemoEvent(const TempDir &dir, const QString &name = QStringLiteral("demo.podium"))
{
    const QString path = dir.path(name);
    auto file = EventFile::create(path, Event());
    REQUIRE(file.ok());
    REQUIRE(DemoEvent::fill(*file.value()).ok());
    return path;
}

inline QString createGeneratedEvent(const TempDir &dir, int participants,
                                    const QString &name = QStringLiteral("generated.podium"))
{
    const QString path = dir.path(name);
    auto file = EventFile::create(path, Event());
    REQUIRE(file.ok());
    EventGenerator::Options options;
    options.participants = participants;
    REQUIRE(EventGenerator::fill(*file.value(), options).ok());
    return path;
}

// The same events where the test cases run (see StoreUnderTest.h): a file, or, with
// --store server, published on the test server. Give the location to podium-cli and to
// openTestEvent(); tests tagged [stores] use these and so run on both stores.
inline QString placeDemoEvent(const TempDir &dir, const QString &hint = QStringLiteral("demo"))
{
    return placeEvent(createDemoEvent(dir), hint);
}

inline QString placeGeneratedEvent(const TempDir &dir, int participants,
                                   const QString &hint = QStringLiteral("generated"))
{
    return placeEvent(createGeneratedEvent(dir, participants), hint);
}

} // namespace test
