#include "support/Screenshot.h"
#include "support/TestSupport.h"

#include "commands/ImportScheduleCommand.h"
#include "dialogs/ScheduleImportPreviewDialog.h"
#include "document/EventDocument.h"
#include "io/ScheduleFiles.h"
#include "io/ScheduleImporter.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/SessionRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QTreeWidget>
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
    auto done = ScheduleImporter::run(document.store(), schedule.value(), {});
    REQUIRE(done.ok());
    document.undoStack()->push(new ImportScheduleCommand(&document, schedule.value(), {}, done.value()));
    // Pushing does not import a second time.
    CHECK(document.store().sessions().count().value() == 4);
    CHECK(document.undoStack()->undoText().contains(QLatin1String("Open Science Day 2025")));

    document.undoStack()->undo();
    CHECK(document.store().sessions().count().value() == 0);
    CHECK(ScheduleImporter::isEmpty(document.store()).value());
    CHECK(document.store().event().load().value().name == QStringLiteral("Empty event"));

    document.undoStack()->redo();
    CHECK(document.store().sessions().count().value() == 4);
    CHECK(document.store().event().load().value().name == QStringLiteral("Open Science Day 2025"));
    document.undoStack()->undo();
    CHECK(document.store().sessions().count().value() == 0);
}

TEST_CASE("A merge that removes sessions missing from the file is undone and redone as one step")
{
    test::TempDir dir;
    auto created = EventFile::create(dir.path(QStringLiteral("e.podium")), Event());
    REQUIRE(created.ok());
    EventDocument document(std::move(created).value());
    auto schedule = ScheduleFiles::read(test::fixture(QStringLiteral("schedule/small-conference.xml")));
    REQUIRE(schedule.ok());
    REQUIRE(ScheduleImporter::run(document.store(), schedule.value(), {}).ok());

    ScheduleDocument updated = schedule.value();
    const QString removedGuid = updated.sessions.takeLast().guid;
    updated.sessions.first().title = QStringLiteral("Renamed");
    auto plan = ScheduleMergePlan::compute(document.store(), updated);
    REQUIRE(plan.ok());
    ScheduleImportPreviewDialog preview(plan.value(), QStringLiteral("updated.xml"), QStringLiteral("e.podium"));
    auto *remove = preview.findChild<QCheckBox *>();
    REQUIRE(remove);
    CHECK(remove->isEnabled());
    CHECK_FALSE(preview.removeMissing());
    auto *tree = preview.findChild<QTreeWidget *>();
    REQUIRE(tree);
    QStringList groups;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        groups << tree->topLevelItem(i)->text(0);
    CHECK(groups == QStringList{QStringLiteral("Changed (1)"), QStringLiteral("Not in the file (1)"),
                                QStringLiteral("Unchanged (2)")});
    CHECK(tree->topLevelItem(0)->child(0)->text(0) == QStringLiteral("Renamed"));
    CHECK(tree->topLevelItem(0)->child(0)->text(1) == QStringLiteral("title"));
    REQUIRE(tree->topLevelItem(0)->child(0)->childCount() == 1);
    CHECK(tree->topLevelItem(0)->child(0)->child(0)->text(1).endsWith(QStringLiteral("→ “Renamed”")));
    tree->topLevelItem(0)->child(0)->setExpanded(true);
    remove->click();
    CHECK(preview.removeMissing());
    tree->topLevelItem(2)->setExpanded(true);
    test::screenshot(&preview, QStringLiteral("schedule-import-preview"));

    ScheduleImporter::Options options;
    options.merge = true;
    options.removeMissing = preview.removeMissing();
    auto done = ScheduleImporter::run(document.store(), updated, options);
    REQUIRE(done.ok());
    document.undoStack()->push(new ImportScheduleCommand(&document, updated, options, done.value()));
    CHECK(document.store().sessions().count().value() == 3);
    CHECK(document.undoStack()->count() == 1);

    document.undoStack()->undo();
    CHECK(document.store().sessions().count().value() == 4);
    const Session back = document.store().sessions().byGuid(removedGuid).value();
    CHECK(document.store().sessions().roles(back.id).value().size() == 1);
    CHECK(document.store().sessions().byGuid(updated.sessions.first().guid).value().title != QStringLiteral("Renamed"));

    document.undoStack()->redo();
    CHECK(document.store().sessions().count().value() == 3);
    CHECK_FALSE(document.store().sessions().byGuid(removedGuid).ok());
    CHECK(document.store().sessions().byGuid(updated.sessions.first().guid).value().title == QStringLiteral("Renamed"));
}

TEST_CASE("The import preview of a CSV schedule shows how its columns were read")
{
    test::TempDir dir;
    auto created = EventFile::create(dir.path(QStringLiteral("e.podium")), Event());
    REQUIRE(created.ok());
    auto schedule = ScheduleFiles::read(test::fixture(QStringLiteral("schedule/pentabarf-2011.csv")));
    REQUIRE(schedule.ok());
    auto plan = ScheduleMergePlan::compute(*created.value(), schedule.value());
    REQUIRE(plan.ok());
    ScheduleImportPreviewDialog preview(plan.value(), QStringLiteral("pentabarf-2011.csv"), QStringLiteral("e.podium"),
                                        schedule->notes);
    QStringList texts;
    for (const QLabel *label : preview.findChildren<QLabel *>())
        texts << label->text();
    CHECK(texts.join(QLatin1Char('\n')).contains(QStringLiteral("Speakers → speakers")));
    CHECK(texts.join(QLatin1Char('\n')).contains(QStringLiteral("Sessions: 5 added, 0 changed, 0 unchanged.")));
    // Nothing can be missing from an empty event: no box to remove anything.
    CHECK_FALSE(preview.findChild<QCheckBox *>()->isVisibleTo(&preview));
    test::screenshot(&preview, QStringLiteral("schedule-import-preview-csv"));
}
