// Availability to and from CSV and iCalendar free/busy: round trips, the
// mapping calendar programs read, and bad files refused whole with the line
// and field named.
#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include "availability/AvailabilityFiles.h"
#include "availability/AvailabilityOwners.h"
#include "availability/FreeBusyReader.h"
#include "model/Event.h"
#include "storage/AvailabilityRepository.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"

#include <QFile>

namespace {

// A two-day event in Luxembourg with three people (two share a name) and two rooms.
struct Fixture
{
    test::TempDir dir;
    Event event;
    std::unique_ptr<EventStore> file;
    PersonId helene = 0, anna = 0, otherAnna = 0;
    RoomId auditorium = 0, seminar = 0;

    Fixture()
    {
        event.name = QStringLiteral("Availability");
        event.timeZoneId = "Europe/Luxembourg";
        event.firstDay = QDate(2026, 12, 7);
        event.lastDay = QDate(2026, 12, 8);
        file = test::createTestEvent(dir, event, nullptr, QStringLiteral("availability"));
        event = file->event().load().value();
        helene = person(QStringLiteral("Hélène"), QStringLiteral("Vandermeulen"), QStringLiteral("helene@example.org"));
        anna = person(QStringLiteral("Anna"), QStringLiteral("Chioti"), QString());
        otherAnna = person(QStringLiteral("Anna"), QStringLiteral("Chioti"), QString());
        auditorium = file->rooms().insert(Room{0, QStringLiteral("Auditorium"), 200, {}, 0}).value();
        seminar = file->rooms().insert(Room{0, QStringLiteral("Seminar Room, 1st floor"), 40, {}, 1}).value();
    }

    PersonId person(const QString &first, const QString &last, const QString &email)
    {
        Person p;
        p.title = first == QStringLiteral("Hélène") ? QStringLiteral("Dr.") : QString();
        p.firstName = first;
        p.lastName = last;
        p.email = email;
        return file->people().insert(p).value();
    }

    QDateTime local(int day, int hour, int minute = 0) const
    {
        return event.fromLocal(event.day(day), QTime(hour, minute));
    }

    QString write(const QString &name, const QByteArray &text) const
    {
        const QString path = dir.path(name);
        test::writeFile(path, text);
        return path;
    }

    // Everyone's and every room's availability, to compare before and after.
    std::pair<QHash<PersonId, Availability>, QHash<RoomId, Availability>> all() const
    {
        const AvailabilityRepository repo(*file);
        return {repo.allPeople().value(), repo.allRooms().value()};
    }

    // Sets the sample, exports it and returns the file's text.
    QString exportSample(const QString &path, AvailabilityFiles::Format format)
    {
        setSample();
        sample = all();
        REQUIRE(AvailabilityFiles::exportTo(*file, path, format, false).ok());
        return QString::fromUtf8(test::readFile(path));
    }

    // Clears everyone's times, imports the export and checks it gave back the sample.
    AvailabilityChange readsBack(const QString &path, AvailabilityFiles::Format format)
    {
        REQUIRE(AvailabilityRepository(*file).replace({{helene, {}}, {otherAnna, {}}}, {{seminar, {}}}).ok());
        REQUIRE(all().first.isEmpty());
        auto imported = AvailabilityFiles::import(*file, path, format);
        INFO(imported.error());
        REQUIRE(imported.ok());
        CHECK(all() == sample);
        return imported.value();
    }

    std::pair<QHash<PersonId, Availability>, QHash<RoomId, Availability>> sample;

    void setSample() const
    {
        Availability h;
        h.spans = {{local(0, 9), local(0, 12), AvailabilityKind::Available},
                   {local(0, 14), local(0, 16), AvailabilityKind::Preferred},
                   {local(1, 22), local(2, 2), AvailabilityKind::Available}}; // into the night
        REQUIRE(AvailabilityRepository(*file).setPerson(helene, h).ok());
        Availability a;
        a.spans = {{local(0, 4), local(2, 4), AvailabilityKind::Preferred}}; // both whole programme days
        REQUIRE(AvailabilityRepository(*file).setPerson(otherAnna, a).ok());
        Availability room;
        room.spans = {{local(1, 8), local(1, 13), AvailabilityKind::Available}};
        REQUIRE(AvailabilityRepository(*file).setRoom(seminar, room).ok());
    }
};

} // namespace

