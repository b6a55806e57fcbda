#pragma once

#include "model/Session.h"
#include "schedule/ProgrammeDays.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

// A conference programme as the frab/pretalx schedule formats carry it: the
// plain value that readers (XML, JSON) produce, the importer writes into an
// event, and the writers (XML, JSON, iCalendar, CSV) print. Names, not ids,
// link sessions to rooms and tracks, as in the files.

// A time as a file wrote it: a clock time on a date, with its offset from
// UTC when the file gave one. Without an offset it means nothing until a
// time zone is known: the file's own, else the event's.
struct WrittenTime
{
    QDate date;
    QTime time;
    std::optional<int> offset; // seconds east of UTC
    // A clock time listed under a programme day (<day date><event><start>):
    // earlier than the day change, it is on the next calendar date.
    bool onProgrammeDay = false;

    bool isValid() const { return date.isValid() && time.isValid(); }
    // The moment in UTC: by its own offset, else read in `zone`; a time on a
    // programme day before `dayChange` is on the date after.
    QDateTime in(const QTimeZone &zone, QTime dayChange = QTime(0, 0)) const;
};

struct SchedulePerson
{
    QString guid;
    std::optional<qint64> externalId; // frab/pretalx person id
    QString name;                     // the public name, "Dr. Anna Chioti"
};

struct ScheduleSession
{
    QString guid;
    std::optional<qint64> externalId; // frab event id
    QString title;
    QString subtitle;
    SessionType type = SessionType::Talk;
    QString typeName; // as written ("lecture", "devroom"); empty: the type's key
    QString track;
    QString language;
    QString abstract;
    QString description;
    QString room;
    QDateTime start; // UTC; invalid while not scheduled
    WrittenTime written; // the start as the file wrote it (readers only)
    int durationMinutes = 30;
    QList<SchedulePerson> persons;
    QList<SessionLink> links;
    QList<SessionLink> attachments;
    bool recordingOptOut = false;
    QString url;
    QString slug;
    QString origin; // where it was read ("line 12"), for messages

    QString typeText() const { return typeName.trimmed().isEmpty() ? toKey(type) : typeName; }
    bool isScheduled() const { return start.isValid() && !room.isEmpty(); }
    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }
};

struct ScheduleRoom
{
    QString name;
    QString guid;
};

struct ScheduleTrack
{
    QString name;
    QColor color; // invalid: none given
};

struct ScheduleConference
{
    QString title;
    QString subtitle;
    QString acronym;
    QString description;
    QString venue;
    QString city;
    QString url;
    // IANA id. Readers leave it empty when the file names no zone: its clock
    // times are then read in the event's zone when it is imported.
    QByteArray timeZoneId = "UTC";
    QDate firstDay;
    QDate lastDay;
    // When one conference day ends and the next begins (frab's day_change):
    // a session at 01:00 belongs to the previous day when this is 04:00.
    QTime dayChange = QTime(0, 0);
    bool dayChangeGiven = false; // the file's days said when they end
    // Days the file gave with their own start and end (UTC once placed).
    QList<ProgrammeDay> givenDays;
    QList<QPair<QDate, QPair<WrittenTime, WrittenTime>>> writtenDays; // readers only

    bool hasTimeZone() const { return !timeZoneId.isEmpty(); }
};

struct ScheduleRoomSessions
{
    ScheduleRoom room;
    QList<const ScheduleSession *> sessions;
};

// One conference day of the timetable (pointers into the document's sessions).
struct ScheduleDay
{
    int index = 1; // 1-based, as frab numbers days
    QDate date;
    QDateTime start; // UTC
    QDateTime end;   // UTC, exclusive
    QList<ScheduleRoomSessions> rooms;
};

struct ScheduleDocument
{
    ScheduleConference conference;
    QList<ScheduleRoom> rooms;
    QList<ScheduleTrack> tracks;
    QList<ScheduleSession> sessions;
    QStringList warnings; // what a reader skipped (unknown elements...)
    QStringList notes;    // how a reader read the file (a CSV's encoding and columns), for the user
    // Session fields the file has no place for (a CSV without an Abstract
    // column), as ScheduleMergePlan::fieldKeys() names them: a merge keeps the event's.
    QStringList fieldsNotCarried;

    QTimeZone timeZone() const;
    // Places the times the file wrote without an offset in this zone (and
    // makes it the schedule's zone). Returns a message for each session
    // whose written offset disagrees with the zone at that moment.
    QStringList readTimesIn(const QByteArray &zoneId);
    // One warning for those messages: the count, then the first ten.
    static QString offsetWarning(const QByteArray &zoneId, const QStringList &disagreements);
    // The day rule of this schedule (zone, day change, the file's own days).
    ProgrammeDays programmeDays() const;
    // The conference day a moment belongs to, honouring the day change.
    QDate dayOf(const QDateTime &utc) const;
    // Every conference day that has a session, and the days of the event
    // between them; the event's days when no session is scheduled.
    QList<QDate> days() const;
    QDateTime dayStart(QDate day) const; // UTC
    QDateTime dayEnd(QDate day) const;   // UTC, exclusive
    // The scheduled sessions by day and room (every room on every day), by start.
    QList<ScheduleDay> timetable() const;
    // The acronym as the schedule formats want it ([a-z0-9_-], at least 4 characters).
    QString exportAcronym() const;
    // A name-based (version 5) UUID, the same for the same text: GUIDs for
    // rooms and for sessions of files that carry none.
    static QString stableGuid(const QString &text);
    static bool isUuid(const QString &text);
    // The GUID as the C3VOC schemas want it (a UUID): itself when it is one,
    // else a UUID derived from it (the writers keep the original beside it).
    static QString exportGuid(const QString &guid);
    // Each session's slug (by GUID) as both C3VOC schemas accept it, unique
    // in the file: the session's own when it fits, else one made as frab
    // makes them ("acronym-id-title_words").
    QHash<QString, QString> exportSlugs() const;
    static bool isExportableSlug(const QString &slug);
    // A session's text fields under their frab names (date, start, duration,
    // room, title...), in the order the writers print them.
    QList<QPair<QString, QString>> frabFields(const ScheduleSession &session) const;

private:
    QString madeSlug(const ScheduleSession &session) const;
};
