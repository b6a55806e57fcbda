#pragma once

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

} // namespace test