TEST_CASE("Availability read from CSV: people by email or name, rooms by name, nights and preferences", "[stores]")
{
    Fixture f;
    const QString path = f.write(QStringLiteral("in.csv"),
                                 "Person;Room;Day;From;To;Kind;Notes\n"
                                 "HELENE@example.org;;2026-12-07;9:00;12:00;;ok\n"
                                 "Dr. Hélène Vandermeulen;;07.12.2026;14:00;16:00;Preferred;\n"
                                 ";seminar room, 1st floor;8/12/2026;22:00;02:00;available;\n"
                                 "\n");
    auto imported = AvailabilityFiles::import(*f.file, path, AvailabilityFiles::Format::Csv);
    INFO(imported.error());
    REQUIRE(imported.ok());
    CHECK(imported->people.size() == 1);
    CHECK(imported->rooms.size() == 1);
    const Availability helene = AvailabilityRepository(*f.file).ofPerson(f.helene).value();
    const QList<AvailabilitySpan> expected = {{f.local(0, 9), f.local(0, 12), AvailabilityKind::Available},
                                              {f.local(0, 14), f.local(0, 16), AvailabilityKind::Preferred}};
    CHECK(helene.spans == expected);
    const Availability seminar = AvailabilityRepository(*f.file).ofRoom(f.seminar).value();
    REQUIRE(seminar.spans.size() == 1);
    CHECK(seminar.spans[0].start == f.local(1, 22));
    CHECK(seminar.spans[0].end == f.local(2, 2));
    CHECK(AvailabilityRepository(*f.file).ofPerson(f.anna)->isAlways()); // not in the file: unchanged
}

TEST_CASE("An availability CSV with French or German headers reads the same", "[stores]")
{
    Fixture f;
    for (const QByteArray &header : {QByteArray("Personne;Salle;Jour;De;À;Type\n"), QByteArray("Person;Raum;Tag;Von;Bis;Art\n")}) {
        const QString path = f.write(QStringLiteral("localised.csv"),
                                     header + "helene@example.org;;2026-12-07;10:00;11:00;preferred\n");
        auto imported = AvailabilityFiles::import(*f.file, path, AvailabilityFiles::Format::Csv);
        INFO(imported.error());
        REQUIRE(imported.ok());
        CHECK(AvailabilityRepository(*f.file).ofPerson(f.helene)->prefers(f.local(0, 10), f.local(0, 11)));
    }
}

TEST_CASE("A bad availability CSV changes nothing and names every bad line and field", "[stores]")
{
    Fixture f;
    f.setSample();
    const auto before = f.all();
    const QString path = f.write(QStringLiteral("bad.csv"),
                                 "person,room,day,from,to,kind\n"
                                 "helene@example.org,,2026-12-07,08:00,09:00,available\n"
                                 "Anna Chioti,,2026-12-07,08:00,09:00,available\n"
                                 "nobody@example.org,,2026-12-07,08:00,09:00,available\n"
                                 ",Cellar,2026-12-07,08:00,09:00,\n"
                                 "helene@example.org,Auditorium,2026-12-07,08:00,09:00,\n"
                                 "helene@example.org,,2027-12-07,8h,09:00,sometimes\n");
    auto imported = AvailabilityFiles::import(*f.file, path, AvailabilityFiles::Format::Csv);
    REQUIRE_FALSE(imported.ok());
    const QString e = imported.error();
    CHECK(e.contains(QStringLiteral("nothing was changed")));
    CHECK(e.contains(QStringLiteral("line 3, field “person”: 2 people are called “Anna Chioti”: write their email instead.")));
    CHECK(e.contains(QStringLiteral("line 4, field “person”: no one in the event is called or has the email “nobody@example.org”.")));
    CHECK(e.contains(QStringLiteral("line 5, field “room”: the event has no room called “Cellar”.")));
    CHECK(e.contains(QStringLiteral("line 6, field “room”: a row is about a person or a room, not both.")));
    CHECK(e.contains(QStringLiteral("line 7, field “day”: ")));
    CHECK(e.contains(QStringLiteral("line 7, field “from”: “8h” is not a time of day")));
    CHECK(e.contains(QStringLiteral("line 7, field “kind”: “sometimes” is not a kind of availability")));
    CHECK_FALSE(e.contains(QStringLiteral("line 2,")));
    CHECK(f.all() == before);

    const QString noColumns = f.write(QStringLiteral("columns.csv"), "name,begins\nAnna,09:00\n");
    imported = AvailabilityFiles::import(*f.file, noColumns, AvailabilityFiles::Format::Csv);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().contains(QStringLiteral("has no column “day”, “from”, “to”, “person” or “room”")));
    CHECK(f.all() == before);
}

