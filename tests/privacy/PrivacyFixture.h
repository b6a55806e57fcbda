#pragma once

// Shared by the privacy tests: a generated event with one person whose every
// field holds a distinctive value, and a look at the file's raw bytes.

#include "support/TestSupport.h"

#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "model/Participant.h"
#include "model/Person.h"
#include "model/SessionRole.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"

#include <QFile>

#include <memory>

namespace privacytest {

// A generated event (Luxembourg, one day: 2027-03-15) at path.
inline std::unique_ptr<EventFile> generatedEvent(const QString &path, int participants = 60)
{
    auto created = EventFile::create(path, Event());
    REQUIRE(created.ok());
    EventGenerator::Options options;
    options.participants = participants;
    options.sessions = 12;
    REQUIRE(EventGenerator::fill(*created.value(), options).ok());
    return std::move(created).value();
}

// The first person with a session role (a speaker), who also has a registration.
inline Person firstSpeaker(const EventStore &file)
{
    auto roles = file.sessions().allRoles();
    REQUIRE(roles.ok());
    REQUIRE(!roles->isEmpty());
    auto person = file.people().byId(roles->first().personId);
    REQUIRE(person.ok());
    return person.value();
}

// A registered person without any session role.
inline Person someAttendee(const EventStore &file)
{
    auto roles = file.sessions().allRoles();
    auto participants = file.participants().all();
    REQUIRE(roles.ok());
    REQUIRE(participants.ok());
    for (const Participant &p : participants.value()) {
        bool speaks = false;
        for (const SessionRole &r : roles.value())
            speaks = speaks || r.personId == p.personId;
        if (!speaks) {
            auto person = file.people().byId(p.personId);
            REQUIRE(person.ok());
            return person.value();
        }
    }
    FAIL("no attendee without a role");
    return {};
}

// The bytes of the event file and of every SQLite file beside it.
inline QByteArray rawBytes(const QString &path)
{
    QByteArray all = test::readFile(path);
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        if (QFile::exists(path + QLatin1String(suffix)))
            all += test::readFile(path + QLatin1String(suffix));
    return all;
}

inline bool fileHolds(const QString &path, const QString &text)
{
    return rawBytes(path).contains(text.toUtf8());
}

} // namespace privacytest
