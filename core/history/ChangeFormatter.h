#pragma once

#include "model/ChangeRecord.h"

#include <QTimeZone>

#include <functional>

// Puts an event's history into words for people: "start 10:30 → 11:00",
// "room Auditorium → Room B", "Changed by alice at 10:42: ...". Times in the
// event's time zone through QLocale; rooms, tracks and people by name.
class ChangeFormatter
{
public:
    // The name of a room, track, person, session... by table and id (empty when unknown).
    using NameLookup = std::function<QString(const QString &table, qint64 id)>;
    ChangeFormatter(QTimeZone zone, NameLookup names) : m_zone(std::move(zone)), m_names(std::move(names)) {}

    // The current name of a row ("Keynote", "Room B"); empty when unknown.
    QString name(const QString &table, qint64 id) const { return m_names ? m_names(table, id) : QString(); }
    // "start", "title", "e-mail"...
    static QString fieldLabel(const QString &field);
    // "session", "person"...
    static QString tableLabel(const QString &table);
    // A stored value as shown: times in the event's zone, names for ids, "yes"/"no".
    QString value(const QString &field, const QVariant &value, const QVariant &other = {}) const;
    // "start 10:30 → 11:00", "created “Keynote”", "deleted “Room B”".
    QString change(const ChangeRecord &record) const;
    // "alice", "alice at Desk 2", "someone outside Podium".
    static QString author(const ChangeRecord &record);
    // "10:42", or "Fri 14 Dec 10:42" on another day than today.
    QString when(const QDateTime &utc) const;
    QDateTime local(const QDateTime &utc) const { return utc.toTimeZone(m_zone); }
    // One sentence per change set: "Changed by alice at 10:42: start 10:30 → 11:00; title A → B."
    QString changeSets(const QList<ChangeRecord> &records) const;
    // Why an edit was refused, and what to do.
    QString conflict(const EditConflict &conflict) const;

private:
    QTimeZone m_zone;
    NameLookup m_names;
};