TEST_CASE("Availability written as CSV reads back the same, one row per programme day", "[stores]")
{
    Fixture f;
    const QString path = f.dir.path(QStringLiteral("out.csv"));
    const QString text = f.exportSample(path, AvailabilityFiles::Format::Csv);
    CHECK(text.startsWith(QStringLiteral("person,room,day,from,to,kind\r\n")));
    CHECK(text.contains(QStringLiteral("helene@example.org,,2026-12-08,22:00,02:00,available\r\n")));
    // The second Anna Chioti has no email and shares her name: written by GUID. Two programme days, two rows.
    const QString guid = f.file->people().byId(f.otherAnna)->guid;
    CHECK(text.contains(QStringLiteral("%1,,2026-12-07,04:00,04:00,preferred\r\n").arg(guid)));
    CHECK(text.contains(QStringLiteral("%1,,2026-12-08,04:00,04:00,preferred\r\n").arg(guid)));
    CHECK(text.contains(QStringLiteral(",\"Seminar Room, 1st floor\",2026-12-08,08:00,13:00,available\r\n")));
    CHECK((QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK_FALSE(AvailabilityFiles::exportTo(*f.file, path, AvailabilityFiles::Format::Csv, false).ok()); // no overwrite
    CHECK(f.readsBack(path, AvailabilityFiles::Format::Csv).people.size() == 2);
}

TEST_CASE("Availability written as iCalendar free/busy reads back the same", "[stores]")
{
    Fixture f;
    const QString path = f.dir.path(QStringLiteral("out.ics"));
    const QString text = f.exportSample(path, AvailabilityFiles::Format::ICalendar);
    INFO(text);
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    CHECK(text.count(QStringLiteral("BEGIN:VFREEBUSY")) == 3);
    CHECK(text.contains(QStringLiteral("ORGANIZER;CN=Dr. Hélène Vandermeulen:mailto:helene@example.org\r\n")));
    CHECK(text.contains(QStringLiteral("ORGANIZER;CN=\"Seminar Room, 1st floor\";X-PODIUM-KIND=ROOM:")));
    // Programme days from 04:00 local (03:00 UTC): unavailable until 09:00 local, then available, then preferred.
    CHECK(text.contains(QStringLiteral("FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20261207T030000Z/20261207T080000Z\r\n")));
    CHECK(text.contains(QStringLiteral("FREEBUSY;FBTYPE=BUSY-TENTATIVE:20261207T080000Z/20261207T110000Z\r\n")));
    CHECK(text.contains(QStringLiteral("FREEBUSY;FBTYPE=FREE:20261207T130000Z/20261207T150000Z\r\n")));
    CHECK(text.contains(QStringLiteral("DTSTART:20261207T030000Z\r\nDTEND:20261209T030000Z\r\n")));
    CHECK(f.readsBack(path, AvailabilityFiles::Format::ICalendar).people.size() == 2);
}

TEST_CASE("Free/busy published by a calendar program: busy times are the unavailable ones", "[stores]")
{
    Fixture f;
    // What a calendar publishes: busy periods only, in one line, no DTSTART/DTEND (the event's days then),
    // a tentative meeting (still available), a period given by duration.
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Corp.//CalDAV Client//EN\r\n"
                           "BEGIN:VFREEBUSY\r\nUID:19970901T115957Z-76A912@example.com\r\n"
                           "DTSTAMP:20261201T120000Z\r\n"
                           "ORGANIZER;CN=\"Vandermeulen, Hélène\":mailto:Helene@Example.org\r\n"
                           "FREEBUSY:20261207T030000Z/20261207T080000Z,20261207T120000Z/PT2H\r\n"
                           "FREEBUSY;FBTYPE=BUSY-TENTATIVE:20261207T150000Z/20261207T160000Z\r\n"
                           "FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20261208T030000Z/20261209T030000Z\r\n"
                           "END:VFREEBUSY\r\nEND:VCALENDAR\r\n";
    const QString path = f.write(QStringLiteral("calendar.ifb"), ics);
    CHECK(AvailabilityFiles::formatOf(path) == AvailabilityFiles::Format::ICalendar);
    REQUIRE(AvailabilityFiles::import(*f.file, path, AvailabilityFiles::Format::ICalendar).ok());
    const Availability a = AvailabilityRepository(*f.file).ofPerson(f.helene).value();
    const QList<AvailabilitySpan> expected = {{f.local(0, 9), f.local(0, 13), AvailabilityKind::Available},
                                              {f.local(0, 15), f.local(1, 4), AvailabilityKind::Available}};
    CHECK(a.spans == expected);
}

TEST_CASE("Bad free/busy files are refused whole, naming the component's line and property", "[stores]")
{
    Fixture f;
    f.setSample();
    const auto before = f.all();
    auto import = [&](const QByteArray &text) {
        return AvailabilityFiles::import(*f.file, f.write(QStringLiteral("bad.ics"), text),
                                         AvailabilityFiles::Format::ICalendar);
    };
    auto r = import("person,day\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("is not an iCalendar file")));
    r = import("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("no VFREEBUSY")));
    r = import("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
               "BEGIN:VFREEBUSY\r\nORGANIZER:mailto:helene@example.org\r\n"
               "FREEBUSY:20261207T080000Z/20261207T110000Z\r\nEND:VFREEBUSY\r\n"
               "BEGIN:VFREEBUSY\r\nORGANIZER;CN=Ghost:mailto:ghost@example.org\r\n"
               "FREEBUSY:20261207T080000Z/20261207T110000Z\r\nEND:VFREEBUSY\r\n"
               "BEGIN:VFREEBUSY\r\nORGANIZER;CN=Auditorium;X-PODIUM-KIND=ROOM:urn:x-podium:room:Auditorium\r\n"
               "FREEBUSY:2026120/bogus\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n");
    REQUIRE_FALSE(r.ok());
    INFO(r.error());
    CHECK(r.error().contains(QStringLiteral("nothing was changed")));
    CHECK(r.error().contains(QStringLiteral("line 7 (free/busy 2), ORGANIZER: no one in the event is called or has the email")));
    CHECK(r.error().contains(QStringLiteral("line 11 (free/busy 3), FREEBUSY: ")));
    CHECK(f.all() == before);
}

TEST_CASE("Damaged free/busy files are refused or read, never crash", "[stores]")
{
    Fixture f;
    const AvailabilityOwners owners(f.file->people().all().value(), f.file->rooms().all().value());
    const QDateTime start = f.local(0, 4);
    const QDateTime end = f.local(2, 4);
    QByteArray many = "BEGIN:VCALENDAR\r\nBEGIN:VFREEBUSY\r\nORGANIZER:mailto:helene@example.org\r\nFREEBUSY:";
    for (int i = 0; i < 2000; ++i)
        many += (i ? "," : "") + QByteArray("20261207T080000Z/PT1M");
    many += "\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n";
    const QList<QByteArray> inputs = {
        "BEGIN:VCALENDAR\r\nBEGIN:VFREEBUSY\r\nORGANIZER:mailto:helene@example.org\r\nFREEBUSY:2026",
        "BEGIN:VCALENDAR\r\nBEGIN:VFREEBUSY\r\nBEGIN:VFREEBUSY\r\nBEGIN:VFREEBUSY\r\n",
        "BEGIN:VFREEBUSY\r\nORGANIZER:mailto:helene@example.org\r\nFREEBUSY:20260230T080000Z/20260230T090000Z\r\nEND:VFREEBUSY\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VFREEBUSY\r\nORGANIZER:mailto:helene@example.org\r\nFREEBUSY:20261207T090000Z/-PT1H\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VFREEBUSY\r\nORGANIZER;CN=\"unterminated:mailto:x\r\nDTSTART:99999999T999999Z\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n",
        QByteArray("BEGIN:VCALENDAR\r\n\0\0\0", 20),
        many,
    };
    for (const QByteArray &input : inputs) {
        auto r = FreeBusyReader::parse(input, QStringLiteral("bad.ics"), f.event, start, end, owners);
        CHECK((r.ok() || !r.error().isEmpty()));
    }
    // 2,000 times the same busy minute (BUSY is the default type): only that minute is taken.
    auto r = FreeBusyReader::parse(many, QStringLiteral("many.ics"), f.event, start, end, owners);
    REQUIRE(r.ok());
    const QDateTime busy(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);
    CHECK_FALSE(r->people.value(f.helene).covers(busy, busy.addSecs(60)));
    CHECK(r->people.value(f.helene).covers(busy.addSecs(60), end));
    CHECK(r->people.value(f.helene).covers(start, busy));
}
