#include "support/TestSupport.h"

#include "commands/ImportScheduleCommand.h"
#include "document/EventDocument.h"
#include "io/ScheduleFiles.h"
#include "io/ScheduleImporter.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/SessionRepository.h"

#include <QUndoStack>

TEST_CASE("Importing a schedule in the GUI can be undone and redone")
{
    test::TempDir dir;
    Event original;
    original.name = QStringLiteral("Empty event");
    auto created = EventFile::create(dir.path(QStringLiteral("e.podium")), original);
    REQUIRE(created.ok());
    EventDocument document(std::move(created).value());
    auto schedule = ScheduleFiles::read(test::fixture(QStringLiteral("schedule/small-conference.xml")));
    REQUIRE(schedule.ok());
    auto done = ScheduleImporter::run(document.file(), schedule.value(), {});
    REQUIRE(done.ok());
    document.undoStack()->push(new ImportScheduleCommand(&document, schedule.value(), false, done.value()));
    // Pushing does not import a second time.
    CHECK(document.file().sessions().count().value() == 4);
    CHECK(document.undoStack()->undoText().contains(QLatin1String("Open Science Day 2025")));

    document.undoStack()->undo();
    CHECK(document.file().sessions().count().value() == 0);
    CHECK(ScheduleImporter::isEmpty(document.file()).value());
    CHECK(document.file().event().load().value().name == QStringLiteral("Empty event"));

    document.undoStack()->redo();
    CHECK(document.file().sessions().count().value() == 4);
    CHECK(document.file().event().load().value().name == QStringLiteral("Open Science Day 2025"));
    document.undoStack()->undo();
    CHECK(document.file().sessions().count().value() == 0);
}
