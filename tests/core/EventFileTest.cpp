#include "support/TestSupport.h"

#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"

TEST_CASE("A new event file keeps the event's facts")
{
    test::TempDir dir;
    Event e;
    e.name = QStringLiteral("Pharma meets Academia");
    e.timeZoneId = "Europe/Luxembourg";
    e.firstDay = QDate(2018, 12, 14);
    e.lastDay = e.firstDay;
    {
        auto file = EventFile::create(dir.path(QStringLiteral("a.podium")), e);
        REQUIRE(file.ok());
    }
    auto file = EventFile::open(dir.path(QStringLiteral("a.podium")));
    REQUIRE(file.ok());
    auto loaded = file.value()->event().load();
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == e);
}
