#include "people/SmallEvent.h"

#include "commands/MergePeopleCommand.h"
#include "dialogs/MergePeopleDialog.h"
#include "document/EventDocument.h"
#include "generate/DemoEvent.h"
#include "models/PersonTableModel.h"
#include "pages/PeoplePage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace people_test;

namespace {
// Everything a person is in the file, in a comparable order.
struct Snapshot
{
    Person person;
    QList<SessionRole> roles;
    QList<Participant> registrations;
    bool operator==(const Snapshot &o) const
    {
        return person == o.person && roles == o.roles && registrations == o.registrations;
    }
};

Snapshot snapshot(const EventStore &file, PersonId id)
{
    auto record = must(file.people().record(id));
    return {record.person, sorted(record.roles), record.registrations};
}

int rowNamed(const PersonTableModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, PersonTableModel::NameColumn).data().toString() == name)
            return row;
    return -1;
}
} // namespace

TEST_CASE("Undo of a merge restores both people exactly, redo merges again")
{
    test::TempDir dir;
    SmallEvent e = makeSmallEvent(dir.path(QStringLiteral("small.podium")));
    const Snapshot anna = snapshot(*e.file, e.anna);
    const Snapshot dup = snapshot(*e.file, e.annaDup);
    const Snapshot other = snapshot(*e.file, e.other);
    EventDocument document(std::move(e.file));

    MergePeopleDialog dialog(document.store(), {anna.person, dup.person});
    dialog.setKept(e.anna);
    CHECK(dialog.absorbed() == QList<PersonId>{e.annaDup});
    const Person merged = dialog.merged();
    CHECK(merged.id == e.anna);
    CHECK(merged.organisation == QLatin1String("Luxembourg Institute of Health"));
    CHECK(merged.title == QLatin1String("Dr."));

    document.undoStack()->push(new MergePeopleCommand(&document, merged, dialog.absorbed()));
    CHECK(document.undoStack()->undoText().startsWith(QLatin1String("Merge People")));
    {
        auto file = reopen(e.path);
        CHECK(must(file->people().count()) == 2);
        CHECK(must(file->people().roles(e.anna)).size() == 4);
    }
    document.undoStack()->undo();
    {
        auto file = reopen(e.path);
        CHECK(snapshot(*file, e.anna) == anna);
        CHECK(snapshot(*file, e.annaDup) == dup);
        CHECK(snapshot(*file, e.other) == other);
        CHECK(must(file->people().count()) == 3);
    }
    document.undoStack()->redo();
    auto file = reopen(e.path);
    CHECK_FALSE(file->people().byId(e.annaDup).ok());
    CHECK(must(file->participants().forPerson(e.anna)).size() == 1);
}

TEST_CASE("Undo of a merge on the demo event restores every role and registration")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.podium"));
    auto created = must(EventFile::create(path, Event()));
    must(DemoEvent::fill(*created));
    const QList<SessionRole> allRoles = sorted(must(created->sessions().allRoles()));
    const QList<Participant> allRegistrations = must(created->participants().all());
    const QList<Person> allPeople = must(created->people().all());
    EventDocument document(std::move(created));

    PeoplePage page;
    page.setDocument(&document);
    PersonTableModel *model = page.model();
    REQUIRE(model->rowCount() >= 2);
    // Select two speakers and merge through the command the page's dialog pushes.
    page.selectRows({0, 1});
    const Person kept = model->summaryAt(0)->person;
    const Person absorbed = model->summaryAt(1)->person;
    document.undoStack()->push(new MergePeopleCommand(&document, kept, {absorbed.id}));
    CHECK(model->rowOf(absorbed.id) == -1);
    document.undoStack()->undo();
    CHECK(model->rowOf(absorbed.id) >= 0);

    auto file = reopen(path);
    CHECK(sorted(must(file->sessions().allRoles())) == allRoles);
    CHECK(must(file->participants().all()) == allRegistrations);
    CHECK(must(file->people().all()) == allPeople);
}

