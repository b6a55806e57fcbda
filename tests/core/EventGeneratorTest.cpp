// Generated test events are deterministic and realistic.
#include "support/TestSupport.h"

#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"
#include "storage/StatisticsRepository.h"

#include <QSet>

namespace {
std::unique_ptr<EventFile> generate(const test::TempDir &dir, const QString &name, const EventGenerator::Options &o)
{
    auto file = EventFile::create(dir.path(name), Event());
    REQUIRE(file.ok());
    const Status s = EventGenerator::fill(*file.value(), o);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return std::move(file).value();
}

// Everything in the file as text, to compare two files' content.
QString dump(const EventStore &file)
{
    QString text;
    const Event e = file.event().load().value();
    text += e.name + e.venueName + e.firstDay.toString() + e.lastDay.toString();
    for (const Session &s : file.sessions().all().value())
        text += QStringLiteral("%1|%2|%3|%4|%5\n").arg(s.guid, s.title, s.start.toString(Qt::ISODate))
                    .arg(s.durationMinutes).arg(s.roomId.value_or(0));
    for (const SessionRole &r : file.sessions().allRoles().value())
        text += QStringLiteral("%1-%2-%3\n").arg(r.sessionId).arg(r.personId).arg(toKey(r.role));
    for (const Person &p : file.people().all().value())
        text += p.guid + p.displayName() + p.email + p.organisation + QLatin1Char('\n');
    for (const Participant &r : file.participants().all().value())
        text += r.code + toKey(r.category) + QString::number(r.consentList) + QLatin1Char('\n');
    return text;
}
} // namespace

TEST_CASE("The same options and seed give the same event; another seed another")
{
    test::TempDir dir;
    EventGenerator::Options o;
    o.participants = 300;
    o.sessions = 60;
    o.rooms = 4;
    o.days = 2;
    o.seed = 42;
    auto a = generate(dir, QStringLiteral("a.podium"), o);
    auto b = generate(dir, QStringLiteral("b.podium"), o);
    CHECK(dump(*a) == dump(*b));
    o.seed = 43;
    auto c = generate(dir, QStringLiteral("c.podium"), o);
    CHECK(dump(*a) != dump(*c));
}

TEST_CASE("Generated events have the asked counts, unique e-mails and realistic names")
{
    test::TempDir dir;
    EventGenerator::Options o;
    o.participants = 2000;
    o.sessions = 120;
    o.rooms = 6;
    o.days = 2;
    o.speakers = 70;
    auto file = generate(dir, QStringLiteral("g.podium"), o);
    const EventCounts c = file->statistics().counts().value();
    CHECK(c.participants == 2000);
    CHECK(c.sessions == 120);
    CHECK(c.rooms == 6);
    CHECK(c.speakers == 70);
    const Event e = file->event().load().value();
    CHECK(e.dayCount() == 2);

    QSet<QString> emails;
    int accented = 0;
    int longNames = 0;
    for (const Person &p : file->people().all().value()) {
        emails.insert(p.email.toLower());
        const QString name = p.fullName();
        if (name.toLatin1() != name.toUtf8() || name.normalized(QString::NormalizationForm_D) != name)
            ++accented;
        if (name.size() > 30)
            ++longNames;
    }
    CHECK(emails.size() == file->people().count().value());
    CHECK(accented > c.people / 10);
    CHECK(longNames > 0);

    int withoutConsent = 0;
    for (const Participant &r : file->participants().all().value())
        withoutConsent += r.consentList ? 0 : 1;
    // About 10% did not consent to appear on shared lists.
    CHECK(withoutConsent > 2000 * 6 / 100);
    CHECK(withoutConsent < 2000 * 14 / 100);

    for (const Session &s : file->sessions().all().value()) {
        if (!s.isScheduled())
            continue;
        CHECK(s.start >= e.dayStartUtc(e.firstDay));
        CHECK(s.end() <= e.dayEndUtc(e.lastDay));
    }
}

TEST_CASE("Planting more conflicts than the timetable allows is refused")
{
    test::TempDir dir;
    EventGenerator::Options o;
    o.rooms = 1;
    o.conflicts = 2;
    auto file = EventFile::create(dir.path(QStringLiteral("x.podium")), Event());
    REQUIRE(file.ok());
    const Status s = EventGenerator::fill(*file.value(), o);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("Cannot plant 2 conflicts")));
}
