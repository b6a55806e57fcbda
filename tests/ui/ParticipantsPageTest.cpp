#include "support/EventFiles.h"
#include "support/Screenshot.h"

#include "commands/ChangeParticipantsCommand.h"
#include "commands/ImportParticipantsCommand.h"
#include "dialogs/ExportParticipantsDialog.h"
#include "dialogs/ImportParticipantsWizard.h"
#include "document/EventDocument.h"
#include "models/ParticipantTableModel.h"
#include "pages/ParticipantsPage.h"
#include "storage/ParticipantRepository.h"
#include "storage/ParticipantTableQuery.h"
#include "storage/PersonRepository.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {
std::unique_ptr<EventDocument> openDocument(const QString &path)
{
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    return std::make_unique<EventDocument>(std::move(file).value());
}

// Set PODIUM_SCREENSHOTS=/some/folder to look at the pages as a user would.
void screenshot(QWidget *widget, const QString &name)
{
    test::screenshot(widget, name, QSize(1250, 780));
}
} // namespace

TEST_CASE("Participants model pages lazily: rowCount grows by fetchMore")
{
    test::TempDir dir;
    auto document = openDocument(test::createGeneratedEvent(dir, 1800));
    ParticipantTableModel model;
    model.setDocument(document.get());
    CHECK(model.totalCount() == 1800);
    CHECK(model.shownCount() == 1800);
    CHECK(model.rowCount() == ParticipantTableModel::pageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ParticipantTableModel::pageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 1800);
    QSet<ParticipantId> byName;
    for (int r = 0; r < model.rowCount(); ++r)
        byName.insert(model.participantId(r));
    CHECK(byName.size() == 1800); // no page repeats a row or skips one
    // Sorted by last name, then first name, as the view shows it.
    for (int r = 1; r < model.rowCount(); ++r) {
        const QString a = model.data(model.index(r - 1, ParticipantTableModel::NameColumn)).toString();
        const QString b = model.data(model.index(r, ParticipantTableModel::NameColumn)).toString();
        INFO(a.toStdString() << " / " << b.toStdString());
        CHECK(a.section(QLatin1Char(','), 0, 0).compare(b.section(QLatin1Char(','), 0, 0), Qt::CaseInsensitive) <= 0);
    }
    // Pages follow each other without gaps or repeats, whatever the sort (empty check-in times included).
    for (int column : {int(ParticipantTableModel::CheckedInColumn), int(ParticipantTableModel::CategoryColumn),
                       int(ParticipantTableModel::NameColumn)}) {
        model.sort(column, Qt::DescendingOrder);
        CHECK(model.rowCount() == ParticipantTableModel::pageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QSet<ParticipantId> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.participantId(r));
        CHECK(ids.size() == 1800);
    }
}

TEST_CASE("Participants model: search, filters and sorting are done by the file, with counts")
{
    test::TempDir dir;
    auto document = openDocument(test::createDemoEvent(dir));
    ParticipantTableModel model;
    model.setDocument(document.get());
    const qint64 total = model.totalCount();
    const QString email = model.data(model.index(5, ParticipantTableModel::EmailColumn)).toString();
    model.setSearch(email.toUpper());
    CHECK(model.shownCount() == 1);
    CHECK(model.totalCount() == total);
    CHECK(model.data(model.index(0, ParticipantTableModel::EmailColumn)).toString() == email);
    model.setSearch(QString());
    model.setCategory(ParticipantCategory::Speaker);
    const qint64 speakers = document->store().participants().countByCategory().value().value(QStringLiteral("speaker"));
    CHECK(model.shownCount() == speakers);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.data(model.index(r, ParticipantTableModel::CategoryColumn), Qt::EditRole).toString()
              == QStringLiteral("speaker"));
    model.setCategory(std::nullopt);
    model.sort(ParticipantTableModel::EmailColumn, Qt::DescendingOrder);
    const QString first = model.data(model.index(0, ParticipantTableModel::EmailColumn)).toString();
    const QString second = model.data(model.index(1, ParticipantTableModel::EmailColumn)).toString();
    CHECK(first.compare(second, Qt::CaseInsensitive) >= 0);
}

