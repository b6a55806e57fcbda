#pragma once

#include "availability/AvailabilityChange.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

class EventStore;

// Availability of people and rooms to and from files, for podium-cli
// availability and the GUI: CSV (AvailabilityCsvReader/Writer) or iCalendar
// free/busy (FreeBusyReader/Writer), chosen by the file's extension unless given.
class AvailabilityFiles
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityFiles)
public:
    enum class Format { Csv, ICalendar };
    // By extension: .csv, .ics / .ifb / .ical; nullopt otherwise.
    static std::optional<Format> formatOf(const QString &path);
    static std::optional<Format> formatNamed(const QString &name); // "csv", "ics"

    // What importing the file would set, checked whole; nothing is written.
    static Result<AvailabilityChange> read(const EventStore &file, const QString &path, Format format);
    // The current availability of the people and rooms a change names (to undo it).
    static Result<AvailabilityChange> current(const EventStore &file, const AvailabilityChange &change);
    // Reads and stores, all or nothing.
    static Result<AvailabilityChange> import(const EventStore &file, const QString &path, Format format);
    // Writes everyone's and every room's limits (those always available are left out).
    static Status exportTo(const EventStore &file, const QString &path, Format format, bool overwrite);
};
