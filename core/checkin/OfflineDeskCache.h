#pragma once

#include "model/ParticipantRow.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// What a door desk keeps on its own disk to go on checking people in when the
// event's server cannot be reached: the registrations' codes, categories,
// status and check-ins, and their people's titles, names and organisations:
// no more than the desk sees, and no contact details, needs or notes. One
// file, owner-only (0600), written whole or not at all; refreshed while online.
class OfflineDeskCache
{
public:
    struct Snapshot
    {
        QString event;            // the event's name, for messages ("Pharma meets Academia")
        QByteArray timeZoneId;    // the event's time zone: times are shown in it
        QDateTime refreshedUtc;   // when the server was last read
        qint64 lastDoubleCheckIn = 0; // the double check-ins this desk was told of, up to this id
        QList<ParticipantRow> rows;
    };

    explicit OfflineDeskCache(QString path) : m_path(std::move(path)) {}
    QString path() const { return m_path; }
    bool exists() const;
    Result<Snapshot> load() const;
    Status save(const Snapshot &snapshot) const;

private:
    QString m_path;
};
