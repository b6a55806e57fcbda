#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

// The event itself: one per file.
struct Event
{
    QString name;
    QString subtitle;
    QString acronym;
    QString organiser;
    QString venueName;
    QString venueAddress;
    QByteArray timeZoneId = "UTC"; // IANA id, e.g. "Europe/Luxembourg"
    QDate firstDay;
    QDate lastDay;
    QString language = QStringLiteral("en");
    QString description;
    QString city;
    QString url; // the event's web site
    // When one programme day ends and the next begins: a session at 01:00
    // belongs to the day before (night sessions, congress days to 06:00).
    QTime dayChange = QTime(4, 0);
    // The row's version in the store, raised by one with every change; an
    // update names the version it was made on (0: not read from a store).
    int version = 0;

    QTimeZone timeZone() const;
    int dayCount() const;
    QDate day(int index) const { return firstDay.addDays(index); }
    // Times are stored in UTC and shown in the event's time zone.
    QDateTime toLocal(const QDateTime &utc) const;
    QDateTime fromLocal(QDate date, QTime time) const;
    // UTC span [start, end) of a local day of the event.
    QDateTime dayStartUtc(QDate date) const;
    QDateTime dayEndUtc(QDate date) const;

    bool operator==(const Event &o) const;
    bool operator!=(const Event &o) const { return !(*this == o); }
};