TEST_CASE("A person edited through the People page's model is saved and undone")
{
    test::TempDir dir;
    SmallEvent e = makeSmallEvent(dir.path(QStringLiteral("small.podium")));
    EventDocument document(std::move(e.file));
    PeoplePage page;
    page.setDocument(&document);
    PersonTableModel *model = page.model();
    const int row = rowNamed(*model, QStringLiteral("Marc Weber"));
    REQUIRE(row >= 0);
    const QModelIndex email = model->index(row, PersonTableModel::EmailColumn);
    CHECK(model->flags(email) & Qt::ItemIsEditable);
    CHECK_FALSE(model->flags(model->index(row, PersonTableModel::NameColumn)) & Qt::ItemIsEditable);
    REQUIRE(model->setData(email, QStringLiteral("  marc.weber@example.lu ")));
    CHECK(document.undoStack()->undoText() == QStringLiteral("Edit Person “Marc Weber”"));
    const int after = model->rowOf(e.other);
    CHECK(model->index(after, PersonTableModel::EmailColumn).data().toString() == QLatin1String("marc.weber@example.lu"));
    CHECK(must(reopen(e.path)->people().byId(e.other)).email == QLatin1String("marc.weber@example.lu"));

    // The full editor's result goes through the same kind of command.
    Person before = must(document.store().people().byId(e.other));
    Person changed = before;
    changed.organisationType = OrganisationType::PatientOrganisation;
    changed.bio = QStringLiteral("Patient advocate.");
    page.savePerson(before, changed);
    CHECK(must(reopen(e.path)->people().byId(e.other)) == changed);

    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(must(reopen(e.path)->people().byId(e.other)).email.isEmpty());
    CHECK(model->index(model->rowOf(e.other), PersonTableModel::EmailColumn).data().toString().isEmpty());
}

TEST_CASE("The People page searches, filters participants out by default and lists a person's sessions")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.podium"));
    auto created = must(EventFile::create(path, Event()));
    must(DemoEvent::fill(*created));
    const qint64 everyone = must(created->people().count());
    const qint64 speakers = must(created->sessions().speakerCount());
    EventDocument document(std::move(created));
    PeoplePage page;
    page.setDocument(&document);
    PersonTableModel *model = page.model();
    // Every demo participant registered; by default only people with a role show.
    CHECK(model->rowCount() == speakers);
    page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(int(PersonDirectory::Scope::Everyone)));
    CHECK(model->rowCount() == everyone);

    // Sorting by sessions, most first, puts a busy speaker on top.
    model->sort(PersonTableModel::SessionsColumn, Qt::DescendingOrder);
    const int most = model->summaryAt(0)->sessionCount;
    for (int row = 1; row < model->rowCount(); ++row)
        REQUIRE(model->summaryAt(row)->sessionCount <= most);
    CHECK(most >= 1);

    const Person busy = model->summaryAt(0)->person;
    page.searchField()->setText(busy.lastName + QLatin1Char(' ') + busy.firstName.left(2));
    QTRY_VERIFY(model->rowOf(busy.id) >= 0 && model->rowCount() < everyone);
    for (int row = 0; row < model->rowCount(); ++row)
        REQUIRE(model->index(row, 0).data().toString().contains(busy.lastName, Qt::CaseInsensitive));

    page.selectRows({model->rowOf(busy.id)});
    CHECK(page.sessionList()->topLevelItemCount() == most);
    // Local time of the event (Luxembourg), like "Fri 14 Dec, 09:00–09:30".
    CHECK(page.sessionList()->topLevelItem(0)->text(0).contains(QStringLiteral("–")));

    page.searchField()->setText(QStringLiteral("no such person anywhere"));
    QTRY_COMPARE(model->rowCount(), 0);
}

TEST_CASE("Deleting a person asks first, and undo restores their roles and registration")
{
    test::TempDir dir;
    SmallEvent e = makeSmallEvent(dir.path(QStringLiteral("small.podium")));
    const Snapshot dup = snapshot(*e.file, e.annaDup);
    EventDocument document(std::move(e.file));
    PeoplePage page;
    page.setDocument(&document);
    page.selectRows({page.model()->rowOf(e.annaDup)});
    answerYes({QStringLiteral("3 session role"), QStringLiteral("1 registration")});
    page.deleteItemAction()->trigger();
    CHECK(document.undoStack()->undoText() == QStringLiteral("Delete Person “Anna Chioti”"));
    CHECK_FALSE(reopen(e.path)->people().byId(e.annaDup).ok());
    CHECK(page.model()->rowOf(e.annaDup) == -1);
    document.undoStack()->undo();
    CHECK(snapshot(*reopen(e.path), e.annaDup) == dup);
    CHECK(page.model()->rowOf(e.annaDup) >= 0);
}
