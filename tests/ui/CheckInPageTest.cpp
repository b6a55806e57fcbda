#include "support/EventFiles.h"
#include "support/Screenshot.h"

#include "document/EventDocument.h"
#include "pages/CheckInPage.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/StatisticsRepository.h"
#include "model/EventCounts.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

namespace {
struct Desk
{
    test::TempDir dir;
    std::unique_ptr<EventDocument> document;
    CheckInPage page;

    Desk()
    {
        auto file = EventFile::open(test::createDemoEvent(dir));
        REQUIRE(file.ok());
        document = std::make_unique<EventDocument>(std::move(file).value());
        page.setDocument(document.get());
    }
    Participant find(const std::function<bool(const Participant &, const Person &)> &wanted) const
    {
        for (const Participant &p : document->store().participants().all().value())
            if (wanted(p, person(p)))
                return p;
        FAIL("no such participant in the demo");
        return {};
    }
    Person person(const Participant &p) const { return document->store().people().byId(p.personId).value(); }
    bool checkedIn(const Participant &p) const { return document->store().participants().byId(p.id)->isCheckedIn(); }
    // Types as a person (or a scanner) does; the list follows as it would after a pause.
    void type(const QString &text)
    {
        QTest::keyClicks(page.codeEdit(), text);
        page.updateMatches();
    }
    void key(Qt::Key key) { QTest::keyClick(page.codeEdit(), key); }
    void shot(const QString &name) { test::screenshot(&page, name, QSize(1250, 700)); }
};

bool hasAccent(const QString &name)
{
    for (QChar c : name)
        if (c.decompositionTag() == QChar::Canonical)
            return true;
    return false;
}
} // namespace

TEST_CASE("Check-in page: a scanned code is green, a second scan amber with the time, an unknown code red")
{
    Desk desk;
    const Participant waiting = desk.find([](const Participant &p, const Person &) {
        return !p.isCheckedIn() && p.status == RegistrationStatus::Registered;
    });
    const Person person = desk.person(waiting);

    // A scanner types the code (in lower case here) and Enter, faster than the list follows.
    QTest::keyClicks(desk.page.codeEdit(), waiting.code.toLower());
    desk.key(Qt::Key_Return);
    CHECK(desk.page.tone() == CheckInPage::Tone::Accepted);
    CHECK(desk.page.resultLabel()->text().contains(person.displayName()));
    CHECK(desk.page.codeEdit()->text().isEmpty());
    CHECK(desk.checkedIn(waiting));
    CHECK(desk.page.countsLabel()->text().contains(QStringLiteral("All")));
    desk.shot(QStringLiteral("checkin-accepted"));

    QTest::keyClicks(desk.page.codeEdit(), waiting.code);
    desk.key(Qt::Key_Return);
    CHECK(desk.page.tone() == CheckInPage::Tone::Warning);
    CHECK(desk.page.resultLabel()->text().contains(person.displayName()));
    CHECK(desk.page.detailsLabel()->text().contains(QStringLiteral("Already checked in at")));
    desk.shot(QStringLiteral("checkin-already"));

    QTest::keyClicks(desk.page.codeEdit(), QStringLiteral("ZZZZZZZZZZ"));
    desk.key(Qt::Key_Return);
    CHECK(desk.page.tone() == CheckInPage::Tone::Refused);
    CHECK(desk.page.resultLabel()->text() == QStringLiteral("Not found"));
    desk.shot(QStringLiteral("checkin-not-found"));

    desk.document->undoStack()->undo();
    CHECK_FALSE(desk.checkedIn(waiting));
}

