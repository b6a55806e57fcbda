#pragma once

#include "model/Person.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class EventStore;

// A person's data on request (GDPR right of access): everything the event
// file stores about one or more people (usually everyone with the address
// the request came from) as readable JSON with plain-English keys, ready to
// hand to the person: their details, registrations (with consents, needs,
// check-in and notes), roles in sessions, the event's name and the export date.
class PersonDataExporter
{
    Q_DECLARE_TR_FUNCTIONS(PersonDataExporter)
public:
    explicit PersonDataExporter(const EventStore &file) : m_file(file) {}

    Result<QByteArray> toJson(const QList<Person> &people,
                              const QDateTime &exportedAt = QDateTime::currentDateTimeUtc()) const;
    // Writes toJson() to path (owner-only, complete or not at all); refuses an
    // existing file unless overwrite is set.
    Status write(const QList<Person> &people, const QString &path, bool overwrite) const;
    // "Personal data - Anna Chioti.json"
    static QString suggestedFileName(const Person &person);

private:
    const EventStore &m_file;
};
