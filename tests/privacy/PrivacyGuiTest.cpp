#include "privacy/PrivacyFixture.h"

#include "MainWindow.h"
#include "commands/EditCommand.h"
#include "dialogs/AnonymiseDialog.h"
#include "dialogs/PersonPickerDialog.h"
#include "dialogs/PrivacyActions.h"
#include "document/EventDocument.h"
#include "privacy/DataSubjectFinder.h"
#include "privacy/PersonEraser.h"
#include "storage/EventRepository.h"

#include <QCheckBox>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

using namespace privacytest;

namespace {
// An edit of a person as the People page would make it: it holds the old
// and new person, so undoing it would write the person back.
class EditPhoneCommand : public EditCommand
{
public:
    EditPhoneCommand(EventDocument *document, const Person &before, const QString &phone)
        : EditCommand(document, EventDocument::PeoplePart, QStringLiteral("Edit phone")), m_before(before),
          m_after(before)
    {
        m_after.phone = phone;
    }

protected:
    Status apply() override { return document()->store().people().update(m_after); }
    Status revert() override { return document()->store().people().update(m_before); }

private:
    Person m_before;
    Person m_after;
};
} // namespace

TEST_CASE("After erasing in the GUI, undo cannot bring the person back")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("e.podium"));
    generatedEvent(path, 30).reset();
    EventDocument document(EventFile::open(path).value());
    const Person person = someAttendee(document.store());
    document.undoStack()->push(new EditPhoneCommand(&document, person, QStringLiteral("+352 600 111 222")));
    REQUIRE(document.undoStack()->count() == 1);
    REQUIRE(fileHolds(path, person.lastName));

    int notified = 0;
    QObject::connect(&document, &EventDocument::changed, [&](EventDocument::Parts parts) {
        if (parts == EventDocument::AllParts)
            ++notified;
    });
    auto people = DataSubjectFinder::sameAddressAs(document.store(), person.id);
    REQUIRE(people.ok());
    auto plan = PersonEraser(document.store()).plan(people.value());
    REQUIRE(plan.ok());
    REQUIRE(PrivacyActions::erase(&document, plan.value()).ok());

    CHECK(document.undoStack()->count() == 0);
    CHECK_FALSE(document.undoStack()->canUndo());
    document.undoStack()->undo(); // nothing to undo: the person stays gone
    CHECK_FALSE(document.store().people().byId(person.id).ok());
    CHECK(notified == 1);
    CHECK_FALSE(fileHolds(path, person.email));
}

TEST_CASE("Anonymising in the GUI clears the undo history too")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("e.podium"));
    generatedEvent(path, 30).reset();
    EventDocument document(EventFile::open(path).value());
    const Person person = someAttendee(document.store());
    document.undoStack()->push(new EditPhoneCommand(&document, person, QStringLiteral("+352 600 333 444")));
    EventAnonymiser::Options options;
    options.force = true;
    options.keepStatistics = true;
    REQUIRE(PrivacyActions::anonymise(&document, options).ok());
    CHECK(document.undoStack()->count() == 0);
    CHECK(document.store().people().byId(person.id)->phone.isEmpty());
}

TEST_CASE("The person picker finds people by name, e-mail or organisation")
{
    test::TempDir dir;
    auto file = generatedEvent(dir.path(QStringLiteral("e.podium")), 40);
    const Person person = someAttendee(*file);
    PersonPickerDialog picker(*file, QStringLiteral("Pick"), QStringLiteral("Whom?"), QStringLiteral("OK"));
    CHECK(picker.visibleCount() == int(file->people().count().value()));
    CHECK_FALSE(picker.selectedPerson().has_value());
    picker.setFilterText(person.email.toUpper());
    REQUIRE(picker.visibleCount() == 1);
    CHECK(picker.selectedPerson() == person.id); // a single match is chosen at once
    picker.setFilterText(person.organisation);
    CHECK(picker.visibleCount() >= 1);
    picker.setFilterText(QStringLiteral("no such person at all"));
    CHECK(picker.visibleCount() == 0);
}

TEST_CASE("The anonymise dialog needs explicit confirmation before the last day")
{
    test::TempDir dir;
    auto file = generatedEvent(dir.path(QStringLiteral("e.podium")), 20);
    const Event event = file->event().load().value();
    const EventAnonymiser anonymiser(*file);

    AnonymiseDialog early(event.name, anonymiser.preview(event.lastDay.addDays(-3)).value());
    REQUIRE(early.forceBox() != nullptr);
    CHECK_FALSE(early.canAccept());
    CHECK_FALSE(early.options().force);
    early.forceBox()->setChecked(true);
    CHECK(early.canAccept());
    CHECK(early.options().force);
    early.keepStatisticsBox()->setChecked(false);
    CHECK_FALSE(early.options().keepStatistics);

    AnonymiseDialog over(event.name, anonymiser.preview(event.lastDay.addDays(1)).value());
    CHECK(over.forceBox() == nullptr);
    CHECK(over.canAccept());
    CHECK(over.options().keepStatistics);
}

TEST_CASE("The main window has a Privacy menu with the three requests")
{
    MainWindow window;
    QMenu *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("privacyMenu"));
    if (!menu)
        menu = window.findChild<QMenu *>(QStringLiteral("privacyMenu"));
    REQUIRE(menu != nullptr);
    QStringList texts;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            texts << a->text();
    CHECK(texts == QStringList{QStringLiteral("&Export a Person’s Data…"), QStringLiteral("E&rase a Person…"),
                               QStringLiteral("&Anonymise After the Event…")});
}
