#pragma once

#include "model/Track.h"
#include "storage/SessionPlacement.h"
#include "util/Result.h"

#include <QList>

class EventStore;

class TrackRepository
{
public:
    using Item = Track;
    // The track and the sessions in it: what removing it loses.
    using Record = Placed<Track>;

    explicit TrackRepository(const EventStore &file) : m_file(file) {}
    Result<QList<Track>> all() const;
    Result<Track> byId(TrackId id) const;
    Result<TrackId> insert(const Track &track) const;
    Status update(const Track &track) const;
    // Sessions of the track keep their place, without a track.
    Status remove(TrackId id) const;
    Result<qint64> count() const;
    // How many sessions are in the track.
    Result<qint64> sessionCount(TrackId id) const;
    Result<Record> record(TrackId id) const;
    // Inserts the track with its id again and puts its sessions back in it.
    Status restore(const Record &record) const;

private:
    const EventStore &m_file;
};
