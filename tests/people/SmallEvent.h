#pragma once

// A small event built in the tests of the People, Rooms and Tracks pages:
// one room, three sessions, and people whose roles and registrations overlap
// the way duplicates do.

#include "support/TestSupport.h"

#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <tuple>

namespace people_test {

struct SmallEvent
{
    std::unique_ptr<EventFile> file;
    QString path;
    RoomId room = 0;
    TrackId track = 0;
    SessionId s1 = 0, s2 = 0, s3 = 0;
    PersonId anna = 0;     // Dr. Anna Chioti, no organisation, not registered
    PersonId annaDup = 0;  // Anna Chioti of LIH, registered and checked in
    PersonId other = 0;    // someone else in s1
};

template <typename T>
T must(Result<T> r)
{
    INFO(r.error());
    REQUIRE(r.ok());
    return std::move(r).value();
}

inline void must(const Status &s)
{
    INFO(s.error());
    REQUIRE(s.ok());
}

inline SmallEvent makeSmallEvent(const QString &path)
{
    SmallEvent e;
    e.path = path;
    Event event;
    event.name = QStringLiteral("Pharma meets Academia");
    event.timeZoneId = "Europe/Luxembourg";
    event.firstDay = QDate(2018, 12, 14);
    event.lastDay = event.firstDay;
    e.file = must(EventFile::create(path, event));
    EventFile &f = *e.file;
    e.room = must(f.rooms().insert(Room{0, QStringLiteral("Auditorium"), 200, QStringLiteral("Ground floor"), 0}));
    e.track = must(f.tracks().insert(Track{0, QStringLiteral("Science"), QColor(QStringLiteral("#4a90d9"))}));
    auto session = [&](const QString &title, int hour) {
        Session s;
        s.title = title;
        s.roomId = e.room;
        s.trackId = e.track;
        s.start = event.fromLocal(event.firstDay, QTime(hour, 0)).toUTC();
        s.durationMinutes = 45;
        return must(f.sessions().insert(s));
    };
    e.s1 = session(QStringLiteral("Opening"), 9);
    e.s2 = session(QStringLiteral("Panel on data sharing"), 10);
    e.s3 = session(QStringLiteral("Closing"), 11);
    Person a;
    a.title = QStringLiteral("Dr.");
    a.firstName = QStringLiteral("Anna");
    a.lastName = QStringLiteral("Chioti");
    a.email = QStringLiteral("anna.chioti@example.org");
    e.anna = must(f.people().insert(a));
    Person b;
    b.firstName = QStringLiteral("Anna");
    b.lastName = QStringLiteral("Chioti");
    b.organisation = QStringLiteral("Luxembourg Institute of Health");
    b.organisationType = OrganisationType::Academia;
    b.country = QStringLiteral("LU");
    e.annaDup = must(f.people().insert(b));
    Person c;
    c.firstName = QStringLiteral("Marc");
    c.lastName = QStringLiteral("Weber");
    e.other = must(f.people().insert(c));
    must(f.sessions().addRole({e.s1, e.anna, Role::Speaker, 0}));
    must(f.sessions().addRole({e.s2, e.anna, Role::Chair, 0}));
    must(f.sessions().addRole({e.s2, e.annaDup, Role::Chair, 1}));     // the same role twice
    must(f.sessions().addRole({e.s3, e.annaDup, Role::Speaker, 0}));
    must(f.sessions().addRole({e.s1, e.annaDup, Role::Moderator, 1})); // another role in a shared session
    must(f.sessions().addRole({e.s1, e.other, Role::Speaker, 2}));
    Participant p;
    p.personId = e.annaDup;
    p.category = ParticipantCategory::Speaker;
    p.dietary = QStringLiteral("Vegetarian");
    p.checkedIn = QDateTime(QDate(2018, 12, 14), QTime(8, 30), Qt::UTC);
    p.registeredAt = QDateTime(QDate(2018, 11, 2), QTime(10, 0), Qt::UTC);
    must(f.participants().insert(p));
    return e;
}

// Roles in a stable order, to compare role lists read at different times.
inline QList<SessionRole> sorted(QList<SessionRole> roles)
{
    std::sort(roles.begin(), roles.end(), [](const SessionRole &a, const SessionRole &b) {
        return std::make_tuple(a.sessionId, a.personId, int(a.role)) < std::make_tuple(b.sessionId, b.personId, int(b.role));
    });
    return roles;
}

// Answers the next question box with Yes, checking that it says each of `expected`.
inline void answerYes(const QStringList &expected)
{
    QTimer::singleShot(0, [expected] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (const QString &text : expected)
            CHECK(box->text().contains(text));
        box->button(QMessageBox::Yes)->click();
    });
}

// A second connection to the file: what a restart of Podium would read.
inline std::unique_ptr<EventFile> reopen(const QString &path)
{
    return must(EventFile::open(path));
}

} // namespace people_test