TEST_CASE("Participants page: edits in place, bulk changes and deletions are undoable")
{
    test::TempDir dir;
    auto document = openDocument(test::createDemoEvent(dir));
    ParticipantsPage page;
    page.setDocument(document.get());
    ParticipantTableModel *model = page.model();
    QUndoStack *undo = document->undoStack();
    const ParticipantId id = model->participantId(0);
    const Participant before = document->store().participants().byId(id).value();

    // In place: the category cell takes a key.
    const QString newCategory = before.category == ParticipantCategory::Press ? QStringLiteral("vip")
                                                                              : QStringLiteral("press");
    REQUIRE(model->setData(model->index(0, ParticipantTableModel::CategoryColumn), newCategory));
    CHECK(toKey(document->store().participants().byId(id)->category) == newCategory);
    CHECK(model->data(model->index(0, ParticipantTableModel::CategoryColumn), Qt::EditRole).toString() == newCategory);
    undo->undo();
    CHECK(document->store().participants().byId(id).value() == before);
    // A bad address is refused and changes nothing.
    CHECK_FALSE(model->setData(model->index(0, ParticipantTableModel::EmailColumn), QStringLiteral("not-an-address")));

    // Bulk: the first three rows become staff; undo gives each its own category back.
    QList<Participant> three;
    for (int r = 0; r < 3; ++r)
        three << document->store().participants().byId(model->participantId(r)).value();
    page.view()->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(2, ParticipantTableModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    undo->push(ChangeParticipantsCommand::category(document.get(), three, ParticipantCategory::Staff));
    for (const Participant &p : three)
        CHECK(document->store().participants().byId(p.id)->category == ParticipantCategory::Staff);
    undo->undo();
    for (const Participant &p : three)
        CHECK(document->store().participants().byId(p.id).value() == p);

    // Delete the selection, then undo: the same registrations with the same codes come back.
    const qint64 count = model->totalCount();
    page.deleteSelected();
    CHECK(model->totalCount() == count - 3);
    CHECK(model->shownCount() == count - 3);
    undo->undo();
    CHECK(model->totalCount() == count);
    for (const Participant &p : three)
        CHECK(document->store().participants().byId(p.id).value() == p);
    screenshot(&page, QStringLiteral("participants-demo"));
}

TEST_CASE("An import is one undoable step")
{
    test::TempDir dir;
    auto document = openDocument(test::createDemoEvent(dir));
    const qint64 before = document->store().participants().count().value();
    const QString csv = test::fixture(QStringLiteral("participants/header-fr.csv"));
    ParticipantImporter::Options options;
    auto report = ParticipantImporter(document->store(), options).run(csv);
    REQUIRE(report.ok());
    REQUIRE(report->written);
    document->undoStack()->push(new ImportParticipantsCommand(document.get(), csv, options, report.value()));
    CHECK(document->store().participants().count().value() == before + 3);
    document->undoStack()->undo();
    CHECK(document->store().participants().count().value() == before);
    document->undoStack()->redo();
    CHECK(document->store().participants().count().value() == before + 3);
}

namespace {
// Every label that promises an Alt+letter must lead somewhere: a label
// without a buddy (e.g. one next to a layout) silently does nothing.
void requireLabelsWithBuddies(QWidget *dialog)
{
    int labelled = 0;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        const QString text = label->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == QLatin1Char('&'))
            continue;
        INFO("label " << text.toStdString());
        CHECK(label->buddy() != nullptr);
        ++labelled;
    }
    CHECK(labelled > 0);
}
} // namespace

TEST_CASE("The import wizard and the export dialog reach every labelled field by keyboard")
{
    test::TempDir dir;
    auto document = openDocument(test::createGeneratedEvent(dir, 20));
    {
        ImportParticipantsWizard wizard(document.get());
        requireLabelsWithBuddies(&wizard);
    }
    {
        ExportParticipantsDialog dialog(document->store(), ParticipantFilter(), ParticipantSort());
        requireLabelsWithBuddies(&dialog);
    }
}
