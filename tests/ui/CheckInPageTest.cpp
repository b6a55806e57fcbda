#include "support/DeskSessions.h"
#include "support/EventFiles.h"
#include "support/Screenshot.h"

#include "checkin/DeskSession.h"
#include "document/EventDocument.h"
#include "pages/DeskLink.h"
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

TEST_CASE("Check-in page: a desk cut off from the event checks in from its copy, shows what waits, and sends it when back")
{
    Desk desk;
    const QString path = desk.document->store().location();
    bool reachable = true;
    auto session = test::fileDeskSession(path, desk.dir.path(QStringLiteral("desk")), QStringLiteral("4"), &reachable);
    DeskSession *raw = session.get();
    desk.page.setDeskSession(std::move(session));
    REQUIRE(desk.page.deskLink());
    CHECK(raw->isOnline());
    CHECK(desk.page.bannerLabel()->isHidden());

    QList<Participant> waiting;
    for (const Participant &p : desk.document->store().participants().all().value())
        if (!p.isCheckedIn() && p.status == RegistrationStatus::Registered)
            waiting << p;
    REQUIRE(waiting.size() >= 3);

    // The network goes: the desk finds out at the next try and says so.
    reachable = false;
    desk.page.setDeskSession(nullptr);
    auto offline = test::fileDeskSession(path, desk.dir.path(QStringLiteral("desk")), QStringLiteral("4"), &reachable);
    raw = offline.get();
    desk.page.setDeskSession(std::move(offline));
    REQUIRE_FALSE(raw->isOnline());
    CHECK_FALSE(desk.page.bannerLabel()->isHidden());
    CHECK(desk.page.bannerLabel()->text().startsWith(QStringLiteral("Offline: 0 check-in")));

    desk.type(waiting[0].code);
    desk.key(Qt::Key_Return);
    CHECK(desk.page.tone() == CheckInPage::Tone::Accepted);
    CHECK(desk.page.detailsLabel()->text().contains(QStringLiteral("Checked in offline")));
    CHECK(desk.page.bannerLabel()->text().startsWith(QStringLiteral("Offline: 1 check-in")));
    // By name, from the copy.
    const Person second = desk.person(waiting[1]);
    desk.type(second.lastName + QLatin1Char(' ') + second.firstName);
    REQUIRE(desk.page.matchList()->count() >= 1);
    desk.key(Qt::Key_Down);
    desk.key(Qt::Key_Return);
    CHECK(desk.page.bannerLabel()->text().startsWith(QStringLiteral("Offline: 2 check-in")));
    CHECK(desk.page.countsLabel()->text().contains(QStringLiteral("this desk's copy")));
    // Scanned again at this desk: amber, from the copy.
    desk.type(waiting[0].code);
    desk.key(Qt::Key_Return);
    CHECK(desk.page.tone() == CheckInPage::Tone::Warning);
    CHECK(desk.page.detailsLabel()->text().contains(QStringLiteral("at desk 4")));
    CHECK_FALSE(desk.checkedIn(waiting[0]));
    desk.shot(QStringLiteral("checkin-offline"));

    // Meanwhile desk 2 checked the third one in; desk 4 does it too, offline, later.
    REQUIRE(desk.document->store().participants().checkIn(waiting[2].id, QDateTime::currentDateTimeUtc().addSecs(-120),
                                                          QStringLiteral("2")).value());
    desk.type(waiting[2].code);
    desk.key(Qt::Key_Return);
    CHECK(desk.page.bannerLabel()->text().startsWith(QStringLiteral("Offline: 3 check-in")));

    // Back: the timer's next try sends them, no button needed.
    reachable = true;
    desk.page.deskLink()->syncNow();
    CHECK(raw->isOnline());
    CHECK(raw->waiting() == 0);
    CHECK(desk.page.bannerLabel()->isHidden());
    CHECK(desk.checkedIn(waiting[0]));
    CHECK(desk.checkedIn(waiting[1]));
    REQUIRE_FALSE(desk.page.checkedInTwiceLabel()->isHidden());
    CHECK(desk.page.checkedInTwiceLabel()->text().contains(waiting[2].code));
    CHECK(desk.page.checkedInTwiceLabel()->text().contains(QStringLiteral("at desk 2 at")));
    CHECK(desk.page.checkedInTwiceLabel()->text().contains(QStringLiteral("while offline")));
    CHECK(desk.document->store().participants().byId(waiting[2].id)->desk == QStringLiteral("2"));
    desk.shot(QStringLiteral("checkin-back-online"));
}
