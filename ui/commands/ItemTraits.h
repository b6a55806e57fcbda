#pragma once

#include "document/EventDocument.h"
#include "storage/EventStore.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/TrackRepository.h"

// What the generic item commands need to know about each kind of item: its
// repository and which parts of the document an edit of it changes.
template <typename T>
struct ItemTraits;

template <>
struct ItemTraits<Room>
{
    static RoomRepository repository(const EventStore &file) { return file.rooms(); }
    static EventDocument::Parts parts() { return EventDocument::RoomsPart | EventDocument::SessionsPart; }
};

template <>
struct ItemTraits<Track>
{
    static TrackRepository repository(const EventStore &file) { return file.tracks(); }
    static EventDocument::Parts parts() { return EventDocument::TracksPart | EventDocument::SessionsPart; }
};

template <>
struct ItemTraits<Person>
{
    static PersonRepository repository(const EventStore &file) { return file.people(); }
    static EventDocument::Parts parts()
    {
        return EventDocument::PeoplePart | EventDocument::SessionsPart | EventDocument::ParticipantsPart;
    }
};
