#pragma once

#include "model/Session.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
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
    QString track;
    QString language;
    QString abstract;
    QString description;
    QString room;
    QDateTime start; // UTC; invalid while not scheduled
    int durationMinutes = 30;
    QList<SchedulePerson> persons;
    QList<SessionLink> links;
    QString origin; // where it was read ("line 12"), for messages

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
    QByteArray timeZoneId = "UTC";
    QDate firstDay;
    QDate lastDay;
    // When one conference day ends and the next begins (frab's day_change):
    // a session at 01:00 belongs to the previous day when this is 04:00.
    QTime dayChange = QTime(0, 0);
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

    QTimeZone timeZone() const;
    // The conference day a moment belongs to, honouring the day change.
    QDate dayOf(const QDateTime &utc) const;
    // Every conference day, from the first day (or first session) to the last.
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
    // A session's text fields under their frab names (date, start, duration,
    // room, title...), in the order the writers print them.
    QList<QPair<QString, QString>> frabFields(const ScheduleSession &session) const;
};
