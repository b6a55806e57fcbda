#pragma once

#include "model/Track.h"
#include "util/Result.h"

#include <QList>

class EventFile;

class TrackRepository
{
public:
    explicit TrackRepository(const EventFile &file) : m_file(file) {}
    Result<QList<Track>> all() const;
    Result<Track> byId(TrackId id) const;
    Result<TrackId> insert(const Track &track) const;
    Status update(const Track &track) const;
    // Sessions of the track keep their place, without a track.
    Status remove(TrackId id) const;
    Result<qint64> count() const;

private:
    const EventFile &m_file;
};