TEST_CASE("Check-in page: found by name typed without accents, and among several Enter waits for a choice")
{
    Desk desk;
    // Someone whose last name has an accent and is the only one with it.
    const Participant accented = desk.find([&](const Participant &p, const Person &who) {
        if (p.isCheckedIn() || p.status != RegistrationStatus::Registered || !hasAccent(who.lastName))
            return false;
        int sameName = 0;
        for (const Participant &other : desk.document->store().participants().all().value())
            sameName += desk.person(other).lastName == who.lastName && desk.person(other).firstName == who.firstName;
        return sameName == 1;
    });
    const Person person = desk.person(accented);
    QString plain = person.firstName + QLatin1Char(' ') + person.lastName;
    plain = plain.normalized(QString::NormalizationForm_D).remove(QRegularExpression(QStringLiteral("\\p{Mn}"))).toLower();
    INFO(plain.toStdString());
    desk.type(plain);
    REQUIRE(desk.page.matchList()->count() == 1);
    CHECK(desk.page.matchList()->item(0)->text().contains(person.lastName));
    desk.key(Qt::Key_Return);
    CHECK(desk.page.tone() == CheckInPage::Tone::Accepted);
    CHECK(desk.checkedIn(accented));

    // A common fragment: several match, Enter checks nobody in until one is chosen.
    const qint64 before = desk.document->store().statistics().counts()->checkedIn;
    desk.type(QStringLiteral("a"));
    REQUIRE(desk.page.matchList()->count() > 1);
    desk.key(Qt::Key_Return);
    CHECK(desk.page.tone() == CheckInPage::Tone::Neutral);
    CHECK(desk.document->store().statistics().counts()->checkedIn == before);
    desk.shot(QStringLiteral("checkin-several"));
    desk.key(Qt::Key_Down);
    CHECK(desk.page.matchList()->currentRow() == 0);
    const ParticipantId chosen = desk.page.matchList()->item(0)->data(Qt::UserRole).toLongLong();
    desk.key(Qt::Key_Return);
    CHECK(desk.page.tone() != CheckInPage::Tone::Neutral);
    CHECK(desk.document->store().participants().byId(chosen)->isCheckedIn());
}

TEST_CASE("Check-in page: waitlisted and cancelled registrations check in only when the desk confirms")
{
    Desk desk;
    const Participant waitlisted = desk.find([](const Participant &p, const Person &) {
        return !p.isCheckedIn() && p.status == RegistrationStatus::Waitlisted;
    });
    desk.type(waitlisted.code);
    desk.key(Qt::Key_Return);
    CHECK(desk.page.tone() == CheckInPage::Tone::Warning);
    CHECK(desk.page.awaitingConfirmation());
    CHECK(desk.page.resultLabel()->text().contains(QStringLiteral("waiting list")));
    CHECK_FALSE(desk.checkedIn(waitlisted));
    desk.shot(QStringLiteral("checkin-waitlisted"));
    desk.key(Qt::Key_Return); // Enter on the empty field: yes
    CHECK(desk.page.tone() == CheckInPage::Tone::Accepted);
    CHECK(desk.checkedIn(waitlisted));

    const Participant cancelled = desk.find([](const Participant &p, const Person &) {
        return !p.isCheckedIn() && p.status == RegistrationStatus::Cancelled;
    });
    desk.type(cancelled.code);
    desk.key(Qt::Key_Return);
    CHECK(desk.page.tone() == CheckInPage::Tone::Refused);
    CHECK(desk.page.awaitingConfirmation());
    desk.key(Qt::Key_Escape); // no
    CHECK_FALSE(desk.page.awaitingConfirmation());
    desk.key(Qt::Key_Return);
    CHECK_FALSE(desk.checkedIn(cancelled));

    // Scanning the next badge instead of answering drops the question.
    desk.type(cancelled.code);
    desk.key(Qt::Key_Return);
    REQUIRE(desk.page.awaitingConfirmation());
    desk.type(QStringLiteral("ZZZZZZZZZZ"));
    desk.key(Qt::Key_Return);
    CHECK_FALSE(desk.page.awaitingConfirmation());
    CHECK_FALSE(desk.checkedIn(cancelled));
}
