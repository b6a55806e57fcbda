#pragma once

// Helpers shared by the schedule exchange tests (header-only: each *Test.cpp
// is its own executable).

#include "io/ScheduleDocument.h"
#include "io/ScheduleDocumentBuilder.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/EventStore.h"
#include "support/EventState.h"
#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace scheduletest {


// One line per session with everything a schedule carries (times in UTC),
// sorted by GUID, so two documents compare as lists.
inline QStringList sessionLines(const ScheduleDocument &doc)
{
    QStringList lines;
    for (const ScheduleSession &s : doc.sessions) {
        QStringList persons;
        for (const SchedulePerson &p : s.persons)
            persons << p.guid + QLatin1Char(':') + p.name;
        QStringList links;
        for (const SessionLink &l : s.links)
            links << l.url + QLatin1Char(' ') + l.title;
        QStringList attachments;
        for (const SessionLink &a : s.attachments)
            attachments << a.url + QLatin1Char(' ') + a.title + QLatin1Char(' ') + a.type;
        lines << QStringList{s.guid,
                             QString::number(s.externalId.value_or(-1)),
                             s.title,
                             s.subtitle,
                             toKey(s.type),
                             s.track,
                             s.language,
                             s.abstract,
                             s.description,
                             s.room,
                             s.start.toUTC().toString(Qt::ISODate),
                             QString::number(s.durationMinutes),
                             persons.join(QLatin1Char(',')),
                             links.join(QLatin1Char(',')),
                             attachments.join(QLatin1Char(',')),
                             s.typeText(),
                             s.url,
                             s.slug,
                             s.recordingOptOut ? QStringLiteral("not recorded") : QStringLiteral("recorded")}
                     .join(QLatin1Char('|'));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

// "name" per room, "guid|id|name" per person who appears in a session.
inline QStringList roomNames(const ScheduleDocument &doc)
{
    QStringList names;
    for (const ScheduleRoom &r : doc.rooms)
        names << r.name;
    return names;
}

inline QStringList personLines(const ScheduleDocument &doc)
{
    QStringList lines;
    for (const ScheduleSession &s : doc.sessions)
        for (const SchedulePerson &p : s.persons)
            lines << QStringLiteral("%1|%2|%3").arg(p.guid).arg(p.externalId.value_or(-1)).arg(p.name);
    lines.removeDuplicates();
    std::sort(lines.begin(), lines.end());
    return lines;
}

// The schedule of an event (a file or a server event's URI), built as the exporters see it.
inline ScheduleDocument documentOf(const QString &location)
{
    auto store = test::openTestEvent(location, true);
    auto doc = ScheduleDocumentBuilder::build(*store);
    REQUIRE(doc.ok());
    return doc.value();
}

// Where `podium-cli import schedule` makes a new event: a file that is not there yet (the command
// creates it), or, on the server, where the command imports into an event that exists, a new empty
// event named as the command names a new file (in UTC, Event's default): it takes the schedule's
// name, zone and days as a new file does.
inline QString newEvent(const test::TempDir &dir, const QString &name)
{
    if (!test::onServer())
        return dir.path(name);
    Event event;
    event.name = QFileInfo(name).completeBaseName();
    QString location;
    test::createTestEvent(dir, event, &location, event.name);
    return location;
}

// What newEvent() holds before an import: nothing on files (no file yet), the
// empty event on the server. A refused import leaves it so: no file behind (nor
// its .part), or the server's event as it was.
inline QByteArray newEventState(const QString &location)
{
    if (!test::onServer())
        return QFileInfo::exists(location) || QFileInfo::exists(location + QStringLiteral(".part"))
                   ? QByteArrayLiteral("a file was written")
                   : QByteArray();
    return test::eventState(location);
}

// xmllint --schema against the C3VOC XSD; empty when valid, else xmllint's words.
inline QString xsdProblems(const QString &xmlPath)
{
    const test::CliRun run = test::runProgram(
        QStringLiteral("xmllint"),
        {QStringLiteral("--noout"), QStringLiteral("--schema"), test::fixture(QStringLiteral("schedule/schedule.xml.xsd")),
         xmlPath});
    return run.exitCode == 0 ? QString() : run.err + run.out;
}

// python3-jsonschema against the C3VOC schema.json (formats checked too);
// empty when valid, else one line per problem.
inline QString jsonSchemaProblems(const QString &jsonPath)
{
    const test::CliRun run = test::runProgram(
        QStringLiteral("python3"),
        {QStringLiteral(PODIUM_SOURCE_DIR "/tests/io/validate_schedule_json.py"),
         test::fixture(QStringLiteral("schedule/c3voc/schema.json")), jsonPath});
    return run.exitCode == 0 ? QString() : run.err + run.out;
}

// iCalendar content lines with folding undone (the file must use CRLF).
inline QStringList unfoldedLines(const QByteArray &ics)
{
    QStringList lines;
    for (const QByteArray &physical : ics.split('\n')) {
        if (physical.isEmpty())
            continue;
        REQUIRE(physical.endsWith('\r'));
        const QByteArray content = physical.chopped(1);
        REQUIRE(content.size() <= 75);
        // A fold never splits a UTF-8 character: each physical line decodes alone.
        REQUIRE_FALSE(QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
        if (content.startsWith(' '))
            lines.last() += QString::fromUtf8(content.mid(1));
        else
            lines << QString::fromUtf8(content);
    }
    return lines;
}

// The value of an iCalendar TEXT with escapes undone.
inline QString unescapeText(const QString &value)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += value.at(i);
        }
    }
    return out;
}

// RFC 4180 records, fields unquoted.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

} // namespace scheduletest
